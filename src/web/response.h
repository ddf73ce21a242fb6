// A handler's answer. The server adds security headers, the cache policy of the route and the
// request id; handlers only say what to send.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sendhub::web {

enum class CachePolicy {
  no_store,    // anything that may show personal data (the default for new routes)
  revalidate,  // public pages: may be stored, must be checked each time
  immutable,   // fingerprinted static assets
};

struct Response {
  unsigned status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // Overrides the route's cache policy (static assets decide per file).
  std::optional<CachePolicy> cache_override;

  static Response html(std::string body, unsigned status = 200);
  static Response text(std::string body, unsigned status = 200);
  static Response json(std::string body, unsigned status = 200);
  // 303 See Other: the GOV.UK post/redirect/get pattern.
  static Response redirect(std::string location);
};

}  // namespace sendhub::web
