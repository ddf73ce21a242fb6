// Parses multipart/form-data bodies (RFC 7578). Only routes that opt in to uploads accept them;
// everything here is untrusted, so limits are enforced and failures are values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "web/form_decoder.h"

namespace sendhub::web {

struct UploadedFile {
  std::string field;         // form field name
  std::string filename;      // as sent by the browser: display only, never a path
  std::string content_type;  // as sent: never trusted, the content is checked by the use case
  std::string data;
};

struct MultipartBody {
  FormFields fields;
  std::vector<UploadedFile> files;
};

struct MultipartLimits {
  std::size_t max_parts = 100;
  std::size_t max_part_header_bytes = 8192;
};

// The boundary parameter of a multipart/form-data Content-Type, or an error.
Result<std::string> multipart_boundary(std::string_view content_type);

Result<MultipartBody> parse_multipart(std::string_view body, std::string_view boundary,
                                      const MultipartLimits& limits = {});

}  // namespace sendhub::web
