// Role changes, switching accounts off and API tokens, on both engines, from the demo data.
#include "app/identity/people.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "app/demo_data.h"
#include "app/email/outbox.h"
#include "app/identity/accounts.h"
#include "app/identity/api_tokens.h"
#include "app/identity/audit_trail.h"
#include "app/identity/sign_in.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t t0 = 1'800'000'000;
using access::Role;

class People : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_data(test_->db()));
  }
  store::Database& db() { return test_->db(); }
  access::Actor actor(const std::string& user_id, Role role) { return testing::load_test_actor(test_->db(), user_id, role); }
  RequestContext ctx() { return {"192.0.2.9", "req-1", "test", t0, "https://sendhub.test"}; }
  Result<NewSession> sign_in_as(const std::string& email) {
    return sign_in(db(), hasher_, {email, demo_password, "192.0.2.9", "r", "d", t0});
  }
  std::unique_ptr<testing::TestDatabase> test_;
  PasswordHasher hasher_{1};
};

TEST_P(People, ManagersSeeTheirAuthoritysStaffAndNobodyElseDoes) {
  auto seen = list_people(db(), actor("user-manager", Role::sen_manager));
  ASSERT_TRUE(seen);
  EXPECT_GE(seen->size(), 8u);
  EXPECT_TRUE(list_people(db(), actor("user-caseworker", Role::sen_caseworker))->empty());
  EXPECT_TRUE(list_people(db(), actor("user-senco", Role::school_senco))->empty());
  EXPECT_GE(list_people(db(), actor("user-admin", Role::administrator))->size(), 8u);
}

TEST_P(People, AnOrganisationWorkingAcrossSeveralAuthoritiesGivesItsStaffAllOfThem) {
  auto dco = actor("user-dco", Role::designated_clinical_officer);
  EXPECT_EQ(dco.la_codes, (std::vector<std::string>{"816", "811", "815"}));
  auto york = actor("user-caseworker", Role::sen_caseworker);
  EXPECT_EQ(york.la_codes, std::vector<std::string>{"816"});
}

TEST_P(People, ChangingARoleSignsThePersonOutEverywhereAndIsAudited) {
  auto session = sign_in_as("caseworker@demo.sendhub.test");
  ASSERT_TRUE(session);
  auto changed = change_role(db(), actor("user-manager", Role::sen_manager), "user-caseworker", "org-york-sen",
                             Role::sen_caseworker, Role::panel_member, ctx());
  ASSERT_TRUE(changed) << changed.error().message;
  EXPECT_FALSE(*find_session(db(), session->token, t0 + 1));
  auto again = sign_in_as("caseworker@demo.sendhub.test");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->session.role, Role::panel_member);
  auto mail = read_outbox(db(), 1);
  EXPECT_EQ(mail->at(0).message.to, "caseworker@demo.sendhub.test");
  auto trail = read_audit(db(), {.action = "role.change"});
  ASSERT_EQ(trail->size(), 1u);
  EXPECT_EQ(trail->at(0).detail, "user user-caseworker: sen_caseworker to panel_member");
  EXPECT_EQ(trail->at(0).la_code, "816");
}

TEST_P(People, RoleChangesThatDoNotFitOrAreNotPermittedChangeNothing) {
  auto manager = actor("user-manager", Role::sen_manager);
  auto own = change_role(db(), manager, "user-manager", "org-york-sen", Role::sen_manager, Role::administrator, ctx());
  ASSERT_FALSE(own);
  EXPECT_EQ(own.error().field, "role");
  auto misfit = change_role(db(), manager, "user-senco", "org-demo-primary", Role::school_senco, Role::sen_manager, ctx());
  ASSERT_FALSE(misfit);
  EXPECT_EQ(misfit.error().code, ErrorCode::invalid_input);
  auto by_caseworker = change_role(db(), actor("user-caseworker", Role::sen_caseworker), "user-analyst", "org-york-sen",
                                   Role::analyst, Role::sen_manager, ctx());
  ASSERT_FALSE(by_caseworker);
  EXPECT_EQ(by_caseworker.error().code, ErrorCode::not_found);
  EXPECT_TRUE(read_audit(db(), {.action = "role.change"})->empty());
}

TEST_P(People, ASwitchedOffAccountCannotSignIn) {
  auto session = sign_in_as("social@demo.sendhub.test");
  ASSERT_TRUE(session);
  ASSERT_TRUE(set_account_disabled(db(), actor("user-admin", Role::administrator), "user-social", true, ctx()));
  EXPECT_FALSE(*find_session(db(), session->token, t0 + 1));
  EXPECT_FALSE(sign_in_as("social@demo.sendhub.test"));
  ASSERT_TRUE(set_account_disabled(db(), actor("user-admin", Role::administrator), "user-social", false, ctx()));
  EXPECT_TRUE(sign_in_as("social@demo.sendhub.test"));
}

TEST_P(People, ApiTokensActAsTheirRoleUntilRevoked) {
  auto admin = actor("user-admin", Role::administrator);
  auto bad = create_api_token(db(), admin, {"", "parent_carer", "org-none", {"everything"}}, ctx());
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->problems.size(), 4u);
  EXPECT_TRUE(bad->token.empty());

  auto made = create_api_token(db(), admin, {"Case system sync", "sen_caseworker", "org-york-sen", {"records:read"}}, ctx());
  ASSERT_TRUE(made);
  ASSERT_TRUE(made->problems.empty());
  auto caller = find_api_caller(db(), made->token, t0 + 5);
  ASSERT_TRUE(caller && *caller);
  EXPECT_EQ((*caller)->role, Role::sen_caseworker);
  EXPECT_TRUE((*caller)->has_scope("records:read"));
  EXPECT_FALSE((*caller)->has_scope("aggregates:read"));
  auto as_actor = actor((*caller)->user_id, (*caller)->role);
  EXPECT_EQ(as_actor.la_codes, std::vector<std::string>{"816"});
  EXPECT_FALSE(*find_api_caller(db(), made->token + "x", t0));

  auto tokens = list_api_tokens(db(), admin);
  ASSERT_EQ(tokens->size(), 1u);
  EXPECT_TRUE(tokens->at(0).last_used_at.has_value());
  EXPECT_FALSE(revoke_api_token(db(), actor("user-caseworker", Role::sen_caseworker), tokens->at(0).id, ctx()));
  ASSERT_TRUE(revoke_api_token(db(), admin, tokens->at(0).id, ctx()));
  EXPECT_FALSE(*find_api_caller(db(), made->token, t0 + 10));
  EXPECT_TRUE(list_people(db(), admin)->size() >= 8u);  // service accounts are not listed as people
  EXPECT_EQ(read_audit(db(), {.action = "api_token.revoke"})->size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, People, ::testing::ValuesIn(testing::engines),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
