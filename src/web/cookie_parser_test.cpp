#include "web/cookie_parser.h"

#include <gtest/gtest.h>

namespace sendhub::web {
namespace {

TEST(CookieParser, ParsesPairsAndTrims) {
  auto c = parse_cookies("sid=abc123;  theme=\"dark\" ;x=1");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(find_cookie(c, "sid"), "abc123");
  EXPECT_EQ(find_cookie(c, "theme"), "dark");
  EXPECT_EQ(find_cookie(c, "none"), std::nullopt);
}

TEST(CookieParser, DoesNotPercentDecode) {
  auto c = parse_cookies("sid=abc%3Bdef");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].value, "abc%3Bdef");
}

TEST(CookieParser, SkipsMalformedPairsButKeepsGoodOnes) {
  auto c = parse_cookies("bad name=1; =novalue; noequals; ok=yes; sp=a b");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "ok");
}

TEST(CookieParser, FirstOfDuplicatesWins) {
  auto c = parse_cookies("sid=first; sid=second");
  EXPECT_EQ(find_cookie(c, "sid"), "first");
}

TEST(CookieParser, CapsNumberOfCookies) {
  std::string h;
  for (int i = 0; i < 100; ++i) h += "c" + std::to_string(i) + "=v;";
  EXPECT_EQ(parse_cookies(h, 64).size(), 64u);
}

}  // namespace
}  // namespace sendhub::web
