// Consulting a school about naming it, and the family's meeting, on both engines.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/casework/consultations.h"
#include "app/casework/plan_steps.h"
#include "app/casework/record_decision.h"
#include "app/casework/request_assessment.h"
#include "app/demo_data.h"
#include "app/email/outbox.h"
#include "app/identity/audit_trail.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/plan_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t t0 = 1'800'000'000;  // Friday 15 January 2027
constexpr std::int64_t day = 86400;
using access::Role;

class Consultations : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
    caseworker = actor("user-caseworker", Role::sen_caseworker);
    // Robin attends Demo Academy; the demo SENCO works at Demo Primary School.
    auto r = request_assessment(db(), actor("user-parent2", Role::parent_carer), {"child-demo-robin", "Robin is struggling"}, at(t0));
    ASSERT_TRUE(r && r->problems.empty());
    id = r->case_id;
    ASSERT_TRUE(record_decision_to_assess(db(), caseworker, {id, "assess"}, at(t0 + 7 * day)));
  }
  store::Database& db() { return test_->db(); }
  access::Actor actor(const std::string& user_id, Role role) { return testing::load_test_actor(db(), user_id, role); }
  RequestContext at(std::int64_t now) { return testing::test_context(now); }
  void send_draft() {
    testing::write_plan_ready_to_send(db(), caseworker, id, at(t0 + 40 * day));
    ASSERT_TRUE(send_draft_plan(db(), caseworker, id, "", at(t0 + 40 * day))->empty());
  }
  std::unique_ptr<testing::TestDatabase> test_;
  access::Actor caseworker;
  std::string id;
};

TEST_P(Consultations, AConsultedSchoolReadsTheCaseAndAnswers) {
  const std::string reply_by = "2027-03-12";
  EXPECT_EQ(consult_school(db(), caseworker, id, "org-demo-primary", reply_by, at(t0 + 20 * day))->at(0).field, "school");  // no draft yet
  send_draft();
  auto senco = actor("user-senco", Role::school_senco);
  EXPECT_FALSE(open_case_for(db(), senco, access::Action::view_record, id, "case.view", at(t0 + 41 * day)));  // not Robin's school
  EXPECT_EQ(consult_school(db(), caseworker, id, "org-demo-primary", "2027-02-30", at(t0 + 41 * day))->at(0).field, "reply_by");
  EXPECT_EQ(consult_school(db(), caseworker, id, "org-demo-primary", "2027-02-01", at(t0 + 41 * day))->at(0).field, "reply_by");
  EXPECT_EQ(consult_school(db(), caseworker, id, "org-demo-nhs", reply_by, at(t0 + 41 * day))->at(0).field, "school");
  ASSERT_TRUE(consult_school(db(), caseworker, id, "org-demo-primary", reply_by, at(t0 + 41 * day))->empty());
  EXPECT_EQ(consult_school(db(), caseworker, id, "org-demo-primary", reply_by, at(t0 + 41 * day))->size(), 1u);  // already waiting
  EXPECT_EQ(read_outbox(db(), 1)->at(0).message.subject, "The council is consulting your school or setting about an EHC plan");

  senco = actor("user-senco", Role::school_senco);  // the involvement is loaded with the actor
  ASSERT_TRUE(open_case_for(db(), senco, access::Action::view_record, id, "case.view", at(t0 + 42 * day)));
  EXPECT_EQ(answer_consultation(db(), senco, id, "cannot_meet", "", at(t0 + 42 * day))->at(0).field, "reasons");
  ASSERT_TRUE(answer_consultation(db(), senco, id, "can_meet_with_changes", "We would need a quiet room at lunchtimes.",
                                  at(t0 + 42 * day))->empty());
  EXPECT_EQ(answer_consultation(db(), senco, id, "can_meet", "", at(t0 + 43 * day))->at(0).field, "answer");  // answered once
  auto list = consultations_for(db(), id, day_of(t0 + 43 * day));
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->at(0).school_name, "Demo Primary School");
  EXPECT_EQ(list->at(0).answer, "can_meet_with_changes");
  EXPECT_EQ(list->at(0).answered_by_name, "Sam Senco");
  // A month after the reply date the school no longer sees Robin's case.
  EXPECT_FALSE(open_case_for(db(), actor("user-senco", Role::school_senco), access::Action::view_record, id, "case.view",
                             at(t0 + 100 * day)));
  EXPECT_FALSE(verify_audit(db())->broken);
}

TEST_P(Consultations, TheFamilyAsksForAMeetingAndTheCaseworkerArrangesIt) {
  auto parent = actor("user-parent2", Role::parent_carer);
  EXPECT_EQ(ask_for_meeting(db(), parent, id, "Any morning", at(t0 + 20 * day))->size(), 1u);  // no draft yet
  send_draft();
  EXPECT_EQ(ask_for_meeting(db(), parent, id, "  ", at(t0 + 41 * day))->at(0).field, "meeting_note");
  EXPECT_FALSE(ask_for_meeting(db(), actor("user-parent", Role::parent_carer), id, "Me too", at(t0 + 41 * day)));  // not their child
  EXPECT_FALSE(ask_for_meeting(db(), caseworker, id, "x", at(t0 + 41 * day)));  // families ask, the council arranges
  ASSERT_TRUE(ask_for_meeting(db(), parent, id, "Any morning after 9:30; we want to talk about lunchtimes.", at(t0 + 41 * day))->empty());
  auto asked = meeting_requests_for(db(), id);
  ASSERT_EQ(asked->size(), 1u);
  EXPECT_EQ(arrange_meeting(db(), caseworker, id, asked->at(0).id, "", "Room 3", at(t0 + 42 * day))->at(0).field, "meeting_when");
  EXPECT_EQ(arrange_meeting(db(), caseworker, id, "meeting-none", "Tuesday", "Room 3", at(t0 + 42 * day))->size(), 1u);
  ASSERT_TRUE(arrange_meeting(db(), caseworker, id, asked->at(0).id, "Tuesday 2 March at 10am", "West Offices, room 3",
                              at(t0 + 42 * day))->empty());
  EXPECT_EQ(meeting_requests_for(db(), id)->at(0).arranged_for, "Tuesday 2 March at 10am");
  EXPECT_EQ(read_outbox(db(), 1)->at(0).message.subject, "Your meeting about the draft EHC plan is arranged");
}

INSTANTIATE_TEST_SUITE_P(Engines, Consultations, ::testing::ValuesIn(testing::engines));

}  // namespace
}  // namespace sendhub::app
