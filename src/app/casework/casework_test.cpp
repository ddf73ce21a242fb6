// An assessment request through decision and advice, on both engines, from the demo data.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/casework/caseload.h"
#include "app/casework/record_decision.h"
#include "app/casework/request_advice.h"
#include "app/casework/request_assessment.h"
#include "app/demo_data.h"
#include "app/email/outbox.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t t0 = 1'800'000'000;  // Friday 15 January 2027
constexpr std::int64_t day = 86400;
using access::Role;

class Casework : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
  }
  store::Database& db() { return test_->db(); }
  access::Actor actor(const std::string& user_id, Role role) {
    access::Actor a;
    EXPECT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
      auto loaded = load_actor(c, user_id, role);
      if (!loaded) return std::unexpected(loaded.error());
      a = *loaded;
      return {};
    }));
    return a;
  }
  RequestContext at(std::int64_t now) { return {"192.0.2.9", "req", "test", now, "https://sendhub.test"}; }
  std::string parent_requests() {
    auto r = request_assessment(db(), actor("user-parent", Role::parent_carer), {"child-demo-alex", "Alex is struggling"}, at(t0));
    EXPECT_TRUE(r && r->problems.empty());
    return r ? r->case_id : "";
  }
  CaseRecord load(const std::string& id) {
    CaseRecord out;
    EXPECT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
      auto k = load_case(c, id);
      if (!k) return std::unexpected(k.error());
      out = **k;
      return {};
    }));
    return out;
  }
  std::unique_ptr<testing::TestDatabase> test_;
};

TEST_P(Casework, AParentRequestsOnceAndASecondRequestShowsTheOpenOne) {
  const auto id = parent_requests();
  auto k = load(id);
  ASSERT_EQ(k.events.size(), 1u);
  EXPECT_EQ(k.events[0].event.type, statutory::EventType::request_received);
  EXPECT_EQ(calendar::format_date(k.events[0].event.date), "2027-01-15");
  EXPECT_EQ(k.requested_by, "parent");
  auto again = request_assessment(db(), actor("user-caseworker", Role::sen_caseworker), {"child-demo-alex", "By letter"}, at(t0 + day));
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->already_open);
  EXPECT_EQ(again->case_id, id);
}

TEST_P(Casework, OnlyThoseConnectedToTheChildMayRequestAndSchoolsNeedTheFamilysAgreement) {
  auto other_family = request_assessment(db(), actor("user-parent2", Role::parent_carer), {"child-demo-alex", "x"}, at(t0));
  ASSERT_FALSE(other_family);
  EXPECT_EQ(other_family.error().code, ErrorCode::not_found);
  auto not_our_pupil = request_assessment(db(), actor("user-senco", Role::school_senco), {"child-demo-robin", "x", true}, at(t0));
  ASSERT_FALSE(not_our_pupil);
  auto no_agreement = request_assessment(db(), actor("user-senco", Role::school_senco), {"child-demo-alex", "Needs help"}, at(t0));
  ASSERT_TRUE(no_agreement);
  ASSERT_EQ(no_agreement->problems.size(), 1u);
  EXPECT_EQ(no_agreement->problems[0].field, "family_agreed");
  EXPECT_TRUE(no_agreement->case_id.empty());
  auto agreed = request_assessment(db(), actor("user-senco", Role::school_senco), {"child-demo-alex", "Needs help", true}, at(t0));
  ASSERT_TRUE(agreed && agreed->problems.empty());
  EXPECT_EQ(load(agreed->case_id).requested_by, "school");
}

TEST_P(Casework, TheDecisionIsCheckedRecordedOnceAndTheFamilyIsEmailed) {
  const auto id = parent_requests();
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  auto no_reasons = record_decision_to_assess(db(), caseworker, {id, "not_assess"}, at(t0 + 10 * day));
  ASSERT_TRUE(no_reasons);
  ASSERT_EQ(no_reasons->size(), 1u);
  EXPECT_EQ((*no_reasons)[0].field, "reasons");
  auto before_request = record_decision_to_assess(db(), caseworker, {id, "assess", "2027-01-14"}, at(t0 + 10 * day));
  ASSERT_TRUE(before_request);
  ASSERT_EQ(before_request->size(), 1u);
  EXPECT_EQ((*before_request)[0].field, "date");
  auto future = record_decision_to_assess(db(), caseworker, {id, "assess", "2027-02-01"}, at(t0 + 10 * day));
  ASSERT_EQ(future->size(), 1u);
  EXPECT_EQ(load(id).events.size(), 1u);  // nothing stored by any of those

  auto by_parent = record_decision_to_assess(db(), actor("user-parent", Role::parent_carer), {id, "assess"}, at(t0 + 10 * day));
  ASSERT_FALSE(by_parent);
  EXPECT_EQ(by_parent.error().code, ErrorCode::not_found);

  auto decided = record_decision_to_assess(db(), caseworker, {id, "assess", "", ""}, at(t0 + 10 * day));
  ASSERT_TRUE(decided && decided->empty());
  auto k = load(id);
  EXPECT_EQ(k.events.back().event.outcome, statutory::Outcome::assess);
  EXPECT_EQ(k.caseworker_user_id, "user-caseworker");
  auto mail = read_outbox(db(), 5);
  ASSERT_EQ(mail->size(), 1u);
  EXPECT_EQ(mail->at(0).message.to, "parent@demo.sendhub.test");
  EXPECT_NE(mail->at(0).message.body.find("https://sendhub.test/cases/" + id), std::string::npos);
  auto twice = record_decision_to_assess(db(), caseworker, {id, "not_assess", "", "changed mind"}, at(t0 + 11 * day));
  ASSERT_EQ(twice->size(), 1u);
  EXPECT_EQ((*twice)[0].field, "outcome");
}

TEST_P(Casework, AdviceIsRequestedAndReceivedAndTheCaseloadShowsTheNextDate) {
  const auto id = parent_requests();
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  ASSERT_TRUE(record_decision_to_assess(db(), caseworker, {id, "assess"}, at(t0 + 10 * day)));
  auto asked = request_advice(db(), caseworker, id, {"health", "psychology"}, "", at(t0 + 11 * day));
  ASSERT_TRUE(asked && asked->empty());
  auto nobody = request_advice(db(), caseworker, id, {}, "", at(t0 + 11 * day));
  ASSERT_EQ(nobody->size(), 1u);
  auto unasked = record_advice_received(db(), caseworker, id, "education", "", at(t0 + 20 * day));
  ASSERT_EQ(unasked->size(), 1u);
  EXPECT_EQ((*unasked)[0].field, "adviser");
  ASSERT_TRUE(record_advice_received(db(), caseworker, id, "health", "", at(t0 + 20 * day)));
  EXPECT_EQ(load(id).events.size(), 5u);

  const auto today = day_of(t0 + 21 * day);
  auto rows = caseload(db(), caseworker, {}, today);
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->at(0).stage, "Assessment under way");
  EXPECT_EQ(rows->at(0).next_what, "Advice from the educational psychologist");
  // Asked on Tuesday 26 January 2027: six weeks is Tuesday 9 March 2027.
  EXPECT_EQ(calendar::format_date(*rows->at(0).next_due), "2027-03-09");
  EXPECT_FALSE(rows->at(0).overdue);
  auto late = caseload(db(), caseworker, {}, day_of(t0 + 60 * day));
  EXPECT_TRUE(late->at(0).overdue);
  EXPECT_TRUE(caseload(db(), actor("user-analyst", Role::analyst), {}, today)->empty());
  EXPECT_TRUE(caseload(db(), caseworker, {"user-manager", ""}, today)->empty());  // held by someone else
  EXPECT_FALSE(verify_audit(db())->broken);
}

INSTANTIATE_TEST_SUITE_P(Engines, Casework, ::testing::ValuesIn(testing::engines),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
