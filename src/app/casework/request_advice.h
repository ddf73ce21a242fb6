// Asking advisers for advice for an assessment (reg 6), and recording when it arrives. Each
// adviser's six-week clock (reg 8) starts on the day they are asked.
#pragma once

#include <map>

#include "app/casework/case_event_job.h"

namespace sendhub::app {

// people: adviser name → the user asked (optional). Each person asked is involved in the case,
// and so sees it, for 26 weeks (enough for the whole assessment); then their access ends.
Result<std::vector<identity::FieldProblem>> request_advice(store::Database& db, const access::Actor& actor,
                                                           const std::string& case_id,
                                                           const std::vector<std::string>& advisers,
                                                           const std::string& date, const RequestContext& ctx,
                                                           const std::map<std::string, std::string>& people = {});
inline constexpr std::chrono::days advice_involvement{26 * 7};

Result<std::vector<identity::FieldProblem>> record_advice_received(store::Database& db, const access::Actor& actor,
                                                                   const std::string& case_id, const std::string& adviser,
                                                                   const std::string& date, const RequestContext& ctx);

}  // namespace sendhub::app
