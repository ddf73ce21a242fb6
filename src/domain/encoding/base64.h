// Base64 (RFC 4648, the standard alphabet, with padding): how bytes travel in a text column on
// both engines (documents, the KPI snapshot). Table-driven, so the 300 MB KPI snapshot decodes
// in a fraction of a second.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sendhub::encoding {

std::string to_base64(std::string_view bytes);
// Appends the bytes to `out`; false on anything that is not padded base64 of the standard
// alphabet (what was appended before the fault is left for the caller to discard).
bool append_from_base64(std::string_view text, std::string& out);
std::optional<std::string> from_base64(std::string_view text);

}  // namespace sendhub::encoding
