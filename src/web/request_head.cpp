#include "web/request_head.h"

#include <boost/asio/buffer.hpp>

namespace sendhub::web {
namespace {

std::unexpected<HeadProblem> problem(unsigned status, std::string message) {
  return std::unexpected(HeadProblem{status, std::move(message)});
}

bool has_control_breaks(std::string_view s) {
  return s.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

}  // namespace

std::expected<void, HeadProblem> check_head(const http::request_header<>& head) {
  int content_lengths = 0;
  int transfer_encodings = 0;
  for (const auto& field : head) {
    std::string_view name(field.name_string().data(), field.name_string().size());
    std::string_view value(field.value().data(), field.value().size());
    if (has_control_breaks(name) || has_control_breaks(value))
      return problem(400, "A request header contains a line break or NUL character.");
    switch (field.name()) {
      case http::field::content_length: ++content_lengths; break;
      case http::field::transfer_encoding:
        ++transfer_encodings;
        if (value != "chunked") return problem(501, "Only chunked transfer encoding is supported.");
        break;
      case http::field::content_encoding:
        return problem(415, "Compressed request bodies are not accepted.");
      default: break;
    }
  }
  if (content_lengths > 1 || transfer_encodings > 1)
    return problem(400, "The request repeats Content-Length or Transfer-Encoding.");
  if (content_lengths == 1 && transfer_encodings == 1)
    return problem(400, "The request has both Content-Length and Transfer-Encoding.");
  return {};
}

std::expected<Target, HeadProblem> parse_target(std::string_view target, const HeadLimits& limits) {
  if (target.size() > limits.target_bytes) return problem(414, "The address is too long.");
  if (target.empty() || target.front() != '/') return problem(400, "The address is not a path on this site.");
  auto q = target.find('?');
  std::string_view raw_path = target.substr(0, q);
  std::string_view raw_query = q == std::string_view::npos ? std::string_view{} : target.substr(q + 1);
  auto frag = raw_query.find('#');
  if (frag != std::string_view::npos) raw_query = raw_query.substr(0, frag);

  auto path = percent_decode(raw_path, false);
  if (!path) return problem(400, path.error().message);
  // Reject dot segments and encoded slashes' tricks outright rather than normalising them.
  std::string_view p = *path;
  std::size_t start = 0;
  while (start <= p.size()) {
    auto slash = p.find('/', start);
    auto seg = p.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (seg == "." || seg == ".." || seg.find('\\') != std::string_view::npos)
      return problem(400, "The address has a '.' or '..' part.");
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  auto query = decode_form(raw_query);
  if (!query) return problem(400, "The address has a malformed query string.");
  return Target{std::move(*path), std::move(*query)};
}

std::expected<Target, HeadProblem> parse_request_head(std::string_view bytes, const HeadLimits& limits) {
  http::request_parser<http::empty_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(limits.header_bytes));
  parser.eager(false);
  boost::system::error_code ec;
  std::size_t used = 0;
  while (!parser.is_header_done()) {
    auto n = parser.put(boost::asio::buffer(bytes.data() + used, bytes.size() - used), ec);
    used += n;
    if (ec == http::error::need_more) {
      // Everything we have was offered; no progress means the head is cut short.
      if (n == 0 || used >= bytes.size()) return problem(400, "The request head is incomplete.");
      ec = {};
      continue;
    }
    if (ec == http::error::header_limit) return problem(431, "The request headers are too large.");
    if (ec) return problem(400, "The request could not be read.");
    if (n == 0 && !parser.is_header_done()) return problem(400, "The request head is incomplete.");
  }
  const auto& head = parser.get().base();
  if (auto ok = check_head(head); !ok) return std::unexpected(ok.error());
  return parse_target(std::string_view(head.target().data(), head.target().size()), limits);
}

}  // namespace sendhub::web
