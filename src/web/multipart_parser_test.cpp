#include "web/multipart_parser.h"

#include <gtest/gtest.h>

namespace sendhub::web {
namespace {

using namespace std::string_literals;

const std::string body =
    "--XyZ\r\n"s +
    "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
    "Speech and language report\r\n"
    "--XyZ\r\n"
    "Content-Disposition: form-data; name=\"evidence\"; filename=\"report.pdf\"\r\n"
    "Content-Type: application/pdf\r\n\r\n"
    "%PDF-1.4\r\nbinary\0"s + "data\r\n"
    "--XyZ--\r\n";

TEST(MultipartParser, FindsBoundary) {
  auto b = multipart_boundary("multipart/form-data; boundary=XyZ");
  ASSERT_TRUE(b);
  EXPECT_EQ(*b, "XyZ");
  auto quoted = multipart_boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\"");
  ASSERT_TRUE(quoted);
  EXPECT_EQ(*quoted, "a b");
  EXPECT_FALSE(multipart_boundary("application/json"));
  EXPECT_FALSE(multipart_boundary("multipart/form-data"));
  EXPECT_FALSE(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'a')));
}

TEST(MultipartParser, SplitsFieldsAndFiles) {
  auto m = parse_multipart(std::string_view(body.data(), body.size()), "XyZ");
  ASSERT_TRUE(m) << m.error().message;
  EXPECT_EQ(m->fields.get("title"), "Speech and language report");
  ASSERT_EQ(m->files.size(), 1u);
  EXPECT_EQ(m->files[0].field, "evidence");
  EXPECT_EQ(m->files[0].filename, "report.pdf");
  EXPECT_EQ(m->files[0].content_type, "application/pdf");
  EXPECT_EQ(m->files[0].data, "%PDF-1.4\r\nbinary\0"s + "data");
}

TEST(MultipartParser, RejectsTruncatedBody) {
  auto cut = body.substr(0, body.size() - 12);
  auto m = parse_multipart(cut, "XyZ");
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().code, ErrorCode::invalid_input);
}

TEST(MultipartParser, RejectsPartWithoutDisposition) {
  auto m = parse_multipart("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", "b");
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().message.find("Content-Disposition"), std::string::npos);
}

TEST(MultipartParser, RejectsInvalidUtf8InTextFields) {
  auto m = parse_multipart("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xff\r\n--b--", "b");
  ASSERT_FALSE(m);
}

TEST(MultipartParser, LimitsPartCount) {
  std::string many;
  for (int i = 0; i < 5; ++i) many += "--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv\r\n";
  many += "--b--";
  EXPECT_TRUE(parse_multipart(many, "b", MultipartLimits{5, 8192}));
  auto m = parse_multipart(many, "b", MultipartLimits{4, 8192});
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().code, ErrorCode::too_large);
}

}  // namespace
}  // namespace sendhub::web
