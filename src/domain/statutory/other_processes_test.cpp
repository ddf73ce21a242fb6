#include <gtest/gtest.h>

#include "domain/statutory/test_history.h"

namespace sendhub::statutory {
namespace {

using namespace testing;
using E = EventType;

Event review_decision(std::string_view date, Outcome o) {
  Event e{E::review_decision, d(date)};
  e.outcome = o;
  return e;
}
Event transfer(std::string_view date, Phase from, Phase to) {
  Event e{E::transfer_planned, d(date)};
  e.from_phase = from;
  e.to_phase = to;
  return e;
}
Event order(std::string_view date, Order o) {
  Event e{E::order_made, d(date)};
  e.order = o;
  return e;
}

// Annual review ------------------------------------------------------------------------------
TEST(AnnualReview, FirstReviewWithinTwelveMonthsOfThePlan) {
  auto t = timeline(Process::annual_review, {ev(E::plan_issued, "2025-03-10")}, "2026-03-09");
  EXPECT_EQ(due(t, "review_meeting"), "2026-03-09");
  EXPECT_EQ(status(t, "review_meeting"), Status::due);
  auto late = timeline(Process::annual_review, {ev(E::plan_issued, "2025-03-10")}, "2026-03-10");
  EXPECT_EQ(status(late, "review_meeting"), Status::overdue);
}

TEST(AnnualReview, PlanIssuedOnALeapDay) {
  auto t = timeline(Process::annual_review, {ev(E::plan_issued, "2024-02-29")}, "2024-06-01");
  EXPECT_EQ(due(t, "review_meeting"), "2025-02-27");
}

TEST(AnnualReview, NextReviewRunsFromTheLastMeeting) {
  auto t = timeline(Process::annual_review,
                    {ev(E::plan_issued, "2023-01-15"), ev(E::review_meeting_held, "2024-01-10"),
                     ev(E::review_meeting_held, "2025-01-12")},
                    "2025-02-01");
  EXPECT_EQ(due(t, "review_meeting"), "2025-01-09");  // 12 months from 10 January 2024, less a day
  EXPECT_EQ(status(t, "review_meeting"), Status::missed);
}

TEST(AnnualReview, NoticeAdviceReportAndDecision) {
  auto t = timeline(Process::annual_review,
                    {ev(E::plan_issued, "2025-03-10"), ev(E::invitations_sent, "2026-01-23"),
                     ev(E::advice_circulated, "2026-01-24"), ev(E::review_meeting_scheduled, "2026-02-06"),
                     ev(E::review_meeting_held, "2026-02-06"), ev(E::review_report_sent, "2026-02-20"),
                     review_decision("2026-03-07", Outcome::maintain)},
                    "2026-03-31");
  EXPECT_EQ(due(t, "invitations_sent"), "2026-01-23");  // two weeks before 6 February
  EXPECT_EQ(status(t, "invitations_sent"), Status::met);
  EXPECT_EQ(status(t, "advice_circulated"), Status::missed);  // a day short of two weeks
  EXPECT_EQ(status(t, "review_meeting"), Status::met);
  EXPECT_EQ(due(t, "review_report"), "2026-02-20");
  EXPECT_EQ(status(t, "review_report"), Status::met);
  EXPECT_EQ(due(t, "review_decision"), "2026-03-06");
  EXPECT_EQ(status(t, "review_decision"), Status::missed);
  EXPECT_FALSE(has(t, "amended_plan"));
}

TEST(AnnualReview, AmendmentsGiveFifteenDaysAndEightWeeks) {
  auto t = timeline(Process::annual_review,
                    {ev(E::plan_issued, "2025-03-10"), ev(E::review_meeting_held, "2026-02-06"),
                     review_decision("2026-03-02", Outcome::amend), ev(E::proposed_amendments_sent, "2026-03-02")},
                    "2026-03-20");
  EXPECT_EQ(due(t, "amendment_representations_close"), "2026-03-16");
  EXPECT_EQ(status(t, "amendment_representations_close"), Status::met);  // the period has run
  EXPECT_EQ(due(t, "amended_plan"), "2026-04-27");
  EXPECT_EQ(status(t, "amended_plan"), Status::due);
}

TEST(AnnualReview, EachProfessionalsAdviceIsDueTwoWeeksBeforeTheMeeting) {
  // Meeting on Monday 2 March 2026: advice from health and social care by Monday 16 February.
  const std::vector<Event> asked{ev(E::plan_issued, "2025-03-10"), ev(E::review_meeting_scheduled, "2026-03-02"),
                                 advice(E::advice_requested, "2026-02-02", Adviser::health),
                                 advice(E::advice_requested, "2026-02-03", Adviser::social_care),
                                 advice(E::advice_received, "2026-02-16", Adviser::health)};
  auto t = timeline(Process::annual_review, asked, "2026-02-17");
  EXPECT_EQ(due(t, "advice:health"), "2026-02-16");
  EXPECT_EQ(status(t, "advice:health"), Status::met);  // on the day is in time
  EXPECT_EQ(due(t, "advice:social_care"), "2026-02-16");
  EXPECT_EQ(status(t, "advice:social_care"), Status::overdue);
  EXPECT_EQ(milestone(t, "advice:health").rule->id, "review.advice_circulated");
  // Asked before any meeting is arranged: no date yet to count back from.
  auto unscheduled = timeline(Process::annual_review, {ev(E::plan_issued, "2025-03-10"), advice(E::advice_requested, "2026-02-02", Adviser::health)},
                              "2026-02-03");
  EXPECT_FALSE(has(unscheduled, "advice:health"));
  auto unasked = compute_timeline(CaseHistory{Process::annual_review,
                                              {ev(E::plan_issued, "2025-03-10"), advice(E::advice_received, "2026-02-02", Adviser::health)},
                                              {}},
                                  d("2026-02-03"));
  ASSERT_FALSE(unasked);
  EXPECT_NE(unasked.error().message.find("no earlier request"), std::string::npos);
}

TEST(AnnualReview, ImpossibleHistories) {
  auto bad = compute_timeline(CaseHistory{Process::annual_review,
                                          {ev(E::plan_issued, "2025-03-10"), review_decision("2025-04-01", Outcome::maintain)},
                                          {}},
                              d("2025-05-01"));
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("before any review meeting"), std::string::npos);
  auto early = compute_timeline(CaseHistory{Process::annual_review,
                                            {ev(E::plan_issued, "2025-03-10"), ev(E::review_meeting_held, "2025-03-01")},
                                            {}},
                                d("2025-05-01"));
  ASSERT_FALSE(early);
  EXPECT_NE(early.error().message.find("before the plan was issued"), std::string::npos);
  EXPECT_FALSE(compute_timeline(CaseHistory{Process::annual_review, {}, {}}, d("2025-05-01")));
}

// Phase transfer -----------------------------------------------------------------------------
TEST(PhaseTransfer, FifteenFebruaryForMostMovesAndThirtyFirstMarchForPost16) {
  auto primary = timeline(Process::phase_transfer, {transfer("2026-09-02", Phase::primary, Phase::secondary)}, "2026-02-14");
  EXPECT_EQ(due(primary, "phase_transfer_review"), "2026-02-14");
  EXPECT_EQ(status(primary, "phase_transfer_review"), Status::due);
  auto post16 = timeline(Process::phase_transfer, {transfer("2026-09-02", Phase::secondary, Phase::post16)}, "2026-03-31");
  EXPECT_EQ(due(post16, "phase_transfer_review"), "2026-03-30");
  EXPECT_EQ(status(post16, "phase_transfer_review"), Status::overdue);
  EXPECT_EQ(milestone(post16, "phase_transfer_review").rule->regulation, "SEND Regs 2014 reg 18(1)(b)");
}

TEST(PhaseTransfer, Post16MovesNeedFiveMonths) {
  auto t = timeline(Process::phase_transfer,
                    {transfer("2026-01-31", Phase::post16, Phase::post16), ev(E::amended_plan_issued, "2025-08-31")},
                    "2025-12-01");
  EXPECT_EQ(due(t, "phase_transfer_review"), "2025-08-31");
  EXPECT_EQ(status(t, "phase_transfer_review"), Status::met);
}

TEST(PhaseTransfer, NotAMoveBetweenPhases) {
  auto t = compute_timeline(CaseHistory{Process::phase_transfer, {transfer("2026-09-02", Phase::primary, Phase::primary)}, {}},
                            d("2026-01-01"));
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().message.find("not a move between phases"), std::string::npos);
}

// Re-assessment ------------------------------------------------------------------------------
TEST(Reassessment, FifteenDays) {
  auto t = timeline(Process::reassessment,
                    {ev(E::reassessment_requested, "2025-02-20"), ev(E::reassessment_decision, "2025-03-08")}, "2025-04-01");
  EXPECT_EQ(due(t, "reassessment_decision"), "2025-03-07");
  EXPECT_EQ(status(t, "reassessment_decision"), Status::missed);
}

// Moving between councils --------------------------------------------------------------------
TEST(LaTransfer, PlanTransfersOnTheDayOfTheMoveWithEnoughNotice) {
  auto t = timeline(Process::la_transfer,
                    {ev(E::old_la_notified, "2025-10-01"), ev(E::moved, "2025-11-03"), ev(E::plan_transferred, "2025-11-03")},
                    "2025-11-10");
  EXPECT_EQ(due(t, "plan_transfer"), "2025-11-03");
  EXPECT_EQ(status(t, "plan_transfer"), Status::met);
  EXPECT_EQ(due(t, "new_la_notification"), "2025-12-15");
}

TEST(LaTransfer, LateNoticeGivesFifteenWorkingDaysOverChristmas) {
  // Notified Monday 15 December 2025 of a move on 22 December: 15 working days, skipping
  // Christmas, Boxing Day, the weekends and New Year's Day, is Thursday 8 January 2026.
  auto t = timeline(Process::la_transfer, {ev(E::old_la_notified, "2025-12-15"), ev(E::moved, "2025-12-22")}, "2026-01-02");
  EXPECT_EQ(due(t, "plan_transfer"), "2026-01-08");
  EXPECT_EQ(status(t, "plan_transfer"), Status::due);
  EXPECT_EQ(milestone(t, "plan_transfer").rule->id, "la_transfer.late_notice");
}

TEST(LaTransfer, ExactlyFifteenWorkingDaysNoticeIsEnough) {
  // Notified Monday 1 December 2025; the 15th working day after is Monday 22 December.
  auto t = timeline(Process::la_transfer, {ev(E::old_la_notified, "2025-12-01"), ev(E::moved, "2025-12-22")}, "2025-12-01");
  EXPECT_EQ(milestone(t, "plan_transfer").rule->id, "la_transfer.on_move");
  auto short_notice = timeline(Process::la_transfer, {ev(E::old_la_notified, "2025-12-02"), ev(E::moved, "2025-12-22")}, "2025-12-01");
  EXPECT_EQ(milestone(short_notice, "plan_transfer").rule->id, "la_transfer.late_notice");
  EXPECT_EQ(due(short_notice, "plan_transfer"), "2025-12-23");
}

// Disagreements --------------------------------------------------------------------------------
TEST(Disagreement, AppealWithinTwoMonthsWithoutMediation) {
  auto t = timeline(Process::disagreement,
                    {ev(E::decision_notice_sent, "2025-12-31"), ev(E::mediation_declined, "2026-01-20"),
                     ev(E::certificate_issued, "2026-01-23")},
                    "2026-02-01");
  EXPECT_EQ(due(t, "mediation_adviser_contact"), "2026-02-28");
  EXPECT_EQ(status(t, "mediation_adviser_contact"), Status::met);
  EXPECT_EQ(due(t, "mediation_certificate"), "2026-01-23");  // Tue 20 + 3 working days
  EXPECT_EQ(status(t, "mediation_certificate"), Status::met);
  // Later of 28 February (2 months from notice) and 23 February (1 month from certificate).
  EXPECT_EQ(due(t, "appeal_deadline"), "2026-02-28");
}

TEST(Disagreement, MediationCertificateCanExtendTheAppealDeadline) {
  auto t = timeline(Process::disagreement,
                    {ev(E::decision_notice_sent, "2025-11-03"), ev(E::mediation_requested, "2025-11-20"),
                     ev(E::mediation_concluded, "2025-12-19"), ev(E::certificate_issued, "2025-12-24")},
                    "2026-01-05");
  EXPECT_EQ(due(t, "mediation_held"), "2025-12-20");
  EXPECT_EQ(status(t, "mediation_held"), Status::met);
  EXPECT_EQ(due(t, "mediation_certificate"), "2025-12-24");  // Mon 22, Tue 23, Wed 24
  EXPECT_EQ(due(t, "appeal_deadline"), "2026-01-24");       // 1 month from 24 December beats 3 January
  EXPECT_EQ(milestone(t, "appeal_deadline").rule->id, "disagreement.appeal_from_certificate");
}

TEST(Disagreement, MediationConcludedBeforeItWasRequestedIsImpossible) {
  auto t = compute_timeline(CaseHistory{Process::disagreement,
                                        {ev(E::decision_notice_sent, "2025-11-03"), ev(E::mediation_concluded, "2025-11-20")},
                                        {}},
                            d("2025-12-01"));
  ASSERT_FALSE(t);
}

TEST(Disagreement, CouncilRespondsToTheAppealWithin30WorkingDays) {
  // Registered Mon 2 March 2026; Good Friday 3 and Easter Monday 6 April 2026 are not working days.
  auto t = timeline(Process::disagreement,
                    {ev(E::decision_notice_sent, "2026-01-12"), ev(E::mediation_declined, "2026-01-20"),
                     ev(E::certificate_issued, "2026-01-21"), ev(E::appeal_registered, "2026-03-02")},
                    "2026-04-01");
  EXPECT_EQ(due(t, "la_response"), "2026-04-15");
  EXPECT_EQ(status(t, "la_response"), Status::due);
  EXPECT_EQ(milestone(t, "la_response").rule->id, "disagreement.la_response");
}

TEST(Disagreement, AnAppealWithdrawnBeforeTheResponseIsDueOwesNoResponse) {
  auto t = timeline(Process::disagreement,
                    {ev(E::decision_notice_sent, "2026-01-12"), ev(E::mediation_declined, "2026-01-20"),
                     ev(E::certificate_issued, "2026-01-21"), ev(E::appeal_registered, "2026-03-02"),
                     ev(E::appeal_concluded, "2026-03-10")},
                    "2026-05-01");
  EXPECT_FALSE(has(t, "la_response"));
}

TEST(Disagreement, AResponseBeforeTheAppealIsImpossible) {
  auto t = compute_timeline(CaseHistory{Process::disagreement,
                                        {ev(E::decision_notice_sent, "2026-01-12"), ev(E::la_response_sent, "2026-02-01"),
                                         ev(E::appeal_registered, "2026-03-02")},
                                        {}},
                            d("2026-04-01"));
  ASSERT_FALSE(t);
}

// Tribunal orders ------------------------------------------------------------------------------
TEST(TribunalOrder, MakePlanGivesDraftAndFinal) {
  auto t = timeline(Process::tribunal_order, {order("2025-06-02", Order::make_plan), ev(E::draft_plan_issued, "2025-07-07")},
                    "2025-07-10");
  EXPECT_EQ(due(t, "draft_plan"), "2025-07-07");
  EXPECT_EQ(status(t, "draft_plan"), Status::met);
  EXPECT_EQ(due(t, "final_plan"), "2025-08-18");
  EXPECT_EQ(status(t, "final_plan"), Status::due);
}

TEST(TribunalOrder, AmendAndNameSchoolAndAssess) {
  EXPECT_EQ(due(timeline(Process::tribunal_order, {order("2025-06-02", Order::amend)}, "2025-06-03"), "amended_plan"), "2025-07-07");
  EXPECT_EQ(due(timeline(Process::tribunal_order, {order("2025-06-02", Order::name_school)}, "2025-06-03"), "amended_plan"), "2025-06-16");
  EXPECT_EQ(due(timeline(Process::tribunal_order, {order("2025-06-02", Order::assess)}, "2025-06-03"), "assessment_notice"), "2025-06-16");
}

TEST(TribunalOrder, ContinueAndCeaseAreDueTheDayOfTheOrder) {
  auto t = timeline(Process::tribunal_order, {order("2025-06-02", Order::continue_plan)}, "2025-06-03");
  EXPECT_EQ(due(t, "order_carried_out"), "2025-06-02");
  EXPECT_EQ(status(t, "order_carried_out"), Status::overdue);
  auto ceased = timeline(Process::tribunal_order, {order("2025-06-02", Order::cease), ev(E::plan_ceased, "2025-06-02")}, "2025-06-03");
  EXPECT_EQ(status(ceased, "order_carried_out"), Status::met);
}

}  // namespace
}  // namespace sendhub::statutory
