// Demo annual reviews, so the review lists and pages have something at more than one stage:
// Morgan's meeting is arranged for three weeks' time, and Casey's was held ten days ago and waits
// for the council's decision. Each event goes through append_case_event, like a real one.
#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/demo_data.h"
#include "app/review/plan_register.h"

namespace sendhub::app {
namespace {

using statutory::EventType;

struct DemoReview {
  std::string case_id, child_id, plan_id;
  int meeting_in_days;  // negative: already held
};

}  // namespace

Result<void> load_demo_reviews(store::Database& db) {
  const std::int64_t now = unix_now();
  const calendar::Date today = day_of(now);
  const DemoReview reviews[] = {{"case-demo-morgan-review", "child-demo-morgan", "plan-case-demo-morgan-1", 21},
                                {"case-demo-casey-review", "child-demo-casey", "plan-case-demo-casey-1", -10}};
  for (const auto& r : reviews) {
    auto ok = db.write([&](store::Connection& c) -> Result<void> {
      const store::Value id[] = {r.case_id};
      auto exists = c.query("SELECT 1 FROM cases WHERE id = $1", id);
      if (!exists) return std::unexpected(exists.error());
      if (!exists->empty()) return {};
      auto anchor = review_anchor(c, r.plan_id);
      if (!anchor) return std::unexpected(anchor.error());
      if (!*anchor) return fail(ErrorCode::internal, "demo review " + r.case_id + ": the plan was never issued");
      const store::Value k[] = {r.case_id, r.child_id, std::string("816"), std::string("annual_review"), std::string("school"),
                                std::int64_t{1}, std::string(), std::string("user-caseworker"), std::string("user-senco"),
                                utc_timestamp_of(now)};
      if (auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, "
                             "caseworker_user_id, opened_by, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", k); !n)
        return std::unexpected(n.error());
      const calendar::Date meeting = today + std::chrono::days(r.meeting_in_days);
      const store::Value m[] = {r.case_id, r.plan_id, calendar::format_date(meeting), std::string("The school's meeting room"),
                                std::string("family,local_authority,health,social_care"), std::string("user-senco"),
                                std::string(r.meeting_in_days < 0 ? "Settled in class and reading every day with an adult." : ""),
                                std::string(r.meeting_in_days < 0 ? "Break times are still hard." : ""),
                                std::string(r.meeting_in_days < 0 ? "Add support at break time to section F." : "")};
      if (auto n = c.execute("INSERT INTO review_meetings (case_id, plan_id, meeting_on, meeting_where, invited, scheduled_by, working, "
                             "not_working, changes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", m); !n)
        return std::unexpected(n.error());
      std::vector<statutory::Event> events{{EventType::plan_issued, **anchor},
                                           {EventType::review_meeting_scheduled, meeting},
                                           {EventType::invitations_sent, r.meeting_in_days < 0 ? meeting - std::chrono::days(20) : today}};
      if (r.meeting_in_days < 0) {
        events.push_back({EventType::advice_circulated, meeting - std::chrono::days(15)});
        events.push_back({EventType::review_meeting_held, meeting});
        events.push_back({EventType::review_report_sent, meeting + std::chrono::days(2)});
      }
      for (const auto& e : events) {
        auto record = load_case(c, r.case_id);
        if (!record) return std::unexpected(record.error());
        if (auto added = append_case_event(c, **record, e, "", "user-senco", now); !added)
          return fail(ErrorCode::internal, "demo review " + r.case_id + ": " + added.error().message);
      }
      return {};
    });
    if (!ok) return ok;
  }
  return {};
}

}  // namespace sendhub::app
