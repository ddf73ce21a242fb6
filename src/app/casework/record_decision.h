// The council's decision whether to carry out an EHC needs assessment (reg 5): assess or not,
// the date, and the reasons (required when refusing, since the letter must give them). The
// family is told by email, and the case page then shows their appeal and mediation rights.
#pragma once

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct DecisionDraft {
  std::string case_id;
  std::string outcome;  // "assess" or "not_assess"
  std::string date;     // YYYY-MM-DD; empty means today
  std::string reasons;
};

// Problems with what was typed, or nothing when recorded. not_found when the actor may not decide.
Result<std::vector<identity::FieldProblem>> record_decision_to_assess(store::Database& db, const access::Actor& actor,
                                                                      const DecisionDraft& draft, const RequestContext& ctx);

}  // namespace sendhub::app
