// The SEN team records that a family (or young person) disagrees with an appealable decision in a
// case. The disagreement becomes its own case, dated from the decision letter, so its clock
// (contacting the mediation adviser, the appeal deadline) is on the caseload and the family's page.
#pragma once

#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct NewDisagreement {
  std::string about_case_id;
  std::string decision;  // "kind:YYYY-MM-DD", one of the case's appealable decisions
  std::string raised_by;  // parent or young_person
};

struct OpenedDisagreement {
  std::string case_id;  // the new disagreement, or the open one about the same decision
  bool already_open = false;
  std::vector<identity::FieldProblem> problems;
};

// The value a form offers for each appealable decision.
std::string decision_choice(const std::string& kind, calendar::Date date);

// not_found when the actor may not record decisions on the case.
Result<OpenedDisagreement> open_disagreement(store::Database& db, const access::Actor& actor, const NewDisagreement& d,
                                             const RequestContext& ctx);

}  // namespace sendhub::app
