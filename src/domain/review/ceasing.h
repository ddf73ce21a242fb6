// Ceasing a plan (CAFA s.45, SEND Regs 2014 regs 29-31): the statutory steps that must come
// first, and the SEN2 cease reason the return needs. Pure: the caller says what was done.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/calendar/date.h"

namespace sendhub::review {

struct CeaseReason {
  std::string_view code;   // SEN2 2024: "1" … "9"
  std::string_view label;  // plain English
  bool under_18_allowed;   // under 18 a plan may end only when it is no longer necessary (reg 29)
};

// The nine SEN2 cease reasons, in code order.
const std::vector<CeaseReason>& cease_reasons();
std::optional<CeaseReason> cease_reason(std::string_view code);

struct CeaseSteps {
  std::string reason_code;
  std::string reasons;  // why, for the letter
  bool family_consulted = false, setting_consulted = false;
  calendar::Date date_of_birth;
};

struct CeaseProblem {
  std::string field, message;
};

// Every step missing, in form order; empty when the plan may be ceased on `today`.
std::vector<CeaseProblem> cease_problems(const CeaseSteps& steps, calendar::Date today);

}  // namespace sendhub::review
