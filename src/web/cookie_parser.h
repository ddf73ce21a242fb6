// Parses the Cookie request header (RFC 6265 section 5.4 syntax, leniently).
// Values are NOT percent-decoded: session tokens are base64url, and decoding is how
// cpp-httplib let "%3B" smuggle a separator (see docs/adr/0001-http-server.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sendhub::web {

struct Cookie {
  std::string name;
  std::string value;
};

// Malformed pairs are skipped rather than failing the whole header; at most max_cookies are kept.
std::vector<Cookie> parse_cookies(std::string_view header, std::size_t max_cookies = 64);

std::optional<std::string> find_cookie(const std::vector<Cookie>& cookies, std::string_view name);

}  // namespace sendhub::web
