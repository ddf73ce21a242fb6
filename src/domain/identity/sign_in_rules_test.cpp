#include "domain/identity/sign_in_rules.h"

#include <gtest/gtest.h>

namespace sendhub::identity {
namespace {

using namespace std::chrono;
const Time t0 = Time(seconds(1'800'000'000));

TEST(Sessions, StaffIdleTimeoutIsThirtyMinutes) {
  EXPECT_FALSE(session_expired(t0, t0, t0 + minutes(29) + seconds(59), true));
  EXPECT_TRUE(session_expired(t0, t0, t0 + minutes(30), true));
}

TEST(Sessions, StaffAbsoluteTimeoutIsTwelveHoursEvenWhenActive) {
  Time created = t0;
  Time last_seen = t0 + hours(11) + minutes(59);
  EXPECT_FALSE(session_expired(created, last_seen, t0 + hours(11) + minutes(59) + seconds(30), true));
  EXPECT_TRUE(session_expired(created, t0 + hours(12) - seconds(1), t0 + hours(12), true));
}

TEST(Sessions, FamiliesGetLongerAbsoluteButSameIdle) {
  EXPECT_FALSE(session_expired(t0, t0 + hours(13), t0 + hours(13) + minutes(1), false));
  EXPECT_TRUE(session_expired(t0, t0, t0 + minutes(30), false));
}

TEST(Throttle, FirstFiveFailuresAreFreeThenDelaysDouble) {
  EXPECT_EQ(backoff_after(0), seconds(0));
  EXPECT_EQ(backoff_after(4), seconds(0));
  EXPECT_EQ(backoff_after(5), seconds(1));
  EXPECT_EQ(backoff_after(6), seconds(2));
  EXPECT_EQ(backoff_after(10), seconds(32));
  EXPECT_EQ(backoff_after(14), seconds(512));
  EXPECT_EQ(backoff_after(15), seconds(900));
  EXPECT_EQ(backoff_after(1000), seconds(900));
  EXPECT_EQ(next_attempt_allowed(10, t0), t0 + seconds(32));
}

TEST(Passwords, LengthAndCommonness) {
  EXPECT_TRUE(check_new_password("correct horse battery", "a@b.test"));
  auto short_one = check_new_password("short", "a@b.test");
  ASSERT_FALSE(short_one);
  EXPECT_EQ(short_one.error().field, "password");
  EXPECT_EQ(short_one.error().message, "Password must be 12 characters or more");
  EXPECT_FALSE(check_new_password("Password1234", "a@b.test"));
  EXPECT_FALSE(check_new_password("aaaaaaaaaaaaaaa", "a@b.test"));
  EXPECT_FALSE(check_new_password(std::string(257, 'x') + "y", "a@b.test"));
  EXPECT_FALSE(check_new_password("my-name-is-jenny-k", "jenny@b.test"));
}

}  // namespace
}  // namespace sendhub::identity
