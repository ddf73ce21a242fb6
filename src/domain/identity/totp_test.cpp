#include "domain/identity/totp.h"

#include <gtest/gtest.h>

namespace sendhub::identity {
namespace {

using std::chrono::seconds;
using std::chrono::system_clock;
const std::string rfc_secret = "12345678901234567890";  // RFC 4226 / 6238 test key (SHA-1)

system_clock::time_point at(long long unix_seconds) { return system_clock::time_point(seconds(unix_seconds)); }

TEST(Hotp, Rfc4226AppendixDValues) {
  const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                            "254676", "287922", "162583", "399871", "520489"};
  for (std::uint64_t i = 0; i < 10; ++i) EXPECT_EQ(hotp(rfc_secret, i), expected[i]) << i;
}

TEST(Totp, Rfc6238AppendixBValuesForSha1) {
  EXPECT_EQ(hotp(rfc_secret, totp_step_at(at(59)), 8), "94287082");
  EXPECT_EQ(hotp(rfc_secret, totp_step_at(at(1111111109)), 8), "07081804");
  EXPECT_EQ(hotp(rfc_secret, totp_step_at(at(1234567890)), 8), "89005924");
  EXPECT_EQ(hotp(rfc_secret, totp_step_at(at(2000000000)), 8), "69279037");
}

TEST(Totp, AcceptsOneStepOfDriftButNoMore) {
  auto now = at(1234567890);
  auto step = totp_step_at(now);
  EXPECT_EQ(verify_totp(rfc_secret, hotp(rfc_secret, step), now, std::nullopt), step);
  EXPECT_EQ(verify_totp(rfc_secret, hotp(rfc_secret, step - 1), now, std::nullopt), step - 1);
  EXPECT_EQ(verify_totp(rfc_secret, hotp(rfc_secret, step + 1), now, std::nullopt), step + 1);
  EXPECT_EQ(verify_totp(rfc_secret, hotp(rfc_secret, step - 2), now, std::nullopt), std::nullopt);
  EXPECT_EQ(verify_totp(rfc_secret, hotp(rfc_secret, step + 2), now, std::nullopt), std::nullopt);
}

TEST(Totp, RefusesReplayOfAUsedStep) {
  auto now = at(1234567890);
  auto step = totp_step_at(now);
  auto code = hotp(rfc_secret, step);
  EXPECT_EQ(verify_totp(rfc_secret, code, now, step), std::nullopt);
  EXPECT_EQ(verify_totp(rfc_secret, code, now, step - 1), step);
}

TEST(Totp, RejectsMalformedCodes) {
  auto now = at(59);
  EXPECT_EQ(verify_totp(rfc_secret, "", now, std::nullopt), std::nullopt);
  EXPECT_EQ(verify_totp(rfc_secret, "12345", now, std::nullopt), std::nullopt);
  EXPECT_EQ(verify_totp(rfc_secret, "abcdef", now, std::nullopt), std::nullopt);
  EXPECT_EQ(verify_totp(rfc_secret, "287 082", now, std::nullopt), totp_step_at(now));  // spaces allowed
}

TEST(Base32, RoundTripsAndMatchesRfc4648) {
  EXPECT_EQ(base32_encode("foobar"), "MZXW6YTBOI");
  EXPECT_EQ(base32_encode(rfc_secret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  auto back = base32_decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq");
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, rfc_secret);
  EXPECT_FALSE(base32_decode("ABC1"));  // 1 is not in the alphabet
}

TEST(Totp, EnrolmentUriNamesIssuerAndAccount) {
  auto uri = totp_uri("SENDhub", "senco@demo.sendhub.test", "12345");
  EXPECT_EQ(uri, "otpauth://totp/SENDhub:senco@demo.sendhub.test?secret=GEZDGNBV&issuer=SENDhub&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace sendhub::identity
