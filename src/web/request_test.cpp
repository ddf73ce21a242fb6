#include "web/request.h"

#include <gtest/gtest.h>

#include "web/route.h"

namespace sendhub::web {
namespace {

Request with_body(std::string content_type, std::string body) {
  Request r;
  r.message.method(http::verb::post);
  r.message.set(http::field::content_type, content_type);
  r.message.body() = std::move(body);
  return r;
}

TEST(Request, JsonBodyMustBeAnObjectOfValidJson) {
  auto ok = with_body("application/json; charset=utf-8", R"({"process":"annual_review"})").json();
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->as_object().at("process").as_string(), "annual_review");
  EXPECT_FALSE(with_body("application/json", "[1,2]").json());
  auto broken = with_body("application/json", R"({"a":)").json();
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().code, ErrorCode::invalid_input);
  EXPECT_FALSE(with_body("text/plain", "{}").json());
}

TEST(Request, JsonNestingIsBounded) {
  std::string deep = std::string(100, '[') + std::string(100, ']');
  EXPECT_FALSE(with_body("application/json", "{\"a\":" + deep + "}").json());
}

TEST(Request, FormNeedsItsContentType) {
  EXPECT_TRUE(with_body("application/x-www-form-urlencoded", "a=1").form());
  EXPECT_FALSE(with_body("text/plain", "a=1").form());
}

TEST(Request, MultipartOnlyOnRoutesThatOptIn) {
  auto r = with_body("multipart/form-data; boundary=b",
                     "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b--");
  EXPECT_FALSE(r.multipart());  // no route: refused
  Route upload{http::verb::post, "/upload", "upload", Access::public_page, nullptr};
  upload.accepts_uploads = true;
  r.route = &upload;
  auto m = r.multipart();
  ASSERT_TRUE(m) << m.error().message;
  EXPECT_EQ(m->fields.get("a"), "x");
  Route plain{http::verb::post, "/plain", "plain", Access::public_page, nullptr};
  r.route = &plain;
  EXPECT_FALSE(r.multipart());
}

TEST(Request, HeadersAndParams) {
  Request r;
  r.message.set("X-Thing", "value");
  r.params.emplace("id", "42");
  EXPECT_EQ(r.header("x-thing"), "value");
  EXPECT_EQ(r.header("missing"), "");
  EXPECT_EQ(r.param("id"), "42");
  EXPECT_EQ(r.param("nope"), "");
}

}  // namespace
}  // namespace sendhub::web
