#include "app/identity/password_hasher.h"

#include <gtest/gtest.h>
#include <sodium.h>

namespace sendhub::app {
namespace {

class Hasher : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GE(sodium_init(), 0); }
};

TEST_F(Hasher, HashesWithArgon2idOwaspParameters) {
  PasswordHasher h;
  auto stored = h.hash("correct horse battery");
  ASSERT_TRUE(stored);
  EXPECT_TRUE(stored->starts_with("$argon2id$v=19$m=19456,t=2,p=1$")) << *stored;
  EXPECT_TRUE(h.verify(*stored, "correct horse battery"));
  EXPECT_FALSE(h.verify(*stored, "correct horse batterz"));
  EXPECT_FALSE(h.verify("not a hash", "anything"));
  EXPECT_FALSE(h.needs_rehash(*stored));
}

TEST_F(Hasher, SaltsEveryHash) {
  PasswordHasher h;
  EXPECT_NE(*h.hash("same password here"), *h.hash("same password here"));
}

TEST_F(Hasher, AsksForRehashWhenParametersChange) {
  PasswordHasher old_settings(1, HashParameters{1, 8 * 1024 * 1024});
  auto stored = old_settings.hash("correct horse battery");
  ASSERT_TRUE(stored);
  PasswordHasher current;
  EXPECT_TRUE(current.needs_rehash(*stored));
  EXPECT_TRUE(current.verify(*stored, "correct horse battery"));  // still accepted once, then replaced
}

TEST_F(Hasher, DecoyHashVerifiesNothingUsual) {
  PasswordHasher h;
  EXPECT_FALSE(h.decoy_hash().empty());
  EXPECT_FALSE(h.verify(h.decoy_hash(), "demo-password-change-me"));
}

}  // namespace
}  // namespace sendhub::app
