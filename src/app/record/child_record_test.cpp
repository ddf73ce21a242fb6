// Versioned child details on both engines: saving, refusing a stale save without losing either
// version, and who may edit.
#include "app/record/child_record.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "app/demo_data.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t t0 = 1'800'000'000;

class ChildRecord : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
  }
  access::Actor actor(const std::string& user_id, access::Role role) { return testing::load_test_actor(test_->db(), user_id, role); }
  RequestContext ctx() { return {"192.0.2.9", "req", "test", t0, "https://sendhub.test"}; }
  std::unique_ptr<testing::TestDatabase> test_;
};

TEST_P(ChildRecord, SavesVersionsAndRefusesAStaleSaveKeepingBoth) {
  auto caseworker = actor("user-caseworker", access::Role::sen_caseworker);
  auto manager = actor("user-manager", access::Role::sen_manager);
  record::ChildDetails first{"", "9434765919", "yo1 7hh", "F", "WBRI", "English", "", "6", "ASD", ""};
  auto saved = save_child_details(test_->db(), caseworker, "child-demo-alex", first, 0, ctx());
  ASSERT_TRUE(saved && saved->problems.empty() && !saved->newer);
  auto now = current_child_details(test_->db(), "child-demo-alex");
  EXPECT_EQ(now->version, 1);
  EXPECT_EQ(now->details.postcode, "YO1 7HH");

  record::ChildDetails by_manager = now->details;
  by_manager.year_group = "7";
  ASSERT_TRUE(save_child_details(test_->db(), manager, "child-demo-alex", by_manager, 1, ctx())->problems.empty());
  record::ChildDetails stale = now->details;  // the caseworker still has version 1 open
  stale.primary_need = "SLCN";
  auto refused = save_child_details(test_->db(), caseworker, "child-demo-alex", stale, 1, ctx());
  ASSERT_TRUE(refused);
  ASSERT_TRUE(refused->newer);
  EXPECT_EQ(refused->newer->version, 2);
  EXPECT_EQ(refused->newer->details.year_group, "7");
  auto history = child_details_history(test_->db(), "child-demo-alex");
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history->at(0).changed, std::vector<std::string_view>{"Year group"});
  EXPECT_EQ(history->at(0).version.changed_by_name, "Morgan Manager");
  auto audit = read_audit(test_->db(), {.action = "record.edit"});
  ASSERT_EQ(audit->size(), 2u);
  EXPECT_EQ(audit->at(1).detail, "version 2: Year group");
  EXPECT_EQ(audit->at(0).detail.find("9434765919"), std::string::npos);  // names of fields, never values
}

TEST_P(ChildRecord, MistakesAreReportedAndOnlyTheCouncilTeamEdits) {
  auto caseworker = actor("user-caseworker", access::Role::sen_caseworker);
  auto bad = save_child_details(test_->db(), caseworker, "child-demo-alex", {"", "123", "", "Q"}, 0, ctx());
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->problems.size(), 2u);
  EXPECT_EQ(current_child_details(test_->db(), "child-demo-alex")->version, 0);
  for (auto [user, role] : {std::pair{"user-parent", access::Role::parent_carer}, {"user-senco", access::Role::school_senco},
                            {"user-panel-none", access::Role::panel_member}}) {
    auto refused = save_child_details(test_->db(), actor(user, role), "child-demo-alex", {}, 0, ctx());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::not_found);
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, ChildRecord, ::testing::ValuesIn(testing::engines),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
