// What a family types in "where": a full postcode ("yo10 5dd") or just its first part, the
// postcode district ("YO10"). Normalised the Royal Mail way (upper case, one space before the
// last three characters); anything else gets a message saying what to type.
#pragma once

#include <string>
#include <string_view>

#include "domain/error.h"

namespace sendhub::local_offer {

struct Place {
  std::string postcode;  // "YO10 5DD", or empty when only a district was given
  std::string district;  // "YO10"
  // What to show back: the postcode, else the district.
  const std::string& label() const { return postcode.empty() ? district : postcode; }
};

Result<Place> parse_place(std::string_view typed);

// True for the shapes of an outward code: A9, A99, AA9, AA99, A9A, AA9A (and GIR).
bool is_postcode_district(std::string_view upper_no_spaces);

}  // namespace sendhub::local_offer
