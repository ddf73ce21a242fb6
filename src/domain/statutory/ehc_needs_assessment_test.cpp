#include <gtest/gtest.h>

#include "domain/statutory/test_history.h"

namespace sendhub::statutory {
namespace {

using namespace testing;
using E = EventType;
constexpr auto ehc = Process::ehc_needs_assessment;

// Request Monday 6 January 2025: decision due 17 February, not-to-issue 28 April, final 26 May.
TEST(EhcAssessment, AnOpenCaseShowsWhatIsDue) {
  auto t = timeline(ehc, {ev(E::request_received, "2025-01-06")}, "2025-02-01");
  EXPECT_EQ(due(t, "decision_to_assess"), "2025-02-17");
  EXPECT_EQ(status(t, "decision_to_assess"), Status::due);
  EXPECT_EQ(due(t, "final_plan"), "2025-05-26");
  EXPECT_EQ(status(t, "final_plan"), Status::due);
  EXPECT_FALSE(has(t, "decision_not_to_issue"));  // only once the council is assessing
  EXPECT_EQ(t.within_20_weeks, std::nullopt);
  EXPECT_FALSE(t.exception_applies);
}

TEST(EhcAssessment, DecisionOnTheDueDayIsMetAndADayLateIsMissed) {
  auto on_time = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-17", Outcome::assess)}, "2025-03-01");
  EXPECT_EQ(status(on_time, "decision_to_assess"), Status::met);
  auto late = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-18", Outcome::assess)}, "2025-03-01");
  EXPECT_EQ(status(late, "decision_to_assess"), Status::missed);
  EXPECT_EQ(calendar::format_date(*milestone(late, "decision_to_assess").done), "2025-02-18");
}

TEST(EhcAssessment, OverdueOnlyFromTheDayAfterTheDueDate) {
  auto on_due_day = timeline(ehc, {ev(E::request_received, "2025-01-06")}, "2025-02-17");
  EXPECT_EQ(status(on_due_day, "decision_to_assess"), Status::due);
  auto day_after = timeline(ehc, {ev(E::request_received, "2025-01-06")}, "2025-02-18");
  EXPECT_EQ(status(day_after, "decision_to_assess"), Status::overdue);
}

TEST(EhcAssessment, FullCaseWithinTwentyWeeks) {
  auto t = timeline(ehc,
                    {ev(E::request_received, "2025-01-06"), decided("2025-02-10", Outcome::assess),
                     advice(E::advice_requested, "2025-02-11", Adviser::health),
                     advice(E::advice_requested, "2025-02-11", Adviser::psychology),
                     advice(E::advice_received, "2025-03-25", Adviser::health),
                     advice(E::advice_received, "2025-03-26", Adviser::psychology),
                     ev(E::draft_plan_issued, "2025-04-22"), ev(E::final_plan_issued, "2025-05-26")},
                    "2025-06-30");
  EXPECT_EQ(due(t, "advice:health"), "2025-03-25");
  EXPECT_EQ(status(t, "advice:health"), Status::met);
  EXPECT_EQ(status(t, "advice:psychology"), Status::missed);
  EXPECT_EQ(status(t, "decision_not_to_issue"), Status::not_applicable);  // a plan was issued instead
  EXPECT_EQ(due(t, "draft_representations_close"), "2025-05-06");          // 22 April + 15 - 1
  EXPECT_EQ(status(t, "draft_representations_close"), Status::met);
  EXPECT_EQ(status(t, "final_plan"), Status::met);                          // issued on the due day
  EXPECT_EQ(t.within_20_weeks, true);
}

TEST(EhcAssessment, FinalPlanADayLateIsOutsideTwentyWeeks) {
  auto t = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-10", Outcome::assess),
                          ev(E::draft_plan_issued, "2025-04-22"), ev(E::final_plan_issued, "2025-05-27")},
                    "2025-06-30");
  EXPECT_EQ(status(t, "final_plan"), Status::missed);
  EXPECT_EQ(t.within_20_weeks, false);
}

TEST(EhcAssessment, FinalPlanInsideTheRepresentationPeriodCutsItShort) {
  auto t = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-10", Outcome::assess),
                          ev(E::draft_plan_issued, "2025-04-22"), ev(E::final_plan_issued, "2025-05-06")},
                    "2025-06-30");
  EXPECT_EQ(status(t, "draft_representations_close"), Status::missed);  // the 15th day was 6 May
}

TEST(EhcAssessment, DecisionNotToAssessEndsTheOtherMilestones) {
  auto t = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-14", Outcome::not_assess)}, "2025-09-01");
  EXPECT_EQ(status(t, "decision_to_assess"), Status::met);
  EXPECT_EQ(status(t, "final_plan"), Status::not_applicable);
  EXPECT_FALSE(has(t, "decision_not_to_issue"));
  EXPECT_EQ(t.within_20_weeks, std::nullopt);
}

TEST(EhcAssessment, DecisionNotToIssueWithinSixteenWeeks) {
  auto t = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-14", Outcome::assess),
                          ev(E::decision_not_to_issue, "2025-04-28")},
                    "2025-09-01");
  EXPECT_EQ(due(t, "decision_not_to_issue"), "2025-04-28");
  EXPECT_EQ(status(t, "decision_not_to_issue"), Status::met);
  EXPECT_EQ(status(t, "final_plan"), Status::not_applicable);
}

TEST(EhcAssessment, WithdrawalEndsOpenMilestonesButKeepsWhatWasDone) {
  auto t = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-14", Outcome::assess),
                          ev(E::withdrawn, "2025-03-01")},
                    "2025-09-01");
  EXPECT_EQ(status(t, "decision_to_assess"), Status::met);
  EXPECT_EQ(status(t, "decision_not_to_issue"), Status::not_applicable);
  EXPECT_EQ(status(t, "final_plan"), Status::not_applicable);
}

TEST(EhcAssessment, RequestOverChristmasAndALeapYear) {
  // 20 December 2023 + 20 weeks crosses 29 February 2024: 8 May 2024.
  auto t = timeline(ehc, {ev(E::request_received, "2023-12-20")}, "2024-01-10");
  EXPECT_EQ(due(t, "final_plan"), "2024-05-08");
  EXPECT_EQ(due(t, "decision_to_assess"), "2024-01-31");
}

TEST(EhcAssessment, AdviceReRequestedKeepsTheFirstClock) {
  auto t = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-10", Outcome::assess),
                          advice(E::advice_requested, "2025-02-11", Adviser::education),
                          advice(E::advice_requested, "2025-03-20", Adviser::education)},
                    "2025-03-26");
  EXPECT_EQ(due(t, "advice:education"), "2025-03-25");
  EXPECT_EQ(status(t, "advice:education"), Status::overdue);
  int count = 0;
  for (const auto& m : t.milestones) count += m.key == "advice:education";
  EXPECT_EQ(count, 1);
}

// Reg 10(4)(a): education advice asked for from one week before a closure of 4 weeks or more
// until one week before the school reopens. Summer 2025: closes 23 July, reopens 3 September.
std::vector<Event> summer_case(std::string_view advice_date) {
  return {ev(E::request_received, "2025-05-01"), decided("2025-06-10", Outcome::assess),
          advice(E::advice_requested, advice_date, Adviser::education)};
}
const std::vector<ExceptionPeriod> summer = {
    {ExceptionType::institution_closure, d("2025-07-23"), d("2025-09-03")}};

TEST(EhcExceptions, ClosureWindowStartsOneWeekBeforeTheClosure) {
  EXPECT_FALSE(timeline(ehc, summer_case("2025-07-15"), "2025-08-01", summer).exception_applies);
  auto first_day = timeline(ehc, summer_case("2025-07-16"), "2025-08-01", summer);
  EXPECT_TRUE(first_day.exception_applies);
  EXPECT_EQ(status(first_day, "final_plan"), Status::exception);
}

TEST(EhcExceptions, ClosureWindowEndsOneWeekBeforeReopening) {
  EXPECT_TRUE(timeline(ehc, summer_case("2025-08-27"), "2025-09-01", summer).exception_applies);
  EXPECT_FALSE(timeline(ehc, summer_case("2025-08-28"), "2025-09-01", summer).exception_applies);
}

TEST(EhcExceptions, ClosureShorterThanFourWeeksDoesNotCount) {
  const std::vector<ExceptionPeriod> easter = {{ExceptionType::institution_closure, d("2025-04-07"), d("2025-05-04")}};  // 27 days
  std::vector<Event> events = {ev(E::request_received, "2025-03-01"), decided("2025-03-20", Outcome::assess),
                               advice(E::advice_requested, "2025-04-10", Adviser::education)};
  EXPECT_FALSE(timeline(ehc, events, "2025-04-20", easter).exception_applies);
  const std::vector<ExceptionPeriod> four_weeks = {{ExceptionType::institution_closure, d("2025-04-07"), d("2025-05-05")}};
  EXPECT_TRUE(timeline(ehc, events, "2025-04-20", four_weeks).exception_applies);
}

TEST(EhcExceptions, ClosureOnlyMattersForEducationAdvice) {
  std::vector<Event> events = {ev(E::request_received, "2025-05-01"), decided("2025-06-10", Outcome::assess),
                               advice(E::advice_requested, "2025-07-25", Adviser::health)};
  EXPECT_FALSE(timeline(ehc, events, "2025-08-01", summer).exception_applies);
}

TEST(EhcExceptions, AbsenceMustBeFourContinuousWeeksWithinTheTwentyWeeks) {
  std::vector<Event> events = {ev(E::request_received, "2025-01-06")};  // 20 weeks end 26 May
  auto absent = [&](std::string_view from, std::string_view to) {
    return timeline(ehc, events, "2025-03-01", {{ExceptionType::absence_from_area, d(from), d(to)}}).exception_applies;
  };
  EXPECT_TRUE(absent("2025-02-01", "2025-02-28"));   // 28 days
  EXPECT_FALSE(absent("2025-02-01", "2025-02-27"));  // 27 days
  EXPECT_TRUE(absent("2025-04-29", "2025-06-30"));   // 28 days inside the period (29 April to 26 May)
  EXPECT_FALSE(absent("2025-04-30", "2025-06-30"));  // only 27 inside
}

TEST(EhcExceptions, ExceptionalPersonalCircumstancesApplyAsRecorded) {
  auto t = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-10", Outcome::assess),
                          ev(E::draft_plan_issued, "2025-05-20"), ev(E::final_plan_issued, "2025-06-20")},
                    "2025-07-01", {{ExceptionType::exceptional_personal_circumstances, d("2025-03-01"), d("2025-03-10")}});
  EXPECT_TRUE(t.exception_applies);
  EXPECT_EQ(status(t, "final_plan"), Status::exception);
  EXPECT_EQ(t.within_20_weeks, false);  // still reported, as DfE publishes both measures
}

TEST(EhcHistory, ImpossibleHistoriesAreRejectedWithTheEventNamed) {
  auto reject = [](std::vector<Event> events) {
    auto t = compute_timeline(CaseHistory{ehc, std::move(events), {}}, d("2025-09-01"));
    EXPECT_FALSE(t);
    return t ? std::string() : t.error().message;
  };
  EXPECT_NE(reject({ev(E::request_received, "2025-03-01"), ev(E::final_plan_issued, "2025-02-01")})
                .find("final_plan_issued on 2025-02-01 is before the request was received (2025-03-01)"),
            std::string::npos);
  EXPECT_NE(reject({decided("2025-02-01", Outcome::assess)}).find("needs a request_received"), std::string::npos);
  EXPECT_NE(reject({ev(E::request_received, "2025-01-06"), decided("2025-02-01", Outcome::assess),
                    ev(E::draft_plan_issued, "2025-04-01"), ev(E::final_plan_issued, "2025-03-01")})
                .find("before the draft plan"),
            std::string::npos);
  EXPECT_NE(reject({ev(E::request_received, "2025-01-06"), decided("2025-02-01", Outcome::not_assess),
                    ev(E::final_plan_issued, "2025-05-01")})
                .find("follows a decision not to assess"),
            std::string::npos);
  EXPECT_NE(reject({ev(E::request_received, "2025-01-06"), advice(E::advice_received, "2025-02-01", Adviser::health)})
                .find("no earlier request for health advice"),
            std::string::npos);
  EXPECT_NE(reject({ev(E::request_received, "2025-01-06"), ev(E::request_received, "2025-01-07")}).find("second request"),
            std::string::npos);
  EXPECT_NE(reject({ev(E::request_received, "2025-01-06"), ev(E::withdrawn, "2025-01-20"),
                    decided("2025-02-01", Outcome::assess)})
                .find("after the request was withdrawn"),
            std::string::npos);
}

TEST(EhcHistory, EventsFromAnotherProcessAreRejected) {
  auto t = compute_timeline(CaseHistory{ehc, {ev(E::request_received, "2025-01-06"), ev(E::moved, "2025-02-01")}, {}},
                            d("2025-03-01"));
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().message.find("moved does not belong to a ehc_needs_assessment"), std::string::npos);
}

TEST(EhcHistory, EventOrderInTheInputDoesNotMatter) {
  auto sorted = timeline(ehc, {ev(E::request_received, "2025-01-06"), decided("2025-02-10", Outcome::assess)}, "2025-03-01");
  auto shuffled = timeline(ehc, {decided("2025-02-10", Outcome::assess), ev(E::request_received, "2025-01-06")}, "2025-03-01");
  ASSERT_EQ(sorted.milestones.size(), shuffled.milestones.size());
  for (std::size_t i = 0; i < sorted.milestones.size(); ++i) {
    EXPECT_EQ(sorted.milestones[i].key, shuffled.milestones[i].key);
    EXPECT_EQ(sorted.milestones[i].status, shuffled.milestones[i].status);
  }
}

}  // namespace
}  // namespace sendhub::statutory
