#include "app/casework/record_decision.h"

#include "app/casework/notify_family.h"
#include "app/identity/audit_trail.h"
#include "domain/email/messages.h"

namespace sendhub::app {

Result<std::vector<identity::FieldProblem>> record_decision_to_assess(store::Database& db, const access::Actor& actor,
                                                                      const DecisionDraft& d, const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  statutory::Event event{statutory::EventType::decision_to_assess, day_of(ctx.now)};
  if (d.outcome == "assess") event.outcome = statutory::Outcome::assess;
  else if (d.outcome == "not_assess") event.outcome = statutory::Outcome::not_assess;
  else problems.push_back({"outcome", "Select whether the council will carry out an assessment"});
  if (!d.date.empty()) {
    auto date = calendar::parse_date(d.date);
    if (!date) problems.push_back({"date", "The date of the decision must be a real date, like 17 2 2025"});
    else event.date = *date;
  }
  if (event.outcome == statutory::Outcome::not_assess && d.reasons.empty())
    problems.push_back({"reasons", "Give the reasons for not assessing: the family's letter must include them"});
  if (d.reasons.size() > 10000) problems.push_back({"reasons", "Reasons must be 10,000 characters or fewer"});
  auto record = open_case_for(db, actor, access::Action::make_decision, d.case_id, "case.view", ctx);
  if (!record) return std::unexpected(record.error());
  if (!problems.empty()) return problems;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto fresh = load_case(c, d.case_id);  // inside the write, so two decisions cannot cross
    if (!fresh) return std::unexpected(fresh.error());
    for (const auto& e : (*fresh)->events)
      if (e.event.type == statutory::EventType::decision_to_assess) {
        problems.push_back({"outcome", "A decision has already been recorded for this request"});
        return {};
      }
    if (auto added = append_case_event(c, **fresh, event, d.reasons, actor.user_id, ctx.now); !added) {
      if (added.error().code != ErrorCode::invalid_input) return added;
      problems.push_back({added.error().field.empty() ? "date" : added.error().field, added.error().message});
      return {};
    }
    // Whoever records the decision holds the case, unless someone already does.
    const store::Value holder[] = {actor.user_id, d.case_id};
    if (auto n = c.execute("UPDATE cases SET caseworker_user_id = $1 WHERE id = $2 AND caseworker_user_id IS NULL", holder); !n)
      return std::unexpected(n.error());
    auto child = case_resource(c, **fresh);
    if (!child) return std::unexpected(child.error());
    const bool assess = event.outcome == statutory::Outcome::assess;
    const std::string link = ctx.public_url + "/cases/" + d.case_id;
    auto told = notify_family(c, **child, [&](const std::string& to) { return email::assessment_decision_message(to, assess, link); }, ctx.now);
    if (!told) return std::unexpected(told.error());
    audit::AuditEntry e;
    e.actor_user_id = actor.user_id;
    e.actor_role = std::string(access::to_string(actor.role));
    e.action = "case.decision_to_assess";
    e.child_id = (*fresh)->child_id;
    e.case_id = d.case_id;
    e.la_code = (*fresh)->la_code;
    e.outcome = "succeeded";
    e.source = ctx.source;
    e.request_id = ctx.request_id;
    e.detail = assess ? "assess" : "not_assess";
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

}  // namespace sendhub::app
