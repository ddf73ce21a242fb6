#include "domain/statutory/family_summary.h"

#include <gtest/gtest.h>

namespace sendhub::statutory {
namespace {

Date d(std::string_view s) { return *calendar::parse_date(s); }

FamilySummary summary_of(std::vector<Event> events, std::string_view today = "2025-03-01") {
  CaseHistory h{Process::ehc_needs_assessment, std::move(events), {}};
  auto t = compute_timeline(h, d(today));
  EXPECT_TRUE(t) << t.error().message;
  return family_summary(h, *t, d(today));
}

TEST(FamilySummary, ARequestSaysWhenTheDecisionIsDue) {
  auto s = summary_of({{EventType::request_received, d("2025-01-06")}});
  EXPECT_EQ(s.stage, "Deciding whether to assess");
  EXPECT_EQ(s.where_now, "We received the request for an EHC needs assessment on 6 January 2025.");
  // 6 weeks from Monday 6 January 2025 is Monday 17 February 2025, as the statutory engine says.
  EXPECT_NE(s.next_step.find("by 17 February 2025"), std::string::npos) << s.next_step;
}

TEST(FamilySummary, AdviceRequestsNameWhoWasAskedAndByWhen) {
  Event assess{EventType::decision_to_assess, d("2025-02-10"), Outcome::assess};
  Event health{EventType::advice_requested, d("2025-03-02"), Outcome::none, Adviser::health};
  Event ep{EventType::advice_requested, d("2025-03-02"), Outcome::none, Adviser::psychology};
  Event school{EventType::advice_requested, d("2025-03-02"), Outcome::none, Adviser::education};
  auto s = summary_of({{EventType::request_received, d("2025-01-06")}, assess, health, ep, school}, "2025-03-05");
  EXPECT_EQ(s.stage, "Assessment under way");
  EXPECT_NE(s.where_now.find("We asked the health team, the educational psychologist and the school or setting for "
                             "advice on 2 March 2025. They have until 13 April 2025."),
            std::string::npos)
      << s.where_now;
  EXPECT_NE(s.next_step.find("The final plan is due by 26 May 2025"), std::string::npos) << s.next_step;
}

TEST(FamilySummary, ADecisionNotToAssessExplainsAppealRights) {
  Event no{EventType::decision_to_assess, d("2025-02-10"), Outcome::not_assess};
  auto s = summary_of({{EventType::request_received, d("2025-01-06")}, no});
  EXPECT_EQ(s.stage, "Decided not to assess");
  ASSERT_EQ(s.you_can.size(), 1u);
  EXPECT_NE(s.you_can[0].find("SEND Tribunal"), std::string::npos);
}

TEST(FamilySummary, ADraftGivesTheCommentDeadlineAndAFinalPlanTheReviewDate) {
  Event assess{EventType::decision_to_assess, d("2025-02-10"), Outcome::assess};
  Event draft{EventType::draft_plan_issued, d("2025-04-14")};
  auto s = summary_of({{EventType::request_received, d("2025-01-06")}, assess, draft}, "2025-04-15");
  EXPECT_EQ(s.stage, "Draft plan sent");
  EXPECT_NE(s.next_step.find("You have until 28 April 2025"), std::string::npos) << s.next_step;  // 15 days, beginning with the day sent
  Event final_plan{EventType::final_plan_issued, d("2025-05-20")};
  auto f = summary_of({{EventType::request_received, d("2025-01-06")}, assess, draft, final_plan}, "2025-05-21");
  EXPECT_EQ(f.stage, "Plan issued");
  EXPECT_NE(f.next_step.find("first by 19 May 2026"), std::string::npos) << f.next_step;
}

}  // namespace
}  // namespace sendhub::statutory
