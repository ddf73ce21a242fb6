// What an uploaded file really is, judged from its bytes and never from its name or the type the
// browser claimed: PDF, Word (DOCX), PNG or JPEG. Anything else is refused, as are empty and
// oversized files.
#pragma once

#include <optional>
#include <string_view>

#include "domain/error.h"

namespace sendhub::record {

inline constexpr std::size_t max_document_bytes = 10 * 1024 * 1024;

struct DocumentType {
  std::string_view media_type;  // "application/pdf" …
  std::string_view extension;   // "pdf" …
  std::string_view name;        // "PDF" …, for people
};

// The type, or invalid_input (too_large for size) with a plain-English reason.
Result<DocumentType> check_document(std::string_view bytes);

// A file name safe to send back in Content-Disposition: letters, digits, spaces, dots, hyphens
// and underscores only, at most 100 characters, with the extension of the real type.
std::string safe_filename(std::string_view typed, const DocumentType& type);

}  // namespace sendhub::record
