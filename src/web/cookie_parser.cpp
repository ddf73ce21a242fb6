#include "web/cookie_parser.h"

namespace sendhub::web {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// RFC 6265 token characters for names; cookie-octets for values.
bool is_token_char(char c) {
  auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u >= 0x7f) return false;
  switch (c) {
    case '(': case ')': case '<': case '>': case '@': case ',': case ';': case ':':
    case '\\': case '"': case '/': case '[': case ']': case '?': case '=': case '{': case '}':
      return false;
    default:
      return true;
  }
}

bool is_cookie_octet(char c) {
  auto u = static_cast<unsigned char>(c);
  return u == 0x21 || (u >= 0x23 && u <= 0x2B) || (u >= 0x2D && u <= 0x3A) || (u >= 0x3C && u <= 0x5B) ||
         (u >= 0x5D && u <= 0x7E);
}

}  // namespace

std::vector<Cookie> parse_cookies(std::string_view header, std::size_t max_cookies) {
  std::vector<Cookie> out;
  while (!header.empty() && out.size() < max_cookies) {
    auto semi = header.find(';');
    std::string_view pair = trim(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view{} : header.substr(semi + 1);
    auto eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string_view name = trim(pair.substr(0, eq));
    std::string_view value = trim(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    bool ok = !name.empty();
    for (char c : name) ok = ok && is_token_char(c);
    for (char c : value) ok = ok && is_cookie_octet(c);
    if (ok) out.push_back(Cookie{std::string(name), std::string(value)});
  }
  return out;
}

std::optional<std::string> find_cookie(const std::vector<Cookie>& cookies, std::string_view name) {
  for (const auto& c : cookies)
    if (c.name == name) return c.value;
  return std::nullopt;
}

}  // namespace sendhub::web
