#include "domain/review/review_reminders.h"

#include <gtest/gtest.h>

#include "domain/statutory/timeline.h"

namespace sendhub::review {
namespace {

Date d(const char* text) { return *calendar::parse_date(text); }

PlanOnRecord plan(const char* name, const char* issued) {
  PlanOnRecord p;
  p.child_id = std::string("child-") + name;
  p.child_name = name;
  p.date_of_birth = d("2013-04-01");
  p.plan_issued = d(issued);
  return p;
}

// The review date the statutory engine gives a plan issued on `issued`.
Date engine_due(const char* issued) {
  statutory::CaseHistory h{statutory::Process::annual_review, {{statutory::EventType::plan_issued, d(issued)}}, {}};
  return statutory::compute_timeline(h, d(issued))->milestones.front().due;
}

TEST(ReviewReminders, ArrangeFromEightWeeksBeforeTheEnginesDueDateNotADayEarlier) {
  std::vector<PlanOnRecord> plans{plan("Ada", "2026-03-10")};
  const Date due = engine_due("2026-03-10");
  EXPECT_TRUE(reviews_to_remind(plans, due - std::chrono::days{arrange_review_days_before + 1}).empty());
  auto rows = reviews_to_remind(plans, due - std::chrono::days{arrange_review_days_before});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].kind, ReviewReminder::to_arrange);
  EXPECT_EQ(rows[0].due, due);
  EXPECT_EQ(reviews_to_remind(plans, due)[0].kind, ReviewReminder::to_arrange);  // the due day itself is not late
}

TEST(ReviewReminders, AMeetingArrangedStopsTheReminderUntilItsDayPassesUnrecorded) {
  auto p = plan("Ben", "2026-03-10");
  const Date due = engine_due("2026-03-10");
  p.meeting_scheduled = due - std::chrono::days{3};
  std::vector<PlanOnRecord> plans{p};
  EXPECT_TRUE(reviews_to_remind(plans, due - std::chrono::days{20}).empty());
  EXPECT_TRUE(reviews_to_remind(plans, due).empty());
  auto late = reviews_to_remind(plans, due + std::chrono::days{1});
  ASSERT_EQ(late.size(), 1u);  // the meeting was on a day now past and nothing is recorded
  EXPECT_EQ(late[0].kind, ReviewReminder::overdue);
}

TEST(ReviewReminders, OverdueWithNoMeetingButNotWhenOneIsComingOrThePlanHasEnded) {
  auto late = plan("Cara", "2025-01-06");
  auto coming = plan("Dev", "2025-01-06");
  coming.meeting_scheduled = d("2026-12-10");
  auto ended = plan("Eve", "2025-01-06");
  ended.ceased = true;
  std::vector<PlanOnRecord> plans{late, coming, ended};
  auto rows = reviews_to_remind(plans, d("2026-12-06"));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].plan->child_name, "Cara");
  EXPECT_EQ(rows[0].kind, ReviewReminder::overdue);
}

TEST(ReviewReminders, AReviewHeldRestartsTheYearSoNoReminder) {
  auto p = plan("Finn", "2025-01-06");
  p.last_review_held = d("2025-12-01");
  std::vector<PlanOnRecord> plans{p};
  EXPECT_TRUE(reviews_to_remind(plans, d("2026-09-01")).empty());
  EXPECT_EQ(reviews_to_remind(plans, d("2026-10-15")).size(), 1u);
}

}  // namespace
}  // namespace sendhub::review
