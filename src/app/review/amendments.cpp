#include "app/review/amendments.h"

#include "app/casework/case_event_job.h"
#include "app/casework/notify_family.h"
#include "app/clock.h"
#include "app/identity/sessions.h"
#include "app/plan/issue_plan.h"
#include "domain/email/messages.h"

namespace sendhub::app {
namespace {

using statutory::EventType;

const statutory::Event* find(const CaseRecord& k, EventType type) {
  for (const auto& e : k.events)
    if (e.event.type == type) return &e.event;
  return nullptr;
}

Result<bool> family_said_no_comments(store::Connection& c, const std::string& case_id) {
  const store::Value p[] = {case_id};
  auto rows = c.query("SELECT COUNT(*) FROM family_responses WHERE case_id = $1 AND no_comments = 1", p);
  if (!rows) return std::unexpected(rows.error());
  return !rows->empty() && rows->front().get_int(0) > 0;
}

}  // namespace

Result<std::vector<identity::FieldProblem>> reply_to_amendments(store::Database& db, const access::Actor& actor,
                                                                const AmendmentReply& r, const RequestContext& ctx) {
  CaseChange change{{}, "", "review.family_reply", r.no_comments ? "no_comments" : "", nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (!access::is_family(actor.role)) return identity::FieldProblem{"comments", "Only the family replies to the proposed changes here"};
    if (!find(k, EventType::proposed_amendments_sent) || find(k, EventType::amended_plan_issued))
      return identity::FieldProblem{"comments", "You can reply while the proposed changes are with you, before the amended plan"};
    if (r.no_comments && (!r.comments.empty() || !r.school_preference.empty()))
      return identity::FieldProblem{"no_comments", "You ticked that you have no comments but also wrote some: untick the box, or clear what you wrote"};
    if (!r.no_comments && r.comments.empty() && r.school_preference.empty())
      return identity::FieldProblem{"comments", "Write your comments or the school you would like, or tick that you have no comments"};
    if (r.comments.size() > 20000 || r.school_preference.size() > 500)
      return identity::FieldProblem{"comments", "Your comments are too long to save; shorten them and try again"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const store::Value p[] = {"response-" + random_token().substr(0, 16), k.id, actor.user_id, utc_timestamp_of(ctx.now),
                              r.comments, r.school_preference, std::int64_t{r.no_comments ? 1 : 0}};
    auto n = c.execute("INSERT INTO family_responses (id, case_id, author_user_id, submitted_at, comments, school_preference, "
                       "no_comments) VALUES ($1, $2, $3, $4, $5, $6, $7)", p);
    if (!n) return std::unexpected(n.error());
    return {};
  };
  return record_on_case(db, actor, access::Action::contribute_advice, r.case_id, change, ctx);
}

Result<std::vector<identity::FieldProblem>> issue_amended_plan(store::Database& db, const access::Actor& actor,
                                                               const std::string& case_id, const RequestContext& ctx) {
  const auto today = day_of(ctx.now);
  CaseChange change{{}, "", "review.amended_plan_issued", "", nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (!find(k, EventType::proposed_amendments_sent))
      return identity::FieldProblem{"plan", "Send the proposed amendments to the family before issuing the amended plan"};
    if (find(k, EventType::amended_plan_issued)) return identity::FieldProblem{"plan", "The amended plan has already been issued"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    auto timeline = statutory::compute_timeline(k.history(), today);
    if (!timeline) return std::unexpected(timeline.error());
    for (const auto& m : timeline->milestones) {
      if (m.key != "amendment_representations_close" || today > m.due) continue;
      auto none = family_said_no_comments(c, k.id);
      if (!none) return std::unexpected(none.error());
      if (!*none)
        return fail(ErrorCode::invalid_input, "The family have until " + calendar::format_long_date(m.due) +
                                                  " to comment (15 days, counting the day the proposals were sent). The amended "
                                                  "plan can be issued sooner only if they say they have no comments", "plan");
    }
    auto issued = issue_plan_version(c, k, "final", actor.user_id, ctx.now, find(k, EventType::review_meeting_held)->date);
    if (!issued) return std::unexpected(issued.error());
    if (auto added = append_case_event(c, k, {EventType::amended_plan_issued, today}, "", actor.user_id, ctx.now); !added)
      return added;
    const std::string named = issued->plan.placement.content ? issued->plan.placement.content->name.value_or("") : "";
    const store::Value p[] = {named, calendar::format_date(today), k.id};
    if (auto n = c.execute("UPDATE cases SET named_setting = $1, closed_on = $2 WHERE id = $3", p); !n)
      return std::unexpected(n.error());
    auto child = case_resource(c, k);
    if (!child) return std::unexpected(child.error());
    const std::string link = ctx.public_url + "/reviews/" + k.id;
    auto told = notify_family(c, **child, [&](const std::string& to) { return email::amended_plan_message(to, link); }, ctx.now);
    if (!told) return std::unexpected(told.error());
    return {};
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

}  // namespace sendhub::app
