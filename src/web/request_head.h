// Checks a request head before any body is read. Beast parses the bytes; these checks close the
// gaps that request smuggling and header injection rely on (see docs/adr/0001-http-server.md).
#pragma once

#include <boost/beast/http.hpp>
#include <string>
#include <string_view>

#include "web/form_decoder.h"

namespace sendhub::web {

namespace http = boost::beast::http;

struct HeadLimits {
  std::size_t header_bytes = 8 * 1024;
  std::size_t target_bytes = 2 * 1024;
};

// A refused head: the status to answer with and a message for the error page.
struct HeadProblem {
  unsigned status;
  std::string message;
};

struct Target {
  std::string path;  // percent-decoded
  FormFields query;
};

// Header-level checks: CR/LF/NUL in values, Content-Length and Transfer-Encoding together or
// repeated, any Transfer-Encoding but chunked, and Content-Encoding on a request.
std::expected<void, HeadProblem> check_head(const http::request_header<>& head);

// Origin-form target only; path segments must not be "." or "..", and must be clean UTF-8.
std::expected<Target, HeadProblem> parse_target(std::string_view target, const HeadLimits& limits = {});

// Parses a complete request head from bytes (for tests and the fuzzer; the server reads from a
// socket with the same parser settings and then calls the same checks).
std::expected<Target, HeadProblem> parse_request_head(std::string_view bytes, const HeadLimits& limits = {});

}  // namespace sendhub::web
