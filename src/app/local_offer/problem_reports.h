// "Report a problem with this page" from a service page: anyone may send one (no account), it
// lands in the Local Offer team's queue, and the team closes it when dealt with.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "app/local_offer/editing.h"
#include "domain/identity/invitation_rules.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

struct ProblemKind {
  std::string_view value, label;
};
std::span<const ProblemKind> problem_kinds();

struct ProblemReportDraft {
  std::string service_id, what_is_wrong, details, reply_email;
};
// Problems with what was typed; nothing when the report was stored. not_found for a service
// that is not published.
Result<std::vector<identity::FieldProblem>> report_problem(store::Database& db, ProblemReportDraft draft, std::int64_t now);

struct ProblemReport {
  std::string id, service_id, service_name, reported_at, what_is_wrong, details, reply_email;
};
// The team only; oldest first.
Result<std::vector<ProblemReport>> open_problem_reports(store::Database& db, const DirectoryActor& who);
Result<void> close_problem_report(store::Database& db, const DirectoryActor& who, const std::string& id, const RequestContext& ctx);

}  // namespace sendhub::app::local_offer
