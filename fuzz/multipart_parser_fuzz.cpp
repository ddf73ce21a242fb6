#include <cstdint>
#include <string_view>

#include "web/multipart_parser.h"

// The first line of the input is the boundary; the rest is the body.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto nl = in.find('\n');
  if (nl == std::string_view::npos) return 0;
  auto body = sendhub::web::parse_multipart(in.substr(nl + 1), in.substr(0, nl));
  if (body)
    for (const auto& [name, value] : body->fields.all())
      if (!sendhub::web::is_clean_utf8(value)) __builtin_trap();
  return 0;
}
