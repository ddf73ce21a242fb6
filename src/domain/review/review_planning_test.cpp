#include "domain/review/review_planning.h"

#include <gtest/gtest.h>

#include "domain/statutory/timeline.h"

namespace sendhub::review {
namespace {

Date d(const char* text) { return *calendar::parse_date(text); }

PlanOnRecord plan(const char* name, const char* born, const char* issued) {
  PlanOnRecord p;
  p.child_id = std::string("child-") + name;
  p.child_name = name;
  p.date_of_birth = d(born);
  p.plan_issued = d(issued);
  return p;
}

TEST(CurriculumYear, SeptemberTheFirstStartsTheCohortAndAugustTheThirtyFirstEndsIt) {
  EXPECT_EQ(curriculum_year(d("2015-09-01"), 2026), 6);
  EXPECT_EQ(curriculum_year(d("2016-08-31"), 2026), 6);
  EXPECT_EQ(curriculum_year(d("2016-09-01"), 2026), 5);
  EXPECT_EQ(curriculum_year(d("2022-09-01"), 2027), 0);  // Reception
  EXPECT_EQ(academic_year_of(d("2026-08-31")), 2025);
  EXPECT_EQ(academic_year_of(d("2026-09-01")), 2026);
}

TEST(AgeOn, CountsBirthdaysIncludingTheTwentyNinthOfFebruary) {
  EXPECT_EQ(age_on(d("2020-02-29"), d("2025-02-28")), 4);
  EXPECT_EQ(age_on(d("2020-02-29"), d("2025-03-01")), 5);
  EXPECT_EQ(age_on(d("2020-06-10"), d("2025-06-10")), 5);
}

TEST(DueReviews, TheDueDateIsTheStatutoryEnginesIncludingALeapDayPlan) {
  std::vector<PlanOnRecord> plans{plan("Ada", "2014-05-01", "2024-02-29")};
  auto rows = due_reviews(plans, d("2025-01-10"), 90);
  ASSERT_EQ(rows.size(), 1u);
  statutory::CaseHistory h{statutory::Process::annual_review, {{statutory::EventType::plan_issued, d("2024-02-29")}}, {}};
  auto t = statutory::compute_timeline(h, d("2025-01-10"));
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(rows[0].due, t->milestones.front().due);
  EXPECT_LE(rows[0].due, d("2025-02-28"));  // never later than the end of the twelfth month
  EXPECT_FALSE(rows[0].overdue);
}

TEST(DueReviews, TheLastReviewMeetingRestartsTheTwelveMonths) {
  auto p = plan("Ben", "2012-03-03", "2023-01-10");
  p.last_review_held = d("2024-11-20");
  std::vector<PlanOnRecord> plans{p};
  EXPECT_TRUE(due_reviews(plans, d("2025-01-10"), 60).empty());  // due in November, beyond 60 days
  auto rows = due_reviews(plans, d("2025-10-01"), 60);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_GT(rows[0].due, d("2025-11-01"));
}

TEST(DueReviews, FlagsOverdueAndDueSoonSortsSoonestAndLeavesOutCeasedPlans) {
  auto late = plan("Cara", "2013-01-01", "2024-01-05");
  auto soon = plan("Dev", "2013-01-01", "2024-12-20");
  auto ceased = plan("Eli", "2013-01-01", "2023-06-01");
  ceased.ceased = true;
  std::vector<PlanOnRecord> plans{soon, ceased, late};
  auto rows = due_reviews(plans, d("2025-12-01"), 90);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].plan->child_name, "Cara");
  EXPECT_TRUE(rows[0].overdue);
  EXPECT_FALSE(rows[0].due_soon);
  EXPECT_EQ(rows[1].plan->child_name, "Dev");
  EXPECT_FALSE(rows[1].overdue);
  EXPECT_TRUE(rows[1].due_soon);
}

TEST(DueReviews, SuggestsASixMonthReviewForUnderFivesOnly) {
  auto small = plan("Fin", "2022-03-01", "2025-06-10");
  auto older = plan("Gus", "2015-03-01", "2025-06-10");
  std::vector<PlanOnRecord> plans{small, older};
  auto rows = due_reviews(plans, d("2026-05-01"), 90);
  ASSERT_EQ(rows.size(), 2u);
  for (const auto& r : rows) {
    if (r.plan->child_name == "Fin") EXPECT_EQ(r.suggested_by, d("2025-12-10"));
    else EXPECT_FALSE(r.suggested_by.has_value());
  }
}

TEST(PhaseTransfers, ListsTheThreeMovesWithTheirStatutoryDeadlines) {
  std::vector<PlanOnRecord> plans{plan("Year6", "2015-10-10", "2022-01-01"), plan("Year11", "2010-12-12", "2020-01-01"),
                                  plan("Nursery", "2022-11-30", "2025-05-01"), plan("Year5", "2016-10-10", "2022-01-01")};
  auto rows = phase_transfers(plans, d("2026-10-01"));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].plan->child_name, "Nursery");
  EXPECT_EQ(rows[0].deadline, d("2027-02-14"));
  EXPECT_EQ(rows[0].to_year, 0);
  EXPECT_EQ(rows[1].plan->child_name, "Year6");
  EXPECT_EQ(rows[1].deadline, d("2027-02-14"));
  EXPECT_EQ(rows[1].rule_id, "transfer.other_phases");
  EXPECT_EQ(rows[2].plan->child_name, "Year11");
  EXPECT_EQ(rows[2].deadline, d("2027-03-30"));
  EXPECT_EQ(rows[2].rule_id, "transfer.secondary_to_post16");
  EXPECT_EQ(rows[2].moves_on, d("2027-09-01"));
  for (const auto& r : rows) EXPECT_FALSE(r.overdue);
}

TEST(PhaseTransfers, AnAmendedPlanThisYearNamingASettingTakesTheChildOffTheList) {
  auto done = plan("Done", "2015-10-10", "2022-01-01");
  done.last_amended = d("2026-11-02");
  done.named_setting = "Fulford School";
  auto last_year = plan("LastYear", "2015-10-10", "2022-01-01");
  last_year.last_amended = d("2026-06-30");  // the previous academic year
  last_year.named_setting = "Millthorpe School";
  auto unnamed = plan("Unnamed", "2015-10-10", "2022-01-01");
  unnamed.last_amended = d("2026-11-02");
  auto same_school = plan("SameSchool", "2015-10-10", "2022-01-01");
  same_school.setting_name = "Park Primary";
  same_school.last_amended = d("2026-11-02");
  same_school.named_setting = "Park Primary";  // still names the school they are leaving
  std::vector<PlanOnRecord> plans{done, last_year, unnamed, same_school};
  auto rows = phase_transfers(plans, d("2027-01-05"));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].plan->child_name, "LastYear");
  EXPECT_EQ(rows[1].plan->child_name, "SameSchool");
  EXPECT_EQ(rows[2].plan->child_name, "Unnamed");
}

TEST(PhaseTransfers, ARecordedYearGroupWinsOverTheDateOfBirthAndLateOnesAreOverdue) {
  auto held_back = plan("HeldBack", "2014-10-10", "2022-01-01");  // Year 7 by age, recorded in Year 6
  held_back.year_group = 6;
  held_back.year_group_recorded_in = 2026;
  std::vector<PlanOnRecord> plans{held_back};
  auto rows = phase_transfers(plans, d("2027-02-15"));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_TRUE(rows[0].overdue);
  EXPECT_TRUE(phase_transfers(plans, d("2027-09-02")).empty());  // a new academic year: now Year 6 → 7 is done
}

}  // namespace
}  // namespace sendhub::review
