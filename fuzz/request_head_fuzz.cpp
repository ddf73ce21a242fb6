#include <cstdint>
#include <string_view>

#include "web/request_head.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto result = sendhub::web::parse_request_head(std::string_view(reinterpret_cast<const char*>(data), size));
  if (result) {
    // A path we accept must be clean: no NUL, valid UTF-8, no dot segments.
    if (!sendhub::web::is_clean_utf8(result->path)) __builtin_trap();
  }
  return 0;
}
