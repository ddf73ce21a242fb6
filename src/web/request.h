// What a handler sees of one HTTP request: already validated head, decoded path, query,
// cookies and path parameters. Bodies are decoded on demand, each way returning errors as values.
#pragma once

#include <boost/beast/http.hpp>
#include <boost/json/value.hpp>
#include <map>
#include <string>
#include <vector>

#include "domain/error.h"
#include "web/cookie_parser.h"
#include "web/form_decoder.h"
#include "web/multipart_parser.h"

namespace sendhub::web {

namespace http = boost::beast::http;

struct Route;

struct Request {
  http::request<http::string_body> message;
  std::string path;    // percent-decoded, validated UTF-8
  FormFields query;
  std::vector<Cookie> cookies;
  std::map<std::string, std::string, std::less<>> params;  // from the route pattern
  std::string request_id;
  std::string remote_address;
  const Route* route = nullptr;

  http::verb method() const { return message.method(); }
  std::string header(std::string_view name) const;
  std::string param(std::string_view name) const;
  std::optional<std::string> cookie(std::string_view name) const { return find_cookie(cookies, name); }

  // application/x-www-form-urlencoded body; other content types are refused with invalid_input.
  Result<FormFields> form() const;
  // multipart/form-data body; only on routes that opted in to uploads.
  Result<MultipartBody> multipart() const;
  // application/json body; must be an object.
  Result<boost::json::value> json() const;
};

}  // namespace sendhub::web
