// Invitations, the second sign-in step and password resets, on both engines, from the demo data.
#include "app/identity/invitations.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "app/demo_data.h"
#include "app/email/outbox.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "app/identity/password_reset.h"
#include "app/identity/sign_in.h"
#include "app/identity/two_factor.h"
#include "domain/identity/totp.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t t0 = 1'800'000'000;  // 15 January 2027
constexpr const char* new_password = "correct horse battery staple";

class Invitations : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_data(test_->db()));
  }
  store::Database& db() { return test_->db(); }
  access::Actor actor(const std::string& user_id, access::Role role) { return testing::load_test_actor(test_->db(), user_id, role); }
  RequestContext ctx(std::int64_t now = t0) { return {"192.0.2.9", "req-1", "test browser", now, "https://sendhub.test"}; }
  // The token from the newest email's link.
  std::string last_link_token() {
    auto box = read_outbox(db(), 1);
    if (!box || box->empty()) return "";
    const auto& body = (*box)[0].message.body;
    auto at = body.find("token=");
    if (at == std::string::npos) return "";
    auto end = body.find('\n', at);
    return body.substr(at + 6, end - at - 6);
  }
  std::size_t outbox_size() { return read_outbox(db(), 100)->size(); }
  std::unique_ptr<testing::TestDatabase> test_;
  PasswordHasher hasher_{1};
};

identity::InvitationDraft parent_of_alex() { return {"new.parent@example.org", "Nia Parent", "parent_carer", "", "child-demo-alex"}; }

TEST_P(Invitations, ACaseworkerInvitesAParentWhoAcceptsOnceAndSeesTheirChild) {
  auto sent = send_invitation(db(), actor("user-caseworker", access::Role::sen_caseworker), parent_of_alex(), ctx());
  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_TRUE(sent->empty());
  const std::string token = last_link_token();
  ASSERT_EQ(token.size(), 43u);
  auto box = read_outbox(db(), 1);
  EXPECT_EQ((*box)[0].message.to, "new.parent@example.org");
  EXPECT_EQ((*box)[0].message.body.find("Alex"), std::string::npos);  // no child's name in email

  auto open = find_invitation(db(), token, t0 + 60);
  ASSERT_TRUE(open && *open);
  EXPECT_EQ((*open)->role, access::Role::parent_carer);
  EXPECT_FALSE((*open)->account_exists);

  auto weak = accept_invitation_new_account(db(), hasher_, token, "short", ctx(t0 + 120));
  ASSERT_FALSE(weak);
  EXPECT_EQ(weak.error().field, "password");

  auto session = accept_invitation_new_account(db(), hasher_, token, new_password, ctx(t0 + 120));
  ASSERT_TRUE(session) << session.error().message;
  EXPECT_TRUE(session->session.two_factor_done);  // families choose two-factor; it is not required
  auto parent = actor(session->session.user_id, access::Role::parent_carer);
  EXPECT_EQ(parent.children, std::vector<std::string>{"child-demo-alex"});

  auto again = accept_invitation_new_account(db(), hasher_, token, new_password, ctx(t0 + 180));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::not_found);
  auto signed_in = sign_in(db(), hasher_, {"new.parent@example.org", new_password, "192.0.2.9", "r", "d", t0 + 300});
  EXPECT_TRUE(signed_in);

  auto trail = read_audit(db(), {.child_id = "child-demo-alex"});
  ASSERT_TRUE(trail);
  std::vector<std::string> actions;
  for (const auto& e : *trail) actions.push_back(e.action);
  EXPECT_NE(std::find(actions.begin(), actions.end(), "invitation.send"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "invitation.accept"), actions.end());
}

TEST_P(Invitations, LinksExpireAfterSevenDays) {
  ASSERT_TRUE(send_invitation(db(), actor("user-caseworker", access::Role::sen_caseworker), parent_of_alex(), ctx()));
  const std::string token = last_link_token();
  EXPECT_TRUE(*find_invitation(db(), token, t0 + 7 * 86400 - 1));
  EXPECT_FALSE(*find_invitation(db(), token, t0 + 7 * 86400));
  EXPECT_FALSE(accept_invitation_new_account(db(), hasher_, token, new_password, ctx(t0 + 7 * 86400)));
}

TEST_P(Invitations, SomeoneWhoMayNotEditTheChildCannotInviteAndNothingIsStored) {
  for (auto [user, role] : {std::pair{"user-senco", access::Role::school_senco}, {"user-parent", access::Role::parent_carer},
                            {"user-analyst", access::Role::analyst}}) {
    auto sent = send_invitation(db(), actor(user, role), parent_of_alex(), ctx());
    ASSERT_FALSE(sent) << user;
    EXPECT_EQ(sent.error().code, ErrorCode::not_found);
  }
  EXPECT_EQ(outbox_size(), 0u);
}

TEST_P(Invitations, TypingMistakesAreReportedAndNothingIsSent) {
  auto draft = parent_of_alex();
  draft.email = "not an email";
  auto sent = send_invitation(db(), actor("user-caseworker", access::Role::sen_caseworker), draft, ctx());
  ASSERT_TRUE(sent);
  ASSERT_EQ(sent->size(), 1u);
  EXPECT_EQ((*sent)[0].field, "email");
  identity::InvitationDraft staff{"dr@nhs.example", "Dr Who", "school_senco", "org-demo-nhs"};
  auto wrong_org = send_invitation(db(), actor("user-manager", access::Role::sen_manager), staff, ctx());
  ASSERT_TRUE(wrong_org);
  ASSERT_EQ(wrong_org->size(), 1u);
  EXPECT_EQ((*wrong_org)[0].field, "role");
  EXPECT_EQ(outbox_size(), 0u);
}

TEST_P(Invitations, InvitedStaffMustSetUpTwoFactorAndThenUseItAtEverySignIn) {
  identity::InvitationDraft staff{"dco@nhs.example", "Dana Officer", "designated_clinical_officer", "org-demo-nhs"};
  auto by_caseworker = send_invitation(db(), actor("user-caseworker", access::Role::sen_caseworker), staff, ctx());
  ASSERT_FALSE(by_caseworker);  // only an SEN manager or administrator invites staff
  ASSERT_TRUE(send_invitation(db(), actor("user-manager", access::Role::sen_manager), staff, ctx()));
  auto first = accept_invitation_new_account(db(), hasher_, last_link_token(), new_password, ctx(t0 + 10));
  ASSERT_TRUE(first);
  EXPECT_FALSE(first->session.two_factor_done);

  auto enrolment = start_two_factor_enrolment(db(), first->session, "dco@nhs.example");
  ASSERT_TRUE(enrolment);
  EXPECT_EQ(enrolment->secret_base32, start_two_factor_enrolment(db(), first->session, "x")->secret_base32);  // stable
  auto secret = *identity::base32_decode(enrolment->secret_base32);
  const std::uint64_t step = static_cast<std::uint64_t>(t0 + 20) / 30;
  EXPECT_FALSE(complete_two_factor_enrolment(db(), first->session, "000000", ctx(t0 + 20)));
  auto trusted = complete_two_factor_enrolment(db(), first->session, identity::hotp(secret, step), ctx(t0 + 20));
  ASSERT_TRUE(trusted) << trusted.error().message;
  EXPECT_TRUE(trusted->session.two_factor_done);
  EXPECT_NE(trusted->session.token_hash, first->session.token_hash);
  EXPECT_FALSE(*find_session(db(), first->token, t0 + 21));  // the untrusted token is gone

  // Next sign-in: the password gives an untrusted session; the code (not a replayed one) trusts it.
  auto next = sign_in(db(), hasher_, {"dco@nhs.example", new_password, "192.0.2.9", "r", "d", t0 + 3600});
  ASSERT_TRUE(next);
  EXPECT_FALSE(next->session.two_factor_done);
  const std::uint64_t later = static_cast<std::uint64_t>(t0 + 3600) / 30;
  auto bad = verify_second_factor(db(), next->session, "123456", ctx(t0 + 3600));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "code");
  auto good = verify_second_factor(db(), next->session, identity::hotp(secret, later), ctx(t0 + 3600));
  ASSERT_TRUE(good) << good.error().message;
  EXPECT_TRUE(good->session.two_factor_done);
  EXPECT_FALSE(*find_session(db(), next->token, t0 + 3601));
}

TEST_P(Invitations, WrongCodesAreThrottled) {
  identity::InvitationDraft staff{"ep2@york.example", "Eli Psych", "educational_psychologist", "org-york-ep"};
  ASSERT_TRUE(send_invitation(db(), actor("user-manager", access::Role::sen_manager), staff, ctx()));
  auto s = accept_invitation_new_account(db(), hasher_, last_link_token(), new_password, ctx(t0));
  auto enrolment = start_two_factor_enrolment(db(), s->session, "ep2");
  auto secret = *identity::base32_decode(enrolment->secret_base32);
  ASSERT_TRUE(complete_two_factor_enrolment(db(), s->session, identity::hotp(secret, t0 / 30), ctx(t0)));
  auto next = sign_in(db(), hasher_, {"ep2@york.example", new_password, "192.0.2.9", "r", "d", t0 + 100});
  for (int i = 0; i < 6; ++i) EXPECT_FALSE(verify_second_factor(db(), next->session, "000000", ctx(t0 + 100)));
  auto right_but_throttled = verify_second_factor(db(), next->session, identity::hotp(secret, (t0 + 100) / 30), ctx(t0 + 100));
  ASSERT_FALSE(right_but_throttled);
  EXPECT_EQ(right_but_throttled.error().message, too_many_codes);
}

TEST_P(Invitations, PasswordResetNeverSaysWhetherTheAccountExistsAndEndsEverySession) {
  ASSERT_TRUE(request_password_reset(db(), "nobody@example.org", ctx()));
  EXPECT_EQ(outbox_size(), 0u);
  EXPECT_FALSE(request_password_reset(db(), "not an address", ctx()));

  auto before = sign_in(db(), hasher_, {"parent@demo.sendhub.test", demo_password, "192.0.2.9", "r", "d", t0});
  ASSERT_TRUE(before);
  ASSERT_TRUE(request_password_reset(db(), "Parent@demo.sendhub.test", ctx()));
  ASSERT_TRUE(request_password_reset(db(), "parent@demo.sendhub.test", ctx(t0 + 30)));
  EXPECT_EQ(outbox_size(), 1u);  // one email a minute at most
  const std::string token = last_link_token();
  EXPECT_TRUE(*password_reset_open(db(), token, t0 + 3599));
  EXPECT_FALSE(*password_reset_open(db(), token, t0 + 3600));

  auto weak = complete_password_reset(db(), hasher_, token, "password", ctx(t0 + 60));
  ASSERT_FALSE(weak);
  EXPECT_EQ(weak.error().field, "password");
  ASSERT_TRUE(complete_password_reset(db(), hasher_, token, new_password, ctx(t0 + 60)));
  EXPECT_FALSE(*find_session(db(), before->token, t0 + 61));  // signed out everywhere
  EXPECT_FALSE(complete_password_reset(db(), hasher_, token, "another good long password", ctx(t0 + 62)));
  EXPECT_TRUE(sign_in(db(), hasher_, {"parent@demo.sendhub.test", new_password, "192.0.2.9", "r", "d", t0 + 90}));
  EXPECT_NE(read_outbox(db(), 1)->at(0).message.subject.find("changed"), std::string::npos);
  EXPECT_FALSE(verify_audit(db())->broken);
}

INSTANTIATE_TEST_SUITE_P(Engines, Invitations, ::testing::ValuesIn(testing::engines),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
