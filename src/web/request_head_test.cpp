#include "web/request_head.h"

#include <gtest/gtest.h>

namespace sendhub::web {
namespace {

unsigned status_of(std::string_view raw) {
  auto r = parse_request_head(raw);
  return r ? 200 : r.error().status;
}

TEST(RequestHead, AcceptsOrdinaryGet) {
  auto r = parse_request_head("GET /cases/42?tab=timeline&x=a+b HTTP/1.1\r\nHost: localhost\r\n\r\n");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->path, "/cases/42");
  EXPECT_EQ(r->query.get("tab"), "timeline");
  EXPECT_EQ(r->query.get("x"), "a b");
}

TEST(RequestHead, RejectsContentLengthWithTransferEncoding) {
  EXPECT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"), 400);
}

TEST(RequestHead, RejectsRepeatedContentLength) {
  EXPECT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nContent-Length: 4\r\n\r\n"), 400);
}

TEST(RequestHead, RejectsTransferEncodingOtherThanChunked) {
  EXPECT_NE(status_of("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"), 200);
}

TEST(RequestHead, RejectsContentEncoding) {
  EXPECT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Encoding: gzip\r\nContent-Length: 1\r\n\r\n"), 415);
}

TEST(RequestHead, RejectsNulInHeaderValue) {
  EXPECT_EQ(status_of(std::string_view("GET / HTTP/1.1\r\nHost: a\r\nX-Test: a\0b\r\n\r\n", 39)), 400);
}

TEST(RequestHead, RejectsBareCrOrLfInHeaderValue) {
  EXPECT_NE(status_of("GET / HTTP/1.1\r\nHost: a\r\nX-Test: a\rb\r\n\r\n"), 200);
  EXPECT_NE(status_of("GET / HTTP/1.1\r\nHost: a\r\nX-Test: a\nInjected: b\r\n\r\n"), 200);
}

TEST(RequestHead, HeadOverEightKibibytesIs431) {
  std::string big = "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + std::string(9000, 'a') + "\r\n\r\n";
  EXPECT_EQ(status_of(big), 431);
  std::string fits = "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + std::string(7000, 'a') + "\r\n\r\n";
  EXPECT_EQ(status_of(fits), 200);
}

TEST(RequestHead, RejectsDotSegmentsIncludingEncoded) {
  EXPECT_EQ(status_of("GET /assets/../secret HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
  EXPECT_EQ(status_of("GET /assets/%2e%2e/secret HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
  EXPECT_EQ(status_of("GET /assets/..%5csecret HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
}

TEST(RequestHead, RejectsAbsoluteFormAndLongTargets) {
  EXPECT_EQ(status_of("GET http://evil/ HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
  EXPECT_EQ(status_of("GET /" + std::string(3000, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n"), 414);
}

// Found by the fuzzer: a head cut off mid-line once made this loop forever.
TEST(RequestHead, HeadCutOffMidLineIsIncomplete) {
  EXPECT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\nX-Partial: abc"), 400);
  EXPECT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\n"), 400);
  EXPECT_EQ(status_of("GE"), 400);
}

TEST(RequestHead, RejectsEncodedNulInPath) {
  EXPECT_EQ(status_of("GET /a%00b HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
}

}  // namespace
}  // namespace sendhub::web
