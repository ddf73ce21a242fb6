#include "web/security_headers.h"

#include <boost/beast/http.hpp>

namespace sendhub::web {

std::string content_security_policy() {
  return "default-src 'self'; script-src 'self' '" + std::string(govuk_inline_script_hash) +
         "'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; "
         "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}

void add_security_headers(boost::beast::http::fields& f, CachePolicy cache) {
  static const std::string csp = content_security_policy();
  f.set("Content-Security-Policy", csp);
  f.set("X-Content-Type-Options", "nosniff");
  f.set("Referrer-Policy", "no-referrer");
  f.set("X-Frame-Options", "DENY");
  f.set("Cross-Origin-Opener-Policy", "same-origin");
  f.set("Cross-Origin-Resource-Policy", "same-origin");
  f.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  switch (cache) {
    case CachePolicy::no_store: f.set("Cache-Control", "no-store"); break;
    case CachePolicy::revalidate: f.set("Cache-Control", "no-cache"); break;
    case CachePolicy::immutable: f.set("Cache-Control", "public, max-age=31536000, immutable"); break;
  }
}


unsigned http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input: return 400;
    case ErrorCode::not_found: return 404;
    case ErrorCode::conflict: return 409;
    case ErrorCode::forbidden: return 404;  // refused reads answer 404: existence is not disclosed
    case ErrorCode::unauthenticated: return 401;
    case ErrorCode::too_large: return 413;
    case ErrorCode::unavailable: return 503;
    case ErrorCode::internal: return 500;
  }
  return 500;
}

}  // namespace sendhub::web
