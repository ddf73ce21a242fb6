#include "app/review/schedule_review.h"

#include <algorithm>

#include "app/casework/notify_family.h"
#include "app/clock.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "app/identity/sessions.h"
#include "app/plan/plan_records.h"
#include "app/review/plan_register.h"
#include "app/review/review_record.h"
#include "domain/email/messages.h"

namespace sendhub::app {
namespace {

using statutory::EventType;

std::vector<identity::FieldProblem> check(const ReviewSchedule& s, calendar::Date today, std::optional<calendar::Date>& meeting) {
  std::vector<identity::FieldProblem> out;
  if (auto on = calendar::parse_date(s.meeting_on)) meeting = *on;
  const auto& notice = statutory::rule("review.invitations");
  if (s.meeting_on.empty()) out.push_back({"meeting_on", "Enter the date of the review meeting"});
  else if (!meeting) out.push_back({"meeting_on", "The date of the meeting must be a real date, like 12 1 2027"});
  else if (today > statutory::due_date(notice, *meeting)) {
    // The rule gives the last day invitations can go; today's invitations need a meeting this far off.
    calendar::Date earliest = today;
    while (statutory::due_date(notice, earliest) < today) earliest = earliest + std::chrono::days{1};
    out.push_back({"meeting_on", "The meeting must be at least 2 weeks away so everyone invited gets 2 weeks' notice "
                                 "(" + std::string(notice.regulation) + "). The earliest date is " +
                                     calendar::format_long_date(earliest)});
  } else if (*meeting > today + std::chrono::days{366}) {
    out.push_back({"meeting_on", "The meeting must be within the next 12 months"});
  }
  if (s.where.size() > 300) out.push_back({"where", "Where the meeting is must be 300 characters or fewer"});
  for (const auto& who : invitees())
    if (who.required && std::find(s.invited.begin(), s.invited.end(), who.value) == s.invited.end())
      out.push_back({"invited", "Everyone regulation 20(3) names must be invited: tick \"" + std::string(who.label) + "\""});
  for (const auto& v : s.invited)
    if (std::none_of(invitees().begin(), invitees().end(), [&](const Invitee& i) { return i.value == v; }))
      out.push_back({"invited", "Choose who is invited from the list"});
  return out;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ",") + v;
  return out;
}

}  // namespace

Result<ScheduledReview> schedule_review(store::Database& db, const access::Actor& actor, const ReviewSchedule& s,
                                        const RequestContext& ctx) {
  ScheduledReview out;
  const auto today = day_of(ctx.now);
  std::optional<calendar::Date> meeting;
  out.problems = check(s, today, meeting);
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto plan = plan_row(c, s.plan_id);
    if (!plan) return std::unexpected(plan.error());
    if (!*plan) return fail(ErrorCode::not_found, "There is no such plan");
    auto child = load_child_resource(c, (*plan)->child_id);
    if (!child) return std::unexpected(child.error());
    if (!*child || !access::may(actor, access::Action::contribute_advice, **child, today))
      return fail(ErrorCode::not_found, "There is no such plan");
    auto open = open_review_of(c, s.plan_id);
    if (!open) return std::unexpected(open.error());
    if (*open) {
      out.case_id = **open;
      out.already_open = true;
      return {};
    }
    auto anchor = review_anchor(c, s.plan_id);
    if (!anchor) return std::unexpected(anchor.error());
    if (!*anchor) out.problems.push_back({"meeting_on", "The plan has not been issued yet, so there is nothing to review"});
    if (!out.problems.empty()) return {};
    out.case_id = "case-" + random_token().substr(0, 16);
    const std::string by = actor.role == access::Role::school_senco ? "school" : "local_authority";
    const store::Value k[] = {out.case_id, (*plan)->child_id, (*plan)->la_code, std::string("annual_review"), by,
                              std::int64_t{1}, std::string(), actor.user_id, utc_timestamp_of(ctx.now), (*plan)->case_id};
    auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, opened_by, "
                       "opened_at, caseworker_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
                       "(SELECT caseworker_user_id FROM cases WHERE id = $10))", k);
    if (!n) return std::unexpected(n.error());
    const store::Value r[] = {out.case_id, s.plan_id, calendar::format_date(*meeting), s.where, joined(s.invited), actor.user_id};
    if (auto m = c.execute("INSERT INTO review_meetings (case_id, plan_id, meeting_on, meeting_where, invited, scheduled_by) "
                           "VALUES ($1, $2, $3, $4, $5, $6)", r); !m)
      return std::unexpected(m.error());
    for (const statutory::Event& e : {statutory::Event{EventType::plan_issued, **anchor},
                                      statutory::Event{EventType::review_meeting_scheduled, *meeting},
                                      statutory::Event{EventType::invitations_sent, today}}) {
      auto record = load_case(c, out.case_id);
      if (!record) return std::unexpected(record.error());
      if (auto added = append_case_event(c, **record, e, "", actor.user_id, ctx.now); !added) {
        if (added.error().code != ErrorCode::invalid_input) return added;
        out.problems.push_back({"meeting_on", added.error().message});
        return fail(ErrorCode::conflict, "rolled back");
      }
    }
    const std::string when = calendar::format_long_date(*meeting);
    const std::string views_by = calendar::format_long_date(statutory::due_date(statutory::rule("review.advice_circulated"), *meeting));
    const std::string link = ctx.public_url + "/reviews/" + out.case_id;
    auto told = notify_family(c, **child, [&](const std::string& to) {
      return email::review_invitation_message(to, when, s.where, views_by, link);
    }, ctx.now);
    if (!told) return std::unexpected(told.error());
    auto e = audit_entry(actor, "review.scheduled", ctx, (*plan)->child_id, out.case_id, (*plan)->la_code);
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok && !out.problems.empty()) return out;
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
