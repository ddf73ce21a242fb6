#include "web/router.h"

#include <gtest/gtest.h>

namespace sendhub::web {
namespace {

Route make(http::verb m, std::string pattern) {
  return Route{m, pattern, pattern, Access::public_page, [](Request&) -> Result<Response> { return Response{}; }};
}

TEST(Router, MatchesLiteralAndParameters) {
  Router r;
  ASSERT_TRUE(r.add(make(http::verb::get, "/cases/:id")));
  ASSERT_TRUE(r.add(make(http::verb::get, "/cases/:id/advice/:adviser")));
  auto m = r.match(http::verb::get, "/cases/42/advice/health");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->pattern, "/cases/:id/advice/:adviser");
  EXPECT_EQ(m.params.at("id"), "42");
  EXPECT_EQ(m.params.at("adviser"), "health");
  EXPECT_EQ(r.match(http::verb::get, "/cases/").route, nullptr);
  EXPECT_EQ(r.match(http::verb::get, "/cases/42/extra").route, nullptr);
}

TEST(Router, LiteralBeatsParameterWhateverTheOrder) {
  Router r;
  ASSERT_TRUE(r.add(make(http::verb::get, "/cases/:id")));
  ASSERT_TRUE(r.add(make(http::verb::get, "/cases/new")));
  EXPECT_EQ(r.match(http::verb::get, "/cases/new").route->pattern, "/cases/new");
  EXPECT_EQ(r.match(http::verb::get, "/cases/7").route->pattern, "/cases/:id");
}

TEST(Router, WildcardTakesTheRest) {
  Router r;
  ASSERT_TRUE(r.add(make(http::verb::get, "/assets/*path")));
  auto m = r.match(http::verb::get, "/assets/fonts/bold.woff2");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params.at("path"), "fonts/bold.woff2");
}

TEST(Router, ReportsAllowedMethodsForA405) {
  Router r;
  ASSERT_TRUE(r.add(make(http::verb::get, "/sign-in")));
  ASSERT_TRUE(r.add(make(http::verb::post, "/sign-in")));
  auto m = r.match(http::verb::delete_, "/sign-in");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_EQ(m.allowed.size(), 2u);
}

TEST(Router, HeadUsesTheGetRoute) {
  Router r;
  ASSERT_TRUE(r.add(make(http::verb::get, "/")));
  EXPECT_NE(r.match(http::verb::head, "/").route, nullptr);
}

TEST(Router, RefusesDuplicatesAndBadPatterns) {
  Router r;
  ASSERT_TRUE(r.add(make(http::verb::get, "/a")));
  EXPECT_FALSE(r.add(make(http::verb::get, "/a")));
  EXPECT_FALSE(r.add(make(http::verb::get, "no-slash")));
  EXPECT_FALSE(r.add(make(http::verb::get, "/*rest/more")));
}

}  // namespace
}  // namespace sendhub::web
