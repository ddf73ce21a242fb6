#include "domain/local_offer/place.h"

#include "domain/identifiers/identifiers.h"

namespace sendhub::local_offer {

bool is_postcode_district(std::string_view s) {
  if (s == "GIR") return true;  // GIR 0AA, the one postcode outside the pattern
  std::string shape;
  for (char c : s) shape.push_back(c >= 'A' && c <= 'Z' ? 'A' : c >= '0' && c <= '9' ? '9' : '?');
  return shape == "A9" || shape == "A99" || shape == "AA9" || shape == "AA99" || shape == "A9A" || shape == "AA9A";
}

Result<Place> parse_place(std::string_view typed) {
  std::string compact;
  for (char c : typed) {
    if (c == ' ' || c == '\t') continue;
    compact.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  if (compact.empty()) return fail(ErrorCode::invalid_input, "Enter a postcode, like YO1 7HH", "where");
  if (compact.size() <= 4 && is_postcode_district(compact)) return Place{"", compact};
  auto full = identifiers::parse_postcode(compact);
  if (!full)
    return fail(ErrorCode::invalid_input,
                "Enter a real postcode, like YO1 7HH, or the first part of one, like YO10", "where");
  return Place{*full, identifiers::postcode_district(*full)};
}

}  // namespace sendhub::local_offer
