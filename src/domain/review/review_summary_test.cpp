#include "domain/review/review_summary.h"

#include <gtest/gtest.h>

namespace sendhub::review {
namespace {

using statutory::EventType;
calendar::Date d(const char* s) { return *calendar::parse_date(s); }

statutory::FamilySummary at(std::vector<statutory::Event> events, const char* today) {
  statutory::CaseHistory h{statutory::Process::annual_review, std::move(events), {}};
  auto t = statutory::compute_timeline(h, d(today));
  EXPECT_TRUE(t.has_value());
  return review_summary(h, *t, d(today));
}

TEST(ReviewSummary, ArrangedMeetingGivesTheDateAdviceIsDue) {
  auto s = at({{EventType::plan_issued, d("2026-01-20")}, {EventType::review_meeting_scheduled, d("2027-01-12")}}, "2026-12-03");
  EXPECT_EQ(s.stage, "Review meeting arranged");
  EXPECT_EQ(s.where_now, "The annual review meeting is on 12 January 2027.");
  EXPECT_EQ(s.next_step, "Reports and advice will be sent to everyone by 29 December 2026, two weeks before the meeting.");
}

TEST(ReviewSummary, AfterTheMeetingTheDecisionIsDueInFourWeeks) {
  auto s = at({{EventType::plan_issued, d("2026-01-20")}, {EventType::review_meeting_held, d("2026-11-30")}}, "2026-12-03");
  EXPECT_EQ(s.next_step, "The council will decide whether to keep the plan as it is, change it or end it by 28 December 2026.");
}

TEST(ReviewSummary, ProposedChangesGiveFifteenDaysCountingTheDaySent) {
  statutory::Event decided{EventType::review_decision, d("2026-12-01")};
  decided.outcome = statutory::Outcome::amend;
  auto s = at({{EventType::plan_issued, d("2026-01-20")}, {EventType::review_meeting_held, d("2026-11-30")}, decided,
               {EventType::proposed_amendments_sent, d("2026-12-01")}},
              "2026-12-03");
  EXPECT_EQ(s.stage, "Proposed changes sent");
  EXPECT_EQ(s.next_step, "You have until 15 December 2026 to comment and to say which school or setting you would like "
                         "named. The amended plan is due by 26 January 2027.");
}

TEST(ReviewSummary, CeaseAndMaintainCarryAppealRights) {
  statutory::Event decided{EventType::review_decision, d("2026-12-01")};
  decided.outcome = statutory::Outcome::cease;
  auto s = at({{EventType::plan_issued, d("2026-01-20")}, {EventType::review_meeting_held, d("2026-11-30")}, decided}, "2026-12-03");
  EXPECT_EQ(s.stage, "Decided to end the plan");
  ASSERT_EQ(s.you_can.size(), 1u);
  EXPECT_NE(s.you_can[0].find("SEND Tribunal"), std::string::npos);
}

}  // namespace
}  // namespace sendhub::review
