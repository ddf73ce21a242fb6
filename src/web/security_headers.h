// Headers every response carries, and the one place that maps an ErrorCode to an HTTP status.
#pragma once

#include <boost/beast/http/fields.hpp>
#include <string_view>

#include "domain/error.h"
#include "web/route.h"

namespace sendhub::web {

// SHA-256 of the one inline script GOV.UK Frontend's page template needs (it marks the body
// js-enabled); templates/layout.tpl holds that script byte for byte, and a test checks the hash.
inline constexpr std::string_view govuk_inline_script_hash = "sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw=";

std::string content_security_policy();

void add_security_headers(boost::beast::http::fields& f, CachePolicy cache);

unsigned http_status(ErrorCode code);

}  // namespace sendhub::web
