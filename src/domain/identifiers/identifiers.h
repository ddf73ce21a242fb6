// Identifiers used in SEND records and returns, each checked as its issuer defines it. Every
// parser returns the normalised identifier or an error that says what is wrong in plain English.
#pragma once

#include <string>
#include <string_view>

#include "domain/error.h"

namespace sendhub::identifiers {

// Unique pupil number (DfE): a check letter then 12 digits, or for a temporary UPN 11 digits and
// a letter. The check letter is the modulus-23 weighted sum of characters 2 to 13.
Result<std::string> parse_upn(std::string_view text);
bool is_temporary_upn(std::string_view upn);
char upn_check_letter(std::string_view characters_2_to_13);

// NHS number: 10 digits, the last a modulus-11 check digit. Spaces are allowed when typed.
Result<std::string> parse_nhs_number(std::string_view text);
// "943 476 5919" for display.
std::string format_nhs_number(std::string_view nhs_number);

// School unique reference number: 6 digits.
Result<std::string> parse_urn(std::string_view text);
// UK provider reference number: 8 digits starting with 1.
Result<std::string> parse_ukprn(std::string_view text);
// DfE local authority code: 3 digits (e.g. 816 for York).
Result<std::string> parse_la_code(std::string_view text);

// UK postcode, normalised to upper case with one space before the inward code ("YO1 7HH").
Result<std::string> parse_postcode(std::string_view text);
// "YO1" from "YO1 7HH": the outward code (postcode district).
std::string postcode_district(std::string_view normalised_postcode);

}  // namespace sendhub::identifiers
