// An annual review from the demo data on both engines: Jordan's plan is due, the SENCO arranges
// and records the meeting, the council amends it to name the secondary school, and the list of
// phase transfers empties; a plan ends only after the statutory steps. Dates run from the day the
// demo data is loaded, as the demo itself does.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/casework/advice.h"
#include "app/casework/reminders.h"
#include "app/casework/request_advice.h"
#include "app/clock.h"
#include "app/demo_data.h"
#include "app/plan/plan_records.h"
#include "app/review/amendments.h"
#include "app/review/plan_register.h"
#include "app/review/review_decision.h"
#include "app/review/review_meeting.h"
#include "app/review/review_record.h"
#include "app/review/review_reminders.h"
#include "app/email/outbox.h"
#include "domain/review/review_reminders.h"
#include "app/review/schedule_review.h"
#include "domain/plan/plan_edits.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/plan_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t day = 86400;
using access::Role;
const std::vector<std::string> everyone{"family", "local_authority", "health", "social_care"};

class AnnualReview : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
    ASSERT_TRUE(load_demo_cases(test_->db()));
    ASSERT_TRUE(load_demo_reviews(test_->db()));
    now_ = unix_now();
  }
  store::Database& db() { return test_->db(); }
  access::Actor actor(const std::string& user_id, Role role) { return testing::load_test_actor(test_->db(), user_id, role); }
  RequestContext at(int days_on) { return {"192.0.2.9", "req", "test", now_ + days_on * day, "https://sendhub.test"}; }
  calendar::Date on(int days_on) { return day_of(now_ + days_on * day); }
  // One council's plans, or (la empty) one school's pupils' plans.
  std::vector<RegisteredPlan> register_of(const std::string& la = "816", const std::string& urn = "") {
    std::vector<RegisteredPlan> out;
    EXPECT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
      auto plans = plans_on_record(c, la, urn);
      if (!plans) return std::unexpected(plans.error());
      out = std::move(*plans);
      return {};
    }));
    return out;
  }
  const RegisteredPlan* find(const std::vector<RegisteredPlan>& plans, const std::string& child) {
    for (const auto& p : plans)
      if (p.record.child_id == child) return &p;
    return nullptr;
  }
  std::unique_ptr<testing::TestDatabase> test_;
  std::int64_t now_ = 0;
};

using testing::first_problem;

TEST_P(AnnualReview, ArrangedRecordedAmendedAndOffThePhaseTransferList) {
  const auto senco = actor("user-senco", Role::school_senco);
  const auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  const auto parent = actor("user-parent", Role::parent_carer);
  const std::string plan = "plan-case-demo-jordan-1";

  auto plans = register_of();
  const auto* jordan = find(plans, "child-demo-jordan");
  ASSERT_TRUE(jordan);
  std::vector<review::PlanOnRecord> records;
  for (const auto& p : plans) records.push_back(p.record);
  auto due = review::due_reviews(records, on(0), 13 * 7);
  ASSERT_TRUE(std::any_of(due.begin(), due.end(), [](const auto& r) { return r.plan->child_id == "child-demo-jordan"; }));
  auto moves = review::phase_transfers(records, on(0));
  ASSERT_TRUE(std::any_of(moves.begin(), moves.end(), [](const auto& m) { return m.plan->child_id == "child-demo-jordan"; }));

  // Not two weeks' notice, someone not invited, and a family who may not arrange it.
  auto soon = schedule_review(db(), senco, {plan, calendar::format_date(on(13)), "Library", everyone}, at(0));
  ASSERT_TRUE(soon);
  ASSERT_EQ(soon->problems.size(), 1u);
  EXPECT_NE(soon->problems[0].message.find("at least 2 weeks away"), std::string::npos);
  EXPECT_NE(soon->problems[0].message.find(calendar::format_long_date(on(14))), std::string::npos);
  auto no_health = schedule_review(db(), senco, {plan, calendar::format_date(on(21)), "", {"family", "local_authority", "social_care"}}, at(0));
  ASSERT_TRUE(no_health);
  EXPECT_EQ(no_health->problems.size(), 1u);
  auto stranger = schedule_review(db(), actor("user-parent2", Role::parent_carer), {plan, calendar::format_date(on(21)), "", everyone}, at(0));
  ASSERT_FALSE(stranger);
  EXPECT_EQ(stranger.error().code, ErrorCode::not_found);

  auto arranged = schedule_review(db(), senco, {plan, calendar::format_date(on(21)), "Library", everyone}, at(0));
  ASSERT_TRUE(arranged && arranged->problems.empty()) << (arranged && !arranged->problems.empty() ? arranged->problems[0].message : "");
  const std::string id = arranged->case_id;
  auto again = schedule_review(db(), senco, {plan, calendar::format_date(on(28)), "", everyone}, at(1));
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->already_open);
  EXPECT_EQ(again->case_id, id);
  const auto arranged_register = register_of();
  EXPECT_EQ(find(arranged_register, "child-demo-jordan")->record.review_case_id, id);

  // The meeting: every outcome needs its progress, and it cannot be recorded before it happens.
  ReviewMeetingRecord meeting{id, calendar::format_date(on(21)), calendar::format_date(on(7)), {}, {}, "Settled", "", "Name the secondary school"};
  EXPECT_EQ(first_problem(record_review_meeting(db(), senco, meeting, at(20))), "The meeting cannot be recorded before it has happened");
  auto missing = record_review_meeting(db(), senco, meeting, at(21));
  ASSERT_TRUE(missing);
  ASSERT_FALSE(missing->empty());
  EXPECT_EQ(missing->front().field.rfind("progress_", 0), 0u);
  std::optional<plan::Plan> in_force;
  ASSERT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
    auto p = plan_in_force(c, plan);
    if (!p) return std::unexpected(p.error());
    in_force = *p;
    return {};
  }));
  ASSERT_TRUE(in_force && !in_force->outcomes.empty());
  for (const auto& o : in_force->outcomes) meeting.progress[o.id] = "on_track";
  EXPECT_EQ(first_problem(record_review_meeting(db(), parent, meeting, at(21))), "The school or setting, or the council, records the review meeting");
  EXPECT_EQ(first_problem(record_review_meeting(db(), senco, meeting, at(21))), "");
  auto details = review_details(db(), id);
  ASSERT_TRUE(details && *details);
  EXPECT_EQ((*details)->progress.size(), in_force->outcomes.size());

  // The decision: not before the meeting, not to end without the steps, not amend an unchanged plan.
  EXPECT_NE(first_problem(decide_after_review(db(), caseworker, {id, "amend", calendar::format_date(on(20)), ""}, at(22)))
                .find("cannot be dated before the review meeting"), std::string::npos);
  auto cease = decide_after_review(db(), caseworker, {id, "cease", "", "Needs met"}, at(22));
  ASSERT_TRUE(cease);
  EXPECT_EQ(cease->size(), 3u);  // the reason, the family and the school
  EXPECT_NE(first_problem(decide_after_review(db(), caseworker, {id, "amend", "", ""}, at(22))).find("Change the plan first"), std::string::npos);
  testing::edit_ok(db(), caseworker, id, [](plan::Plan& p) { return plan::put_placement(p, {"Demo Secondary School", "", "", "mainstream secondary school"}); }, at(22));
  EXPECT_EQ(first_problem(decide_after_review(db(), caseworker, {id, "amend", "", "Moving to secondary school"}, at(22))), "");
  EXPECT_EQ(first_problem(decide_after_review(db(), caseworker, {id, "maintain", "", "x"}, at(22))),
            "The decision after this review has already been recorded");

  // The amended plan waits for the 15 days (22 + 14 is the last) unless the family say they have no comments.
  EXPECT_NE(first_problem(issue_amended_plan(db(), caseworker, id, at(36))).find("The family have until"), std::string::npos);
  EXPECT_EQ(first_problem(reply_to_amendments(db(), parent, {id, "Fine", "", true}, at(23))),
            "You ticked that you have no comments but also wrote some: untick the box, or clear what you wrote");
  EXPECT_EQ(first_problem(reply_to_amendments(db(), senco, {id, "", "", true}, at(23))), "Only the family replies to the proposed changes here");
  EXPECT_EQ(first_problem(reply_to_amendments(db(), parent, {id, "", "", true}, at(23))), "");
  EXPECT_EQ(first_problem(issue_amended_plan(db(), caseworker, id, at(24))), "");

  std::vector<PlanVersionSummary> versions;
  ASSERT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
    auto v = plan_versions(c, plan);
    if (!v) return std::unexpected(v.error());
    versions = *v;
    return {};
  }));
  ASSERT_GE(versions.size(), 4u);
  EXPECT_EQ(versions.back().status, "final");
  EXPECT_EQ(versions[versions.size() - 2].status, "draft");
  const auto amended_register = register_of();
  const auto* after = find(amended_register, "child-demo-jordan");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->record.named_setting, "Demo Secondary School");
  EXPECT_EQ(after->record.last_review_held, on(21));
  EXPECT_TRUE(after->record.review_case_id.empty());
  records.clear();
  for (const auto& p : register_of()) records.push_back(p.record);
  moves = review::phase_transfers(records, on(24));
  EXPECT_TRUE(std::none_of(moves.begin(), moves.end(), [](const auto& m) { return m.plan->child_id == "child-demo-jordan"; }));
  due = review::due_reviews(records, on(24), 13 * 7);
  EXPECT_TRUE(std::none_of(due.begin(), due.end(), [](const auto& r) { return r.plan->child_id == "child-demo-jordan"; }));
}

TEST_P(AnnualReview, APlanEndsOnlyAfterTheStatutoryStepsAndLeavesTheLists) {
  const auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  const std::string id = "case-demo-casey-review";  // the meeting was held ten days ago
  auto missing = decide_after_review(db(), caseworker, {id, "cease", "", "", "", false, false}, at(0));
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->size(), 4u);
  // Casey is 15: "moved into paid employment" cannot end a plan under 18 (reg 29).
  EXPECT_NE(first_problem(decide_after_review(db(), caseworker, {id, "cease", "", "Working", "4", true, true}, at(0))).find("regulation 29"),
            std::string::npos);
  EXPECT_EQ(first_problem(decide_after_review(db(), caseworker, {id, "cease", "", "Moved to Leeds", "5", true, true}, at(0))), "");
  const auto ended = register_of();
  const auto* casey = find(ended, "child-demo-casey");
  ASSERT_TRUE(casey);
  EXPECT_TRUE(casey->record.ceased);
  auto details = review_details(db(), id);
  ASSERT_TRUE(details && *details);
  EXPECT_EQ((*details)->cease_reason, "5");
}

TEST_P(AnnualReview, ASencoSeesOnlyTheirOwnPupils) {
  const auto mine = register_of("", "100001");
  ASSERT_FALSE(mine.empty());
  for (const auto& p : mine) EXPECT_EQ(p.record.setting_urn, "100001");
  EXPECT_TRUE(find(mine, "child-demo-jordan"));
  EXPECT_FALSE(find(mine, "child-demo-casey"));
}

// Morgan's meeting is in 21 days (demo_reviews.cpp): advice asked for now is due in 7 days.
TEST_P(AnnualReview, ReviewAdviceIsAskedForByTheSchoolDueTwoWeeksBeforeAndReminded) {
  const auto senco = actor("user-senco", Role::school_senco);
  auto health = actor("user-health", Role::health_professional);
  const std::string id = "case-demo-morgan-review";
  EXPECT_TRUE(my_advice_requests(db(), health, on(0))->empty());
  auto parent = request_advice(db(), actor("user-parent", Role::parent_carer), id, {"health"}, "", at(0), {{"health", "user-health"}});
  EXPECT_FALSE(parent);  // not Morgan's parent: not found
  EXPECT_EQ(first_problem(request_advice(db(), senco, id, {}, "", at(0), {})), "Select who you are asking for advice");
  EXPECT_EQ(first_problem(request_advice(db(), senco, id, {"health"}, "", at(0), {{"health", "user-health"}})), "");
  health = actor("user-health", Role::health_professional);  // loaded again with the new involvement, as each request does

  auto asked = my_advice_requests(db(), health, on(0));
  ASSERT_TRUE(asked);
  ASSERT_EQ(asked->size(), 1u);
  EXPECT_EQ((*asked)[0].case_id, id);
  EXPECT_EQ((*asked)[0].due, on(7));
  auto soon = send_reminders(db(), on(0), now_, "https://sendhub.test");
  ASSERT_TRUE(soon);
  EXPECT_EQ(soon->advice_due_soon, 1);
  auto late = send_reminders(db(), on(8), now_ + 8 * day, "https://sendhub.test");
  ASSERT_TRUE(late);
  EXPECT_EQ(late->advice_overdue, 1);
  EXPECT_EQ(send_reminders(db(), on(8), now_ + 8 * day, "https://sendhub.test")->advice_overdue, 0);  // once

  auto sent = submit_advice(db(), health, {id, "Tires in the afternoons.", {{"Rest break", "Teaching assistant", "Daily", ""}}, "Joins in."},
                            at(8));
  ASSERT_TRUE(sent && sent->empty());
  EXPECT_TRUE(my_advice_requests(db(), health, on(8))->empty());
  EXPECT_EQ(advice_for_case(db(), id)->size(), 1u);
}

// The school is told, in one email of counts, about reviews to arrange within 8 weeks and, the day
// after, about the ones now overdue; each once.
TEST_P(AnnualReview, TheSencoIsRemindedToArrangeReviewsAndAgainWhenOverdue) {
  const auto mine = register_of("", "100001");
  std::vector<review::PlanOnRecord> records;
  for (const auto& p : mine) records.push_back(p.record);
  auto due = review::due_reviews(records, on(0), 13 * 7);
  auto jordan = std::find_if(due.begin(), due.end(), [](const auto& r) { return r.plan->child_id == "child-demo-jordan"; });
  ASSERT_NE(jordan, due.end());
  const int days_to_due = static_cast<int>((jordan->due - on(0)).count());
  const int ask_on = std::max(0, days_to_due - 10);
  const auto expected = review::reviews_to_remind(records, on(ask_on));
  ASSERT_TRUE(std::any_of(expected.begin(), expected.end(), [](const auto& r) {
    return r.plan->child_id == "child-demo-jordan" && r.kind == review::ReviewReminder::to_arrange;
  }));

  auto first = send_review_reminders(db(), on(ask_on), now_ + ask_on * day, "https://sendhub.test");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->emails, 1);  // the demo school has one SENCO
  EXPECT_EQ(static_cast<std::size_t>(first->to_arrange + first->overdue), expected.size());
  auto mail = read_outbox(db(), 1);
  ASSERT_EQ(mail->size(), 1u);
  EXPECT_EQ(mail->at(0).message.to, "senco@demo.sendhub.test");
  EXPECT_NE(mail->at(0).message.body.find("https://sendhub.test/reviews"), std::string::npos);
  EXPECT_EQ(mail->at(0).message.body.find("Jordan"), std::string::npos);  // counts only, never names
  EXPECT_EQ(send_review_reminders(db(), on(ask_on), now_ + ask_on * day, "https://sendhub.test")->emails, 0);

  auto late = send_review_reminders(db(), on(days_to_due + 1), now_ + (days_to_due + 1) * day, "https://sendhub.test");
  ASSERT_TRUE(late);
  EXPECT_GE(late->overdue, 1);  // Jordan's, with no meeting arranged
  EXPECT_EQ(read_outbox(db(), 1)->at(0).message.subject, "Annual reviews are overdue at your school or setting");
  EXPECT_EQ(send_review_reminders(db(), on(days_to_due + 2), now_ + (days_to_due + 2) * day, "https://sendhub.test")->overdue, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, AnnualReview, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
