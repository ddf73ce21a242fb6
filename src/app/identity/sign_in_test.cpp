// Signing in on both engines: throttling, rotation, expiry, sign-out and the audit of each attempt.
#include "app/identity/sign_in.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "app/demo_data.h"
#include "app/identity/audit_trail.h"
#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t t0 = 1'800'000'000;

class SignIn : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_data(test_->db()));
  }
  Result<NewSession> attempt(std::string email, std::string password, std::int64_t now, std::string source = "192.0.2.1") {
    return sign_in(test_->db(), hasher_, {email, password, source, "req", "test", now});
  }
  std::unique_ptr<testing::TestDatabase> test_;
  PasswordHasher hasher_{1};
};

TEST_P(SignIn, RightPasswordGivesAFreshSessionEachTime) {
  auto first = attempt("Parent@Demo.SENDhub.test ", demo_password, t0);
  ASSERT_TRUE(first) << first.error().message;
  auto second = attempt("parent@demo.sendhub.test", demo_password, t0 + 1);
  ASSERT_TRUE(second);
  EXPECT_NE(first->token, second->token);  // a new token at every sign-in: no fixation
  EXPECT_EQ(first->session.role, access::Role::parent_carer);
  auto found = find_session(test_->db(), first->token, t0 + 60);
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->user_id, "user-parent");
}

TEST_P(SignIn, WrongPasswordAndUnknownEmailGetTheSameAnswer) {
  auto wrong = attempt("parent@demo.sendhub.test", "nope", t0);
  auto unknown = attempt("nobody@demo.sendhub.test", "nope", t0);
  ASSERT_FALSE(wrong);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
  EXPECT_EQ(wrong.error().code, ErrorCode::unauthenticated);
}

TEST_P(SignIn, TenWrongPasswordsSlowTheAccountDownEvenWithTheRightOne) {
  // Attempts 1000 s apart, longer than the longest delay, so each one is checked and counted.
  for (int i = 0; i < 10; ++i)
    EXPECT_FALSE(attempt("parent@demo.sendhub.test", "guess", t0 + 1000 * i, "192.0.2." + std::to_string(i)));
  const std::int64_t last = t0 + 9000;
  auto blocked = attempt("parent@demo.sendhub.test", demo_password, last + 31, "198.51.100.7");
  ASSERT_FALSE(blocked);
  EXPECT_EQ(blocked.error().message, sign_in_throttled);
  // Ten failures: the delay is 2^(10-5) = 32 seconds from the last one.
  EXPECT_TRUE(attempt("parent@demo.sendhub.test", demo_password, last + 32, "198.51.100.7"));
}

TEST_P(SignIn, TenWrongPasswordsFromOneAddressSlowEveryAccountFromIt) {
  for (int i = 0; i < 10; ++i)
    EXPECT_FALSE(attempt("user" + std::to_string(i) + "@demo.sendhub.test", "guess", t0 + 1000 * i));
  auto blocked = attempt("senco@demo.sendhub.test", demo_password, t0 + 9010);
  ASSERT_FALSE(blocked);
  EXPECT_EQ(blocked.error().message, sign_in_throttled);
  EXPECT_TRUE(attempt("senco@demo.sendhub.test", demo_password, t0 + 9010, "203.0.113.5"));  // another address
}

TEST_P(SignIn, ActivityIsRecordedToTheMinuteSoIdleTimeIsNeverUnderCounted) {
  auto s = attempt("caseworker@demo.sendhub.test", demo_password, t0);
  ASSERT_TRUE(s);
  EXPECT_TRUE(*find_session(test_->db(), s->token, t0 + 59));       // not written: under a minute since
  EXPECT_FALSE(*find_session(test_->db(), s->token, t0 + 30 * 60 + 1));  // so idle counts from t0
  auto t = attempt("caseworker@demo.sendhub.test", demo_password, t0 + 5000);
  EXPECT_TRUE(*find_session(test_->db(), t->token, t0 + 5000 + 61));     // written: a minute on
  EXPECT_TRUE(*find_session(test_->db(), t->token, t0 + 5000 + 61 + 29 * 60));
}

TEST_P(SignIn, EndedAndIdleSessionsAreGone) {
  auto s = attempt("caseworker@demo.sendhub.test", demo_password, t0);
  ASSERT_TRUE(s);
  EXPECT_TRUE(*find_session(test_->db(), s->token, t0 + 29 * 60));
  EXPECT_FALSE(*find_session(test_->db(), s->token, t0 + 29 * 60 + 30 * 60));  // 30 minutes idle
  auto again = attempt("caseworker@demo.sendhub.test", demo_password, t0 + 4000);
  ASSERT_TRUE(again);
  ASSERT_TRUE(test_->db().write([&](store::Connection& c) { return end_session(c, again->token); }));
  EXPECT_FALSE(*find_session(test_->db(), again->token, t0 + 4001));
}

TEST_P(SignIn, EveryAttemptIsAuditedWithoutThePassword) {
  EXPECT_FALSE(attempt("parent@demo.sendhub.test", "secret-guess-123", t0));
  EXPECT_TRUE(attempt("parent@demo.sendhub.test", demo_password, t0 + 1));
  auto trail = read_audit(test_->db(), {.action = "sign_in"});  // the demo's own writes are audited too
  ASSERT_TRUE(trail);
  ASSERT_EQ(trail->size(), 2u);
  EXPECT_EQ((*trail)[0].outcome, "failed");
  EXPECT_EQ((*trail)[0].source, "192.0.2.1");
  EXPECT_EQ((*trail)[1].outcome, "succeeded");
  EXPECT_EQ((*trail)[1].actor_role, "parent_carer");
  for (const auto& e : *trail) EXPECT_EQ(e.detail.find("secret-guess"), std::string::npos);
  EXPECT_FALSE(verify_audit(test_->db())->broken);
}

INSTANTIATE_TEST_SUITE_P(Engines, SignIn, ::testing::ValuesIn(testing::engines),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
