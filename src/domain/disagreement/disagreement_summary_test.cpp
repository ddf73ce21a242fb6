#include "domain/disagreement/disagreement_summary.h"

#include <gtest/gtest.h>

#include "domain/statutory/test_history.h"

namespace sendhub::disagreement {
namespace {

using namespace statutory::testing;
using statutory::EventType;
using statutory::Process;

statutory::FamilySummary summary_of(Process p, std::vector<statutory::Event> events, std::string_view today) {
  statutory::CaseHistory h{p, std::move(events), {}};
  return disagreement_summary(h, timeline(p, h.events, today), d(today));
}

TEST(DisagreementSummary, NewDisagreementGivesTheAdviserAndAppealDeadlines) {
  auto s = summary_of(Process::disagreement, {ev(EventType::decision_notice_sent, "2025-12-31")}, "2026-01-05");
  EXPECT_EQ(s.stage, "Disagreement recorded");
  EXPECT_NE(s.next_step.find("28 February 2026"), std::string::npos) << s.next_step;  // month end
  EXPECT_FALSE(s.you_can.empty());
}

TEST(DisagreementSummary, AfterTheDeadlineSaysTheTimeHasEnded) {
  auto s = summary_of(Process::disagreement, {ev(EventType::decision_notice_sent, "2025-12-31")}, "2026-03-02");
  EXPECT_NE(s.next_step.find("ended on 28 February 2026"), std::string::npos) << s.next_step;
  ASSERT_FALSE(s.you_can.empty());
  EXPECT_NE(s.you_can.front().find("late appeal"), std::string::npos) << s.you_can.front();
  for (const auto& line : s.you_can) EXPECT_EQ(line.find("Ask for mediation"), std::string::npos) << line;
}

TEST(DisagreementSummary, MediationAskedForGivesThe30DayDate) {
  auto s = summary_of(Process::disagreement,
                      {ev(EventType::decision_notice_sent, "2025-11-03"), ev(EventType::mediation_requested, "2025-11-20")},
                      "2025-11-21");
  EXPECT_EQ(s.stage, "Mediation asked for");
  EXPECT_NE(s.next_step.find("20 December 2025"), std::string::npos) << s.next_step;
}

TEST(DisagreementSummary, AppealGivesTheCouncilsResponseDate) {
  auto s = summary_of(Process::disagreement,
                      {ev(EventType::decision_notice_sent, "2026-01-12"), ev(EventType::mediation_declined, "2026-01-20"),
                       ev(EventType::certificate_issued, "2026-01-21"), ev(EventType::appeal_registered, "2026-03-02")},
                      "2026-03-03");
  EXPECT_EQ(s.stage, "Appeal registered");
  EXPECT_NE(s.next_step.find("15 April 2026"), std::string::npos) << s.next_step;
}

TEST(DisagreementSummary, AnOrderSaysWhatIsDueThenThatItWasDone) {
  statutory::Event order{EventType::order_made, d("2025-06-02")};
  order.order = statutory::Order::amend;
  auto due = summary_of(Process::tribunal_order, {order}, "2025-06-03");
  EXPECT_EQ(due.stage, "Carrying out the tribunal's order");
  EXPECT_NE(due.where_now.find("change the EHC plan"), std::string::npos);
  EXPECT_NE(due.next_step.find("7 July 2025"), std::string::npos) << due.next_step;
  auto late = summary_of(Process::tribunal_order, {order}, "2025-07-08");
  EXPECT_EQ(late.stage, "Tribunal order overdue");
  auto done = summary_of(Process::tribunal_order, {order, ev(EventType::amended_plan_issued, "2025-07-01")}, "2025-07-08");
  EXPECT_EQ(done.stage, "Tribunal order carried out");
  EXPECT_NE(done.next_step.find("1 July 2025"), std::string::npos);
}

}  // namespace
}  // namespace sendhub::disagreement
