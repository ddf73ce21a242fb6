// A route is declared with everything the server must know before it reads a body: who may
// call it, how big a body it takes, whether it accepts uploads and how its answer may be cached.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "domain/error.h"
#include "web/request.h"
#include "web/response.h"

namespace sendhub::web {

// Who may call a route. There is no default: registering a route means choosing one.
// Later issues add signed-in capabilities; the server refuses unknown ones.
enum class Access {
  public_page,   // anyone, no personal data
  operations,    // health and metrics: no personal data, for monitoring
  signed_in,     // a signed-in person; the handler asks access::may() about each child it touches
  api_token,     // another system with a Bearer token (never a cookie, so CSRF cannot apply)
};

using Handler = std::function<Result<Response>(Request&)>;

struct Route {
  http::verb method;
  std::string pattern;  // "/cases/:id", or a trailing "*rest" for a prefix
  std::string name;     // label in metrics and access logs; never holds values
  Access access;
  Handler handler;
  std::size_t body_limit = 1024 * 1024;
  bool accepts_uploads = false;
  CachePolicy cache = CachePolicy::no_store;
};

}  // namespace sendhub::web
