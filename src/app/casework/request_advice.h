// Asking advisers for advice for an assessment (reg 6), and recording when it arrives. Each
// adviser's six-week clock (reg 8) starts on the day they are asked.
#pragma once

#include "app/casework/case_event_job.h"

namespace sendhub::app {

Result<std::vector<identity::FieldProblem>> request_advice(store::Database& db, const access::Actor& actor,
                                                           const std::string& case_id,
                                                           const std::vector<std::string>& advisers,
                                                           const std::string& date, const RequestContext& ctx);

Result<std::vector<identity::FieldProblem>> record_advice_received(store::Database& db, const access::Actor& actor,
                                                                   const std::string& case_id, const std::string& adviser,
                                                                   const std::string& date, const RequestContext& ctx);

}  // namespace sendhub::app
