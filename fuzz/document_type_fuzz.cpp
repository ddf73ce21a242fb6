// Uploaded bytes and file names: whatever is accepted really starts with its type's signature,
// and a file name made safe never holds a path, a quote or a line break.
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/record/document_type.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto type = sendhub::record::check_document(in);
  if (!type) return 0;
  const bool signed_ok = in.starts_with("%PDF-") || in.starts_with("\x89PNG") || in.starts_with("\xFF\xD8\xFF") ||
                         in.starts_with(std::string_view("PK\x03\x04", 4));
  if (!signed_ok) __builtin_trap();
  const std::string name = sendhub::record::safe_filename(in.substr(0, 300), *type);
  for (char c : name)
    if (c == '/' || c == '\\' || c == '"' || c == '\r' || c == '\n' || c == ';' || c == '\0') __builtin_trap();
  if (name.empty() || name.size() > 100) __builtin_trap();
  return 0;
}
