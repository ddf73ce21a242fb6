#include "domain/record/document_type.h"

#include <array>
#include <string>

namespace sendhub::record {
namespace {

constexpr DocumentType pdf{"application/pdf", "pdf", "PDF"};
constexpr DocumentType docx{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document"};
constexpr DocumentType png{"image/png", "png", "PNG image"};
constexpr DocumentType jpeg{"image/jpeg", "jpg", "JPEG image"};

}  // namespace

Result<DocumentType> check_document(std::string_view b) {
  if (b.empty()) return fail(ErrorCode::invalid_input, "The selected file is empty", "file");
  if (b.size() > max_document_bytes) return fail(ErrorCode::too_large, "The selected file must be smaller than 10MB", "file");
  if (b.starts_with("%PDF-")) return pdf;
  if (b.starts_with(std::string_view("\x89PNG\r\n\x1a\n", 8))) return png;
  if (b.starts_with(std::string_view("\xFF\xD8\xFF", 3))) return jpeg;
  // A DOCX is a zip whose parts include word/document.xml (named in the zip's directory).
  if (b.starts_with(std::string_view("PK\x03\x04", 4)) && b.find("word/document.xml") != std::string_view::npos) return docx;
  return fail(ErrorCode::invalid_input, "The selected file must be a PDF, a Word document (DOCX), a PNG or a JPEG", "file");
}

std::string safe_filename(std::string_view typed, const DocumentType& type) {
  auto slash = typed.find_last_of("/\\");
  if (slash != std::string_view::npos) typed.remove_prefix(slash + 1);
  auto dot = typed.find_last_of('.');
  if (dot != std::string_view::npos) typed = typed.substr(0, dot);
  std::string out;
  for (unsigned char c : typed)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '_') out += static_cast<char>(c);
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  if (out.size() > 90) out.resize(90);
  if (out.empty()) out = "document";
  return out + "." + std::string(type.extension);
}

}  // namespace sendhub::record
