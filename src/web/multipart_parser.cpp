#include "web/multipart_parser.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace sendhub::web {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Finds `key=value` or `key="value"` among `;`-separated parameters of a header value.
std::optional<std::string> header_param(std::string_view value, std::string_view key) {
  std::size_t pos = 0;
  while (pos < value.size()) {
    auto semi = value.find(';', pos);
    if (semi == std::string_view::npos) return std::nullopt;
    pos = semi + 1;
    std::string_view rest = trim(value.substr(pos));
    auto eq = rest.find('=');
    if (eq == std::string_view::npos) continue;
    if (lower(trim(rest.substr(0, eq))) != key) continue;
    std::string_view v = rest.substr(eq + 1);
    if (!v.empty() && v.front() == '"') {
      auto close = v.find('"', 1);
      if (close == std::string_view::npos) return std::nullopt;
      return std::string(v.substr(1, close - 1));
    }
    return std::string(trim(v.substr(0, v.find(';'))));
  }
  return std::nullopt;
}

struct PartHeaders {
  std::string name;
  std::optional<std::string> filename;
  std::string content_type;
};

Result<PartHeaders> parse_part_headers(std::string_view block) {
  PartHeaders out;
  bool disposition = false;
  while (!block.empty()) {
    auto eol = block.find("\r\n");
    std::string_view line = block.substr(0, eol);
    block = eol == std::string_view::npos ? std::string_view{} : block.substr(eol + 2);
    auto colon = line.find(':');
    if (colon == std::string_view::npos) return fail(ErrorCode::invalid_input, "An uploaded part has a malformed header.");
    std::string name = lower(trim(line.substr(0, colon)));
    std::string_view value = trim(line.substr(colon + 1));
    if (name == "content-disposition") {
      if (lower(value.substr(0, value.find(';'))) != "form-data")
        return fail(ErrorCode::invalid_input, "An uploaded part is not form data.");
      auto field = header_param(value, "name");
      if (!field || field->empty()) return fail(ErrorCode::invalid_input, "An uploaded part has no field name.");
      out.name = *field;
      out.filename = header_param(value, "filename");
      disposition = true;
    } else if (name == "content-type") {
      out.content_type = std::string(value);
    }
  }
  if (!disposition) return fail(ErrorCode::invalid_input, "An uploaded part has no Content-Disposition header.");
  if (!is_clean_utf8(out.name) || (out.filename && !is_clean_utf8(*out.filename)))
    return fail(ErrorCode::invalid_input, "An uploaded part's name is not valid UTF-8 text.");
  return out;
}

}  // namespace

Result<std::string> multipart_boundary(std::string_view content_type) {
  if (lower(trim(content_type.substr(0, content_type.find(';')))) != "multipart/form-data")
    return fail(ErrorCode::invalid_input, "Expected a multipart/form-data upload.");
  auto b = header_param(content_type, "boundary");
  // RFC 2046: 1 to 70 characters.
  if (!b || b->empty() || b->size() > 70) return fail(ErrorCode::invalid_input, "The upload has no valid boundary.");
  return *b;
}

Result<MultipartBody> parse_multipart(std::string_view body, std::string_view boundary, const MultipartLimits& limits) {
  if (boundary.empty()) return fail(ErrorCode::invalid_input, "The upload has no valid boundary.");
  const std::string delimiter = "--" + std::string(boundary);
  const std::string next_delimiter = "\r\n" + delimiter;

  if (body.substr(0, delimiter.size()) != delimiter)
    return fail(ErrorCode::invalid_input, "The upload does not start with its boundary.");
  std::size_t pos = delimiter.size();
  MultipartBody out;
  std::size_t parts = 0;
  for (;;) {
    if (body.substr(pos, 2) == "--") return out;  // closing delimiter
    if (body.substr(pos, 2) != "\r\n") return fail(ErrorCode::invalid_input, "The upload is malformed after a boundary.");
    pos += 2;
    if (++parts > limits.max_parts) return fail(ErrorCode::too_large, "The upload has too many parts.");
    auto header_end = body.find("\r\n\r\n", pos);
    std::string_view headers;
    if (body.substr(pos, 2) == "\r\n") {
      header_end = pos;  // a part with no headers at all
    }
    if (header_end == std::string_view::npos) return fail(ErrorCode::invalid_input, "An uploaded part has no end of headers.");
    if (header_end - pos > limits.max_part_header_bytes)
      return fail(ErrorCode::too_large, "An uploaded part's headers are too long.");
    headers = body.substr(pos, header_end - pos);
    std::size_t data_start = header_end + (header_end == pos ? 2 : 4);
    auto data_end = body.find(next_delimiter, data_start);
    if (data_end == std::string_view::npos) return fail(ErrorCode::invalid_input, "The upload ended before its closing boundary.");
    auto parsed = parse_part_headers(headers);
    if (!parsed) return std::unexpected(parsed.error());
    std::string data(body.substr(data_start, data_end - data_start));
    if (parsed->filename) {
      out.files.push_back(UploadedFile{parsed->name, *parsed->filename, parsed->content_type, std::move(data)});
    } else {
      if (!is_clean_utf8(data)) return fail(ErrorCode::invalid_input, "A form field is not valid UTF-8 text.");
      out.fields.add(parsed->name, std::move(data));
    }
    pos = data_end + next_delimiter.size();
  }
}

}  // namespace sendhub::web
