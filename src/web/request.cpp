#include "web/request.h"

#include <boost/json/parse.hpp>

#include "web/route.h"

namespace sendhub::web {
namespace {

std::string media_type(std::string_view content_type) {
  std::string t(content_type.substr(0, content_type.find(';')));
  while (!t.empty() && t.back() == ' ') t.pop_back();
  for (auto& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t;
}

}  // namespace

std::string Request::header(std::string_view name) const {
  auto it = message.find(boost::beast::string_view(name.data(), name.size()));
  return it == message.end() ? std::string{} : std::string(it->value());
}

std::string Request::param(std::string_view name) const {
  auto it = params.find(name);
  return it == params.end() ? std::string{} : it->second;
}

Result<FormFields> Request::form() const {
  if (media_type(header("Content-Type")) != "application/x-www-form-urlencoded")
    return fail(ErrorCode::invalid_input, "Send the form as application/x-www-form-urlencoded.");
  return decode_form(message.body());
}

Result<MultipartBody> Request::multipart() const {
  if (route == nullptr || !route->accepts_uploads)
    return fail(ErrorCode::invalid_input, "This page does not accept file uploads.");
  auto boundary = multipart_boundary(header("Content-Type"));
  if (!boundary) return std::unexpected(boundary.error());
  return parse_multipart(message.body(), *boundary);
}

Result<boost::json::value> Request::json() const {
  if (media_type(header("Content-Type")) != "application/json")
    return fail(ErrorCode::invalid_input, "Send the request body as application/json.");
  if (!is_clean_utf8(message.body())) return fail(ErrorCode::invalid_input, "The JSON body is not valid UTF-8.");
  boost::system::error_code ec;
  boost::json::parse_options options;
  options.max_depth = 32;
  auto value = boost::json::parse(message.body(), ec, {}, options);
  if (ec) return fail(ErrorCode::invalid_input, "The JSON body could not be read: " + ec.message() + ".");
  if (!value.is_object()) return fail(ErrorCode::invalid_input, "The JSON body must be an object.");
  return value;
}

}  // namespace sendhub::web
