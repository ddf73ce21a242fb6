#include "domain/kpi/case_facts.h"

#include <gtest/gtest.h>

#include "domain/statutory/rules.h"
#include "domain/statutory/test_history.h"

namespace sendhub::kpi {
namespace {

using namespace statutory::testing;
using statutory::Adviser;
using statutory::EventType;
using statutory::Outcome;
using statutory::Process;

Day day(std::string_view s) { return day_of(d(s)); }

CaseFacts facts(Process p, std::vector<statutory::Event> events, std::vector<statutory::ExceptionPeriod> exceptions = {}) {
  auto f = case_facts({p, std::move(events), std::move(exceptions)}, 3, d("2026-12-01"));
  EXPECT_TRUE(f) << (f ? "" : f.error().message);
  return f ? *f : CaseFacts{};
}

TEST(CaseFacts, ARequestCarriesTheStatutoryDueDatesAndItsAdvice) {
  auto f = facts(Process::ehc_needs_assessment,
                 {ev(EventType::request_received, "2026-01-05"), decided("2026-02-10", Outcome::assess),
                  advice(EventType::advice_requested, "2026-02-12", Adviser::health),
                  advice(EventType::advice_requested, "2026-02-12", Adviser::psychology),
                  advice(EventType::advice_received, "2026-03-20", Adviser::health), ev(EventType::draft_plan_issued, "2026-04-20"),
                  ev(EventType::final_plan_issued, "2026-05-20")});
  ASSERT_TRUE(f.request);
  const auto& r = *f.request;
  EXPECT_EQ(r.child, 3u);
  EXPECT_EQ(r.received, day("2026-01-05"));
  EXPECT_EQ(r.decision_due, day_of(statutory::due_date(statutory::rule("ehc.decision_to_assess"), d("2026-01-05"))));
  EXPECT_EQ(r.final_due, day_of(statutory::due_date(statutory::rule("ehc.final_plan"), d("2026-01-05"))));
  EXPECT_TRUE(r.assess);
  EXPECT_EQ(r.final_issued, day("2026-05-20"));
  EXPECT_FALSE(r.exception);
  ASSERT_EQ(f.advice.size(), 2u);
  EXPECT_EQ(f.advice[0].adviser, Adviser::health);
  EXPECT_EQ(f.advice[0].asked, day("2026-02-12"));
  EXPECT_EQ(f.advice[0].due, day("2026-03-26"));  // 6 weeks
  EXPECT_EQ(f.advice[0].received, day("2026-03-20"));
  EXPECT_EQ(f.advice[1].adviser, Adviser::psychology);
  EXPECT_EQ(f.advice[1].received, no_day);
  ASSERT_EQ(f.appealable.size(), 1u);  // the final plan
  EXPECT_EQ(f.appealable[0], day("2026-05-20"));
}

TEST(CaseFacts, AdviceOutstandingWhenTheRequestEndedIsNoLongerNeeded) {
  const std::vector<statutory::Event> asked{ev(EventType::request_received, "2026-01-05"), decided("2026-02-10", Outcome::assess),
                                            advice(EventType::advice_requested, "2026-02-12", Adviser::health),
                                            advice(EventType::advice_requested, "2026-02-12", Adviser::psychology),
                                            advice(EventType::advice_received, "2026-03-01", Adviser::health)};
  auto withdrawn = asked;
  withdrawn.push_back(ev(EventType::withdrawn, "2026-03-10"));  // before the advice was due on 26 March
  auto f = facts(Process::ehc_needs_assessment, withdrawn);
  ASSERT_EQ(f.advice.size(), 2u);
  EXPECT_FALSE(f.advice[0].no_longer_needed);  // it came
  EXPECT_TRUE(f.advice[1].no_longer_needed);
  auto late = asked;
  late.push_back(ev(EventType::withdrawn, "2026-03-27"));  // after it was due: it was late
  EXPECT_FALSE(facts(Process::ehc_needs_assessment, late).advice[1].no_longer_needed);
}

TEST(CaseFacts, AnExceptionDuringTheAssessmentIsSen2sWeek20Flag) {
  auto f = facts(Process::ehc_needs_assessment,
                 {ev(EventType::request_received, "2026-01-05"), decided("2026-02-10", Outcome::assess),
                  ev(EventType::draft_plan_issued, "2026-05-20"), ev(EventType::final_plan_issued, "2026-06-30")},
                 {{statutory::ExceptionType::absence_from_area, d("2026-03-01"), d("2026-04-10")}});
  ASSERT_TRUE(f.request);
  EXPECT_TRUE(f.request->exception);
}

TEST(CaseFacts, AWithdrawnOrRefusedRequestSaysSo) {
  auto withdrawn = facts(Process::ehc_needs_assessment, {ev(EventType::request_received, "2026-01-05"), ev(EventType::withdrawn, "2026-01-20")});
  ASSERT_TRUE(withdrawn.request);
  EXPECT_EQ(withdrawn.request->withdrawn, day("2026-01-20"));
  EXPECT_EQ(withdrawn.request->decided, no_day);
  EXPECT_TRUE(withdrawn.appealable.empty());
  auto refused = facts(Process::ehc_needs_assessment, {ev(EventType::request_received, "2026-01-05"), decided("2026-02-01", Outcome::not_assess)});
  ASSERT_TRUE(refused.request);
  EXPECT_FALSE(refused.request->assess);
  ASSERT_EQ(refused.appealable.size(), 1u);  // a refusal to assess can be appealed
}

TEST(CaseFacts, AReviewThatCeasesThePlan) {
  statutory::Event decision{EventType::review_decision, d("2026-04-01")};
  decision.outcome = Outcome::cease;
  auto f = facts(Process::annual_review, {ev(EventType::plan_issued, "2025-03-10"), ev(EventType::review_meeting_held, "2026-03-12"), decision});
  ASSERT_TRUE(f.review);
  EXPECT_EQ(f.review->held, day("2026-03-12"));
  EXPECT_EQ(f.review->due, day_of(statutory::due_date(statutory::rule("review.meeting"), d("2025-03-10"))));
  EXPECT_EQ(f.review->decided, day("2026-04-01"));
  EXPECT_EQ(f.review->decision_due, day("2026-04-09"));
  EXPECT_EQ(f.ceased, day("2026-04-01"));
  EXPECT_EQ(f.appealable.size(), 1u);
}

TEST(CaseFacts, TheSchoolNamedIsTheFamilysFirstChoiceWhenItIsTheSameName) {
  EXPECT_TRUE(same_school("St. Peter's School", "saint peters school"));
  EXPECT_TRUE(same_school("Fulford  School", "fulford school"));
  EXPECT_FALSE(same_school("Fulford School", "Fulford Academy"));
  EXPECT_FALSE(same_school("", ""));  // nothing written is nobody's choice
  EXPECT_FALSE(same_school("Stamford Bridge Primary", "Saint amford Bridge Primary"));  // "St" only as a word

  const statutory::CaseHistory amended{Process::annual_review,
                                       {ev(EventType::plan_issued, "2025-03-10"), ev(EventType::review_meeting_held, "2026-01-12"),
                                        ev(EventType::review_decision, "2026-01-20"), ev(EventType::amended_plan_issued, "2026-02-10")},
                                       {}};
  auto yes = school_choice_facts(amended, 3, "Huntington School", "huntington school");
  ASSERT_TRUE(yes);
  EXPECT_EQ(yes->named, day("2026-02-10"));
  EXPECT_TRUE(yes->first_choice);
  auto no = school_choice_facts(amended, 3, "Huntington School", "Joseph Rowntree School");
  ASSERT_TRUE(no);
  EXPECT_FALSE(no->first_choice);
  // No school asked for, none named, or no amended plan: not counted either way.
  EXPECT_FALSE(school_choice_facts(amended, 3, " ", "Joseph Rowntree School"));
  EXPECT_FALSE(school_choice_facts(amended, 3, "Huntington School", ""));
  auto unamended = amended;
  unamended.events.pop_back();
  EXPECT_FALSE(school_choice_facts(unamended, 3, "Huntington School", "Huntington School"));
  auto assessment = amended;
  assessment.process = Process::ehc_needs_assessment;
  EXPECT_FALSE(school_choice_facts(assessment, 3, "Huntington School", "Huntington School"));
}

TEST(CaseFacts, ADisagreementAndAnImpossibleHistory) {
  auto f = facts(Process::disagreement, {ev(EventType::decision_notice_sent, "2026-02-01"), ev(EventType::mediation_requested, "2026-02-20")});
  ASSERT_TRUE(f.disagreement);
  EXPECT_EQ(f.disagreement->mediation, day("2026-02-20"));
  EXPECT_EQ(f.disagreement->appeal, no_day);
  // A final plan before the request is refused by the statutory engine, and so here.
  EXPECT_FALSE(case_facts({Process::ehc_needs_assessment, {ev(EventType::request_received, "2026-03-01"),
                                                           ev(EventType::final_plan_issued, "2026-02-01")}, {}}, 0, d("2026-12-01")));
}

}  // namespace
}  // namespace sendhub::kpi
