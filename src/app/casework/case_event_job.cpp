#include "app/casework/case_event_job.h"

#include "app/identity/audit_trail.h"

namespace sendhub::app {

Result<std::vector<identity::FieldProblem>> record_on_case(store::Database& db, const access::Actor& actor,
                                                           access::Action action, const std::string& case_id,
                                                           const CaseChange& change, const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  if (auto opened = open_case_for(db, actor, action, case_id, "case.view", ctx); !opened) return std::unexpected(opened.error());
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto record = load_case(c, case_id);
    if (!record) return std::unexpected(record.error());
    if (!*record) return fail(ErrorCode::not_found, "There is no such case");
    if (change.check)
      if (auto problem = change.check(**record)) problems.push_back(*problem);
    problems.insert(problems.end(), change.typed_problems.begin(), change.typed_problems.end());
    if (!problems.empty()) return fail(ErrorCode::conflict, "rolled back");
    for (const auto& event : change.events) {
      if (auto added = append_case_event(c, **record, event, change.note, actor.user_id, ctx.now); !added) {
        if (added.error().code != ErrorCode::invalid_input) return added;
        problems.push_back({added.error().field.empty() ? "date" : added.error().field, added.error().message});
        return fail(ErrorCode::conflict, "rolled back");  // nothing of a half-recorded change is kept
      }
      auto reread = load_case(c, case_id);
      if (!reread) return std::unexpected(reread.error());
      record = std::move(reread);
    }
    if (change.also)
      if (auto written = change.also(c, **record); !written) {
        if (written.error().code != ErrorCode::invalid_input) return written;
        problems.push_back({written.error().field, written.error().message});
        return fail(ErrorCode::conflict, "rolled back");
      }
    audit::AuditEntry e;
    e.actor_user_id = actor.user_id;
    e.actor_role = std::string(access::to_string(actor.role));
    e.action = change.audit_action;
    e.child_id = (*record)->child_id;
    e.case_id = case_id;
    e.la_code = (*record)->la_code;
    e.outcome = "succeeded";
    e.source = ctx.source;
    e.request_id = ctx.request_id;
    e.detail = change.audit_detail;
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok && !problems.empty()) return problems;
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

}  // namespace sendhub::app
