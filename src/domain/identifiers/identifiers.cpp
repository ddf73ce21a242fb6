#include "domain/identifiers/identifiers.h"

#include <algorithm>
#include <cctype>

namespace sendhub::identifiers {
namespace {

// Letters used for UPN check letters and temporary UPNs: A–Z without I, O and S.
constexpr std::string_view upn_letters = "ABCDEFGHJKLMNPQRTUVWXYZ";

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string strip(std::string_view text, bool upper) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '-') continue;
    out.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
  }
  return out;
}

std::unexpected<Error> invalid(std::string message, std::string field) {
  return std::unexpected(Error{ErrorCode::invalid_input, std::move(message), std::move(field)});
}

}  // namespace

char upn_check_letter(std::string_view s) {
  int sum = 0;
  for (std::size_t i = 0; i < s.size() && i < 12; ++i) {
    int value = (s[i] >= '0' && s[i] <= '9') ? s[i] - '0' : static_cast<int>(upn_letters.find(s[i]));
    sum += value * static_cast<int>(i + 2);
  }
  return upn_letters[static_cast<std::size_t>(sum % 23)];
}

bool is_temporary_upn(std::string_view upn) { return upn.size() == 13 && std::isalpha(static_cast<unsigned char>(upn[12])); }

Result<std::string> parse_upn(std::string_view text) {
  std::string upn = strip(text, true);
  if (upn.size() != 13) return invalid("A UPN must be 13 characters: a letter then 12 characters", "upn");
  if (upn_letters.find(upn[0]) == std::string_view::npos)
    return invalid("A UPN must start with a check letter (A to Z, not I, O or S)", "upn");
  if (!all_digits(std::string_view(upn).substr(1, 11)))
    return invalid("Characters 2 to 12 of a UPN must be digits", "upn");
  char last = upn[12];
  if (!(last >= '0' && last <= '9') && upn_letters.find(last) == std::string_view::npos)
    return invalid("The last character of a UPN must be a digit, or a letter (not I, O or S) for a temporary UPN", "upn");
  if (upn_check_letter(std::string_view(upn).substr(1)) != upn[0])
    return invalid("The UPN's check letter does not match its digits: check it has been copied correctly", "upn");
  return upn;
}

Result<std::string> parse_nhs_number(std::string_view text) {
  std::string n = strip(text, false);
  if (n.size() != 10 || !all_digits(n)) return invalid("An NHS number must be 10 digits", "nhs_number");
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (n[static_cast<std::size_t>(i)] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10 || check != n[9] - '0')
    return invalid("This is not a valid NHS number: check it has been copied correctly", "nhs_number");
  return n;
}

std::string format_nhs_number(std::string_view n) {
  if (n.size() != 10) return std::string(n);
  return std::string(n.substr(0, 3)) + " " + std::string(n.substr(3, 3)) + " " + std::string(n.substr(6));
}

Result<std::string> parse_urn(std::string_view text) {
  std::string s = strip(text, false);
  if (s.size() != 6 || !all_digits(s)) return invalid("A school URN must be 6 digits", "urn");
  return s;
}

Result<std::string> parse_ukprn(std::string_view text) {
  std::string s = strip(text, false);
  if (s.size() != 8 || !all_digits(s) || s[0] != '1') return invalid("A UKPRN must be 8 digits starting with 1", "ukprn");
  return s;
}

Result<std::string> parse_la_code(std::string_view text) {
  std::string s = strip(text, false);
  if (s.size() != 3 || !all_digits(s)) return invalid("A local authority code must be 3 digits, for example 816", "la_code");
  return s;
}

Result<std::string> parse_postcode(std::string_view text) {
  std::string s = strip(text, true);
  if (s == "GIR0AA") return std::string("GIR 0AA");
  auto alpha = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (s.size() < 5 || s.size() > 7) return invalid("Enter a full UK postcode, like YO1 7HH", "postcode");
  std::string_view outward(s.data(), s.size() - 3), inward(s.data() + s.size() - 3, 3);
  // Inward code: digit then two letters (never C, I, K, M, O or V).
  auto inward_letter = [&](char c) { return alpha(c) && std::string_view("CIKMOV").find(c) == std::string_view::npos; };
  bool inward_ok = digit(inward[0]) && inward_letter(inward[1]) && inward_letter(inward[2]);
  // Outward code: A9, A99, AA9, AA99, A9A, AA9A.
  bool outward_ok = false;
  if (alpha(outward[0])) {
    std::string shape;
    for (char c : outward) shape.push_back(alpha(c) ? 'A' : digit(c) ? '9' : '?');
    outward_ok = shape == "A9" || shape == "A99" || shape == "AA9" || shape == "AA99" || shape == "A9A" || shape == "AA9A";
  }
  if (!inward_ok || !outward_ok) return invalid("Enter a real UK postcode, like YO1 7HH", "postcode");
  return std::string(outward) + " " + std::string(inward);
}

std::string postcode_district(std::string_view postcode) {
  auto space = postcode.find(' ');
  return std::string(space == std::string_view::npos ? postcode : postcode.substr(0, space));
}

}  // namespace sendhub::identifiers
