#include "web/form_decoder.h"

#include <gtest/gtest.h>

namespace sendhub::web {
namespace {

TEST(FormDecoder, DecodesPairsInOrderWithRepeats) {
  auto f = decode_form("a=1&b=two+words&a=3");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->get("b"), "two words");
  EXPECT_EQ(f->get("a"), "1");
  EXPECT_EQ(f->get_all("a"), (std::vector<std::string>{"1", "3"}));
  EXPECT_EQ(f->get("missing"), "");
  EXPECT_FALSE(f->has("missing"));
}

TEST(FormDecoder, DecodesUtf8PercentEscapes) {
  auto f = decode_form("name=Zo%C3%AB+M%C3%BCller");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->get("name"), "Zo\xC3\xAB M\xC3\xBCller");
}

TEST(FormDecoder, EmptyValueAndNameWithoutEquals) {
  auto f = decode_form("a=&b&&c=3");
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->has("a"));
  EXPECT_TRUE(f->has("b"));
  EXPECT_EQ(f->get("c"), "3");
}

TEST(FormDecoder, RejectsBrokenEscapes) {
  for (const char* bad : {"a=%", "a=%4", "a=%zz", "%g1=x"}) {
    auto f = decode_form(bad);
    ASSERT_FALSE(f) << bad;
    EXPECT_EQ(f.error().code, ErrorCode::invalid_input);
  }
}

TEST(FormDecoder, RejectsNulAndInvalidUtf8) {
  EXPECT_FALSE(decode_form("a=%00"));
  EXPECT_FALSE(decode_form("a=%FF"));
  EXPECT_FALSE(decode_form("a=%C0%AF"));        // overlong "/"
  EXPECT_FALSE(decode_form("a=%ED%A0%80"));     // UTF-16 surrogate
  EXPECT_TRUE(decode_form("a=%F0%9F%98%80"));   // a real emoji is fine
}

TEST(FormDecoder, LimitsFieldCount) {
  std::string body;
  for (int i = 0; i < 11; ++i) body += "f=" + std::to_string(i) + "&";
  auto f = decode_form(body, FormLimits{10, 256});
  ASSERT_FALSE(f);
  EXPECT_EQ(f.error().code, ErrorCode::too_large);
  EXPECT_TRUE(decode_form(body, FormLimits{11, 256}));
}

TEST(FormDecoder, PercentDecodeKeepsPlusInPaths) {
  auto p = percent_decode("/a+b%20c", false);
  ASSERT_TRUE(p);
  EXPECT_EQ(*p, "/a+b c");
}

}  // namespace
}  // namespace sendhub::web
