#include "domain/encoding/base64.h"

#include <gtest/gtest.h>

namespace sendhub::encoding {
namespace {

TEST(Base64, TheRfc4648TestVectors) {
  const std::pair<const char*, const char*> vectors[] = {{"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},
                                                         {"foo", "Zm9v"}, {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="},
                                                         {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, coded] : vectors) {
    EXPECT_EQ(to_base64(plain), coded);
    EXPECT_EQ(from_base64(coded), plain);
  }
}

TEST(Base64, EveryByteValueSurvivesTheRoundTrip) {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (std::size_t cut = 0; cut < 4; ++cut) EXPECT_EQ(from_base64(to_base64(all.substr(cut))), all.substr(cut));
}

TEST(Base64, AnythingElseIsRefused) {
  for (const char* bad : {"Zg=", "Zg", "Z===", "Zm9v!A==", "Zm 9v", "Zg==Zg==", "=Zg="}) EXPECT_FALSE(from_base64(bad)) << bad;
}

}  // namespace
}  // namespace sendhub::encoding
