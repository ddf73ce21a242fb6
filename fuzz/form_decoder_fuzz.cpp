#include <cstdint>
#include <string_view>

#include "web/form_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto fields = sendhub::web::decode_form(std::string_view(reinterpret_cast<const char*>(data), size));
  if (fields) {
    for (const auto& [name, value] : fields->all())
      if (!sendhub::web::is_clean_utf8(name) || !sendhub::web::is_clean_utf8(value)) __builtin_trap();
  }
  return 0;
}
