// The shape every "record this on the case" job shares: open the case for the actor (audited,
// 404 when refused), then, inside one write, re-read it, append the events, and audit the change.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct CaseChange {
  std::vector<statutory::Event> events;
  std::string note;
  std::string audit_action;  // "case.advice_requested"
  std::string audit_detail;  // short, never personal data
  // Any further check against the case as it stands, run inside the write.
  std::function<std::optional<identity::FieldProblem>(const CaseRecord&)> check;
  // Problems with what was typed, found before the write: after the access check and `check`,
  // they are all returned together and nothing is written.
  std::vector<identity::FieldProblem> typed_problems;
  // Anything else the change writes (the advice itself, a family's response), in the same transaction.
  std::function<Result<void>(store::Connection&, const CaseRecord&)> also;
};

// Problems (field, message) found by the statutory engine or the date check, or nothing.
Result<std::vector<identity::FieldProblem>> record_on_case(store::Database& db, const access::Actor& actor,
                                                           access::Action action, const std::string& case_id,
                                                           const CaseChange& change, const RequestContext& ctx);

}  // namespace sendhub::app
