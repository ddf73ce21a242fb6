// Decodes application/x-www-form-urlencoded bodies and URL query strings.
// Untrusted input: every failure is a value with a plain-English message, never an exception,
// and the decoder never yields invalid UTF-8 or NUL bytes, so nothing corrupt reaches storage.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/error.h"

namespace sendhub::web {

// Fields in the order sent; a name may repeat (checkboxes).
class FormFields {
 public:
  void add(std::string name, std::string value) { fields_.emplace_back(std::move(name), std::move(value)); }
  // The first value for name, or an empty string.
  std::string get(std::string_view name) const;
  std::vector<std::string> get_all(std::string_view name) const;
  bool has(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& all() const { return fields_; }
  std::size_t size() const { return fields_.size(); }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

struct FormLimits {
  std::size_t max_fields = 1000;
  std::size_t max_name_bytes = 256;
};

// Percent-decodes one component; plus_is_space for form bodies and queries.
Result<std::string> percent_decode(std::string_view in, bool plus_is_space);

Result<FormFields> decode_form(std::string_view body, const FormLimits& limits = {});

// True when s is well-formed UTF-8 with no NUL and no overlong or surrogate encodings.
bool is_clean_utf8(std::string_view s);

}  // namespace sendhub::web
