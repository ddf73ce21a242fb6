// Ways an assessment ends other than a final plan: the council decides not to issue a plan
// after assessing (reg 10, with reasons and appeal rights), or the request is withdrawn by the
// family or the council. Both close the case. And the permitted exceptions to the 20-week
// limit (reg 10(4)), which the statutory engine then takes into account.
#pragma once

#include "app/casework/case_event_job.h"

namespace sendhub::app {

Result<std::vector<identity::FieldProblem>> decide_not_to_issue(store::Database& db, const access::Actor& actor,
                                                                const std::string& case_id, const std::string& reasons,
                                                                const RequestContext& ctx);

Result<std::vector<identity::FieldProblem>> withdraw_request(store::Database& db, const access::Actor& actor,
                                                             const std::string& case_id, const std::string& reason,
                                                             const RequestContext& ctx);

struct ExceptionDraft {
  std::string type;  // institution_closure, absence_from_area, exceptional_personal_circumstances
  std::string from, to;  // YYYY-MM-DD
  std::string note;
};
Result<std::vector<identity::FieldProblem>> record_exception(store::Database& db, const access::Actor& actor,
                                                             const std::string& case_id, const ExceptionDraft& draft,
                                                             const RequestContext& ctx);

}  // namespace sendhub::app
