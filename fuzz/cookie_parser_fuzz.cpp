#include <cstdint>
#include <string_view>

#include "web/cookie_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto cookies = sendhub::web::parse_cookies(std::string_view(reinterpret_cast<const char*>(data), size));
  for (const auto& c : cookies)
    if (c.name.empty() || c.value.find(';') != std::string::npos) __builtin_trap();
  return 0;
}
