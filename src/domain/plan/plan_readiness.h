// What must be true before a plan goes to the family: as a draft (reg 13(1)) every section is
// there and says something, even if only that it is empty; as a final plan (reg 13(2)) section I
// names the setting and every recommendation in the advice is carried or has a recorded reason.
// The quality checks of plan-quality.md go further and belong to their own module.
#pragma once

#include <string>
#include <vector>

#include "domain/plan/plan.h"

namespace sendhub::plan {

struct Gap {
  std::string section;  // "A" … "K", or "plan"
  std::string message;  // plain English, saying what to do
};

struct Readiness {
  std::vector<Gap> must_fix;    // stops the plan being sent
  std::vector<Gap> should_fix;  // shown, does not stop it
};

// status: "draft" or "final".
Readiness readiness(const Plan& plan, const std::string& status);

// The year group code (§4.1) for a child born on this date, in the school year containing the day.
std::string year_group_for(const std::string& date_of_birth, const std::string& day);

}  // namespace sendhub::plan
