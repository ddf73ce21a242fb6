#include "app/disagreement/open_disagreement.h"

#include "app/clock.h"
#include "app/identity/audit_trail.h"
#include "app/identity/sessions.h"
#include "domain/disagreement/appealable.h"

namespace sendhub::app {

std::string decision_choice(const std::string& kind, calendar::Date date) { return kind + ":" + calendar::format_date(date); }

Result<OpenedDisagreement> open_disagreement(store::Database& db, const access::Actor& actor, const NewDisagreement& d,
                                             const RequestContext& ctx) {
  OpenedDisagreement out;
  auto about = open_case_for(db, actor, access::Action::make_decision, d.about_case_id, "case.view", ctx);
  if (!about) return std::unexpected(about.error());
  std::optional<disagreement::AppealableDecision> chosen;
  for (const auto& a : disagreement::appealable_decisions(about->history()))
    if (decision_choice(std::string(disagreement::to_string(a.kind)), a.date) == d.decision) chosen = a;
  if (!chosen) out.problems.push_back({"decision", "Select the decision the family disagrees with"});
  if (d.raised_by != "parent" && d.raised_by != "young_person")
    out.problems.push_back({"raised_by", "Select who disagrees with the decision"});
  if (!out.problems.empty()) return out;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value q[] = {d.about_case_id, std::string(disagreement::to_string(chosen->kind)), calendar::format_date(chosen->date)};
    // One open disagreement per decision: a second "record" goes to the one already open.
    auto open = c.query("SELECT d.case_id FROM disagreements d JOIN cases k ON k.id = d.case_id JOIN case_events e "
                        "ON e.case_id = d.case_id AND e.type = 'decision_notice_sent' WHERE d.about_case_id = $1 AND d.about = $2 "
                        "AND e.event_date = $3 AND k.closed_on IS NULL", q);
    if (!open) return std::unexpected(open.error());
    if (!open->empty()) {
      out.case_id = open->front().get_text(0);
      out.already_open = true;
      return {};
    }
    out.case_id = "case-" + random_token().substr(0, 16);
    const store::Value k[] = {out.case_id, about->child_id, about->la_code, std::string("disagreement"), d.raised_by,
                              std::int64_t{1}, actor.user_id, utc_timestamp_of(ctx.now), d.about_case_id};
    auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, opened_by, "
                       "opened_at, caseworker_user_id) VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8, "
                       "COALESCE((SELECT caseworker_user_id FROM cases WHERE id = $9), $7))", k);
    if (!n) return std::unexpected(n.error());
    const store::Value row[] = {out.case_id, d.about_case_id, std::string(disagreement::to_string(chosen->kind))};
    if (auto m = c.execute("INSERT INTO disagreements (case_id, about_case_id, about) VALUES ($1, $2, $3)", row); !m)
      return std::unexpected(m.error());
    auto record = load_case(c, out.case_id);
    if (!record) return std::unexpected(record.error());
    if (auto added = append_case_event(c, **record, {statutory::EventType::decision_notice_sent, chosen->date}, "", actor.user_id, ctx.now);
        !added)
      return added;
    auto e = audit_entry(actor, "disagreement.opened", ctx, about->child_id, out.case_id, about->la_code);
    e.detail = std::string(disagreement::to_string(chosen->kind));
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
