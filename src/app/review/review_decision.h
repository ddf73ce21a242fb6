// The council's decision after the review meeting (reg 20(10)), within four weeks: keep the plan
// as it is, change it (the proposed amendments go with the decision, Devon 2022), or end it once
// the statutory steps are done (CAFA s.45, regs 29-31) with the SEN2 cease reason. A decision
// dated before the meeting is refused.
#pragma once

#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct ReviewDecisionDraft {
  std::string case_id;
  std::string outcome;  // maintain, amend or cease
  std::string date;     // YYYY-MM-DD; empty means today
  std::string reasons;
  std::string cease_reason;  // SEN2 code, cease only
  bool family_consulted = false, setting_consulted = false;
};

Result<std::vector<identity::FieldProblem>> decide_after_review(store::Database& db, const access::Actor& actor,
                                                                const ReviewDecisionDraft& draft, const RequestContext& ctx);

}  // namespace sendhub::app
