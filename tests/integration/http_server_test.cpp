// The HTTP server over real loopback sockets: limits, framing checks, headers, shutdown.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "test_server.h"

namespace sendhub::testing {
namespace {

using namespace std::chrono_literals;
namespace http = web::http;

void add_test_routes(web::Router& router) {
  web::Route echo{http::verb::post, "/test/echo", "test_echo", web::Access::public_page,
                  [](web::Request& req) -> Result<web::Response> {
                    auto form = req.form();
                    if (!form) return std::unexpected(form.error());
                    return web::Response::text("name=" + form->get("name") + ";bytes=" + std::to_string(req.message.body().size()));
                  }};
  web::Route slow{http::verb::get, "/test/slow", "test_slow", web::Access::public_page,
                  [](web::Request&) -> Result<web::Response> {
                    std::this_thread::sleep_for(400ms);
                    return web::Response::text("finished");
                  }};
  web::Route boom{http::verb::get, "/test/boom", "test_boom", web::Access::public_page,
                  [](web::Request&) -> Result<web::Response> { throw std::runtime_error("child name in message"); }};
  ASSERT_TRUE(router.add(std::move(echo)));
  ASSERT_TRUE(router.add(std::move(slow)));
  ASSERT_TRUE(router.add(std::move(boom)));
}

std::string get(unsigned short port, std::string_view target, std::string_view extra_headers = "") {
  RawClient c(port);
  c.send("GET " + std::string(target) + " HTTP/1.1\r\nHost: localhost\r\n" + std::string(extra_headers) +
         "Connection: close\r\n\r\n");
  return c.read_all();
}

class HttpServer : public ::testing::Test {
 protected:
  TestServer server{{}, add_test_routes};
};

TEST_F(HttpServer, StartPageHasSecurityHeadersAndLayout) {
  auto r = get(server.port(), "/");
  EXPECT_EQ(status_of(r), 200u);
  auto csp = header_of(r, "content-security-policy");
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(header_of(r, "x-content-type-options"), "nosniff");
  EXPECT_EQ(header_of(r, "referrer-policy"), "no-referrer");
  EXPECT_EQ(header_of(r, "x-request-id").size(), 16u);
  EXPECT_NE(r.find("Skip to main content"), std::string::npos);
  EXPECT_NE(r.find("City of York"), std::string::npos);  // demo data read from the database
}

TEST_F(HttpServer, UnknownPageIs404WithGovukPageAndNoStore) {
  auto r = get(server.port(), "/no-such-page");
  EXPECT_EQ(status_of(r), 404u);
  EXPECT_NE(r.find("Page not found"), std::string::npos);
  EXPECT_EQ(header_of(r, "cache-control"), "no-store");
}

TEST_F(HttpServer, WrongMethodIs405WithAllow) {
  RawClient c(server.port());
  c.send("DELETE / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
  auto r = c.read_all();
  EXPECT_EQ(status_of(r), 405u);
  EXPECT_EQ(header_of(r, "allow"), "GET");
}

TEST_F(HttpServer, TwoMebibyteBodyToOneMebibyteRouteIs413AndServerKeepsServing) {
  RawClient c(server.port());
  std::string body(2 * 1024 * 1024, 'a');
  c.send("POST /test/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n");
  c.send(body.substr(0, 65536));
  auto r = c.read_response();
  EXPECT_EQ(status_of(r), 413u);
  EXPECT_NE(r.find("too large"), std::string::npos);
  EXPECT_EQ(status_of(get(server.port(), "/")), 200u);
}

TEST_F(HttpServer, ChunkedBodyOverTheLimitIs413) {
  RawClient c(server.port());
  c.send("POST /test/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n");
  std::string chunk(512 * 1024, 'a');
  char size_line[32];
  std::snprintf(size_line, sizeof size_line, "%zx\r\n", chunk.size());
  bool sent = true;
  for (int i = 0; i < 3 && sent; ++i) sent = c.send(std::string(size_line) + chunk + "\r\n");
  auto r = c.read_response();
  EXPECT_EQ(status_of(r), 413u);
}

TEST_F(HttpServer, FormBodyIsDecodedAndBadFormGets400WithReason) {
  RawClient c(server.port());
  std::string body = "name=Zo%C3%AB";
  c.send("POST /test/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body);
  auto r = c.read_response();
  EXPECT_EQ(status_of(r), 200u);
  EXPECT_NE(r.find("name=Zo\xC3\xAB;"), std::string::npos);
  std::string bad = "name=%ZZ";
  c.send("POST /test/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
         std::to_string(bad.size()) + "\r\n\r\n" + bad);
  auto r2 = c.read_response();
  EXPECT_EQ(status_of(r2), 400u);
  EXPECT_NE(r2.find("broken %-escape"), std::string::npos);
}

TEST_F(HttpServer, HeadOverEightKibibytesIs431) {
  auto r = get(server.port(), "/", "X-Big: " + std::string(9 * 1024, 'a') + "\r\n");
  EXPECT_EQ(status_of(r), 431u);
}

TEST_F(HttpServer, ContentLengthWithTransferEncodingIs400) {
  RawClient c(server.port());
  c.send("POST /test/echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
  EXPECT_EQ(status_of(c.read_all()), 400u);
}

TEST_F(HttpServer, ContentEncodingOnRequestIs415) {
  RawClient c(server.port());
  c.send("POST /test/echo HTTP/1.1\r\nHost: a\r\nContent-Encoding: gzip\r\nContent-Length: 1\r\n\r\nx");
  EXPECT_EQ(status_of(c.read_all()), 415u);
}

TEST_F(HttpServer, NulInHeaderValueIs400) {
  RawClient c(server.port());
  c.send(std::string("GET / HTTP/1.1\r\nHost: a\r\nX-Test: a\0b\r\n\r\n", 39));
  EXPECT_EQ(status_of(c.read_all()), 400u);
}

TEST_F(HttpServer, FiftyHalfSentConnectionsDoNotDelayANormalRequest) {
  std::vector<std::unique_ptr<RawClient>> idle;
  for (int i = 0; i < 50; ++i) {
    idle.push_back(std::make_unique<RawClient>(server.port()));
    ASSERT_TRUE(idle.back()->connected());
    idle.back()->send("GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ");
  }
  get(server.port(), "/healthz");  // warm-up outside the measurement
  auto start = std::chrono::steady_clock::now();
  auto r = get(server.port(), "/healthz");
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(status_of(r), 200u);
  EXPECT_LT(took, 100ms);
}

TEST_F(HttpServer, KeepAliveServesSeveralRequestsOnOneConnection) {
  RawClient c(server.port());
  for (int i = 0; i < 3; ++i) {
    c.send("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    auto r = c.read_response();
    EXPECT_EQ(status_of(r), 200u) << i;
  }
}

TEST_F(HttpServer, HeadAnswersWithoutBody) {
  RawClient c(server.port());
  c.send("HEAD / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
  auto r = c.read_all();
  EXPECT_EQ(status_of(r), 200u);
  EXPECT_GT(std::stoul(header_of(r, "content-length")), 1000u);
  EXPECT_EQ(r.substr(r.find("\r\n\r\n") + 4), "");
}

TEST_F(HttpServer, HandlerExceptionGives500WithoutDetails) {
  auto r = get(server.port(), "/test/boom");
  EXPECT_EQ(status_of(r), 500u);
  EXPECT_EQ(r.find("child name"), std::string::npos);
  EXPECT_NE(r.find("Sorry, there is a problem with the service"), std::string::npos);
}

TEST_F(HttpServer, HealthAndMetrics) {
  auto h = get(server.port(), "/healthz");
  EXPECT_EQ(status_of(h), 200u);
  EXPECT_EQ(h.substr(h.find("\r\n\r\n") + 4), "ok\n");
  get(server.port(), "/");
  auto m = get(server.port(), "/metrics");
  EXPECT_NE(m.find("sendhub_http_requests_total{route=\"start\",method=\"GET\",status=\"200\"} 1"), std::string::npos);
  EXPECT_NE(m.find("sendhub_http_request_duration_seconds_bucket{le=\"+Inf\"}"), std::string::npos);
  EXPECT_NE(m.find("sendhub_db_queries_total"), std::string::npos);
}

TEST_F(HttpServer, FingerprintedAssetsAreImmutableAndPlainOnesRevalidate) {
  auto page = get(server.port(), "/");
  auto at = page.find("/assets/govuk-frontend.min-");
  ASSERT_NE(at, std::string::npos);
  auto css_url = page.substr(at, page.find('"', at) - at);
  auto css = get(server.port(), css_url);
  EXPECT_EQ(status_of(css), 200u);
  EXPECT_EQ(header_of(css, "cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(header_of(css, "content-type"), "text/css; charset=utf-8");
  auto plain = get(server.port(), "/assets/fonts/bold-b542beb274-v2.woff2");
  EXPECT_EQ(status_of(plain), 200u);
  EXPECT_EQ(header_of(plain, "cache-control"), "no-cache");
  auto etag = header_of(plain, "etag");
  auto again = get(server.port(), "/assets/fonts/bold-b542beb274-v2.woff2", "If-None-Match: " + etag + "\r\n");
  EXPECT_EQ(status_of(again), 304u);
  EXPECT_EQ(status_of(get(server.port(), "/assets/../CMakeLists.txt")), 400u);
}

TEST_F(HttpServer, ShutdownFinishesInFlightRequest) {
  RawClient c(server.port());
  c.send("GET /test/slow HTTP/1.1\r\nHost: a\r\n\r\n");
  std::this_thread::sleep_for(100ms);  // the handler is now running
  auto stopping = std::thread([&] { server.stop(); });
  auto r = c.read_all(3000ms);
  stopping.join();
  EXPECT_EQ(status_of(r), 200u);
  EXPECT_NE(r.find("finished"), std::string::npos);
  EXPECT_EQ(header_of(r, "connection"), "close");
}

TEST(HttpServerShutdown, IdleConnectionsDoNotHoldUpShutdown) {
  TestServer server;
  RawClient idle(server.port());
  idle.send("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
  idle.read_response();  // now idle on a kept-alive connection
  auto took = server.stop();
  EXPECT_LT(took, 2000ms);
}

}  // namespace
}  // namespace sendhub::testing
