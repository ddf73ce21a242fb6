#include "domain/record/child_details.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "domain/identifiers/identifiers.h"

namespace sendhub::record {
namespace {

constexpr std::array<Code, 3> sex_codes{{{"M", "Male"}, {"F", "Female"}, {"U", "Not known"}}};

// CBDS main ethnicity codes (18) with the two "not given" codes, as SEN2 accepts them.
constexpr std::array<Code, 20> ethnicity_codes{{
    {"WBRI", "White British"}, {"WIRI", "White Irish"}, {"WIRT", "Traveller of Irish heritage"},
    {"WOTH", "Any other White background"}, {"WROM", "Gypsy or Roma"}, {"MWBC", "White and Black Caribbean"},
    {"MWBA", "White and Black African"}, {"MWAS", "White and Asian"}, {"MOTH", "Any other mixed background"},
    {"AIND", "Indian"}, {"APKN", "Pakistani"}, {"ABAN", "Bangladeshi"}, {"AOTH", "Any other Asian background"},
    {"BCRB", "Black Caribbean"}, {"BAFR", "Black African"}, {"BOTH", "Any other Black background"},
    {"CHNE", "Chinese"}, {"OOTH", "Any other ethnic group"}, {"REFU", "Refused"}, {"NOBT", "Information not yet obtained"},
}};

constexpr std::array<Code, 12> need_codes{{
    {"SPLD", "Specific learning difficulty"}, {"MLD", "Moderate learning difficulty"}, {"SLD", "Severe learning difficulty"},
    {"PMLD", "Profound and multiple learning difficulty"}, {"SEMH", "Social, emotional and mental health"},
    {"SLCN", "Speech, language and communication needs"}, {"HI", "Hearing impairment"}, {"VI", "Vision impairment"},
    {"MSI", "Multi-sensory impairment"}, {"PD", "Physical disability"}, {"ASD", "Autistic spectrum disorder"},
    {"OTH", "Other difficulty or disability"},
}};

constexpr std::array<std::string_view, 17> year_group_codes{"N1", "N2", "R", "1", "2",  "3",  "4",  "5", "6",
                                                            "7",  "8",  "9", "10", "11", "12", "13", "14"};

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string trimmed(const std::string& s) {
  auto b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

template <std::size_t N>
bool known(const std::array<Code, N>& codes, std::string_view code) {
  return std::any_of(codes.begin(), codes.end(), [&](const Code& c) { return c.code == code; });
}

}  // namespace

std::span<const Code> sexes() { return sex_codes; }
std::span<const Code> ethnicities() { return ethnicity_codes; }
std::span<const Code> needs() { return need_codes; }
std::span<const std::string_view> year_groups() { return year_group_codes; }

std::vector<identity::FieldProblem> check_child_details(ChildDetails& d) {
  std::vector<identity::FieldProblem> problems;
  for (auto* s : {&d.upn, &d.nhs_number, &d.postcode, &d.sex, &d.ethnicity, &d.first_language, &d.communication_needs,
                  &d.year_group, &d.primary_need, &d.secondary_need})
    *s = trimmed(*s);
  if (!d.upn.empty()) {
    if (auto upn = identifiers::parse_upn(d.upn)) d.upn = *upn;
    else problems.push_back({"upn", "Enter a unique pupil number in the correct format, 13 characters with its check letter first: " + upn.error().message});
  }
  if (!d.nhs_number.empty()) {
    if (auto nhs = identifiers::parse_nhs_number(d.nhs_number)) d.nhs_number = *nhs;
    else problems.push_back({"nhs_number", "Enter a real NHS number, 10 digits like 943 476 5919"});
  }
  if (!d.postcode.empty()) {
    if (auto pc = identifiers::parse_postcode(d.postcode)) d.postcode = *pc;
    else problems.push_back({"postcode", "Enter a real postcode, like YO1 7HH"});
  }
  d.sex = upper(d.sex);
  if (!d.sex.empty() && !known(sex_codes, d.sex)) problems.push_back({"sex", "Select the child's sex, or Not known"});
  d.ethnicity = upper(d.ethnicity);
  if (!d.ethnicity.empty() && !known(ethnicity_codes, d.ethnicity)) problems.push_back({"ethnicity", "Select an ethnic group from the list"});
  d.year_group = upper(d.year_group);
  if (!d.year_group.empty() && std::find(year_group_codes.begin(), year_group_codes.end(), d.year_group) == year_group_codes.end())
    problems.push_back({"year_group", "Select a year group from the list"});
  d.primary_need = upper(d.primary_need);
  d.secondary_need = upper(d.secondary_need);
  if (!d.primary_need.empty() && !known(need_codes, d.primary_need)) problems.push_back({"primary_need", "Select the primary need from the list"});
  if (!d.secondary_need.empty() && !known(need_codes, d.secondary_need))
    problems.push_back({"secondary_need", "Select the secondary need from the list"});
  if (!d.secondary_need.empty() && d.secondary_need == d.primary_need)
    problems.push_back({"secondary_need", "The secondary need must be different from the primary need"});
  if (!d.secondary_need.empty() && d.primary_need.empty())
    problems.push_back({"primary_need", "Select the primary need before a secondary need"});
  if (d.first_language.size() > 100) problems.push_back({"first_language", "First language must be 100 characters or fewer"});
  if (d.communication_needs.size() > 2000)
    problems.push_back({"communication_needs", "Communication needs must be 2,000 characters or fewer"});
  return problems;
}

std::vector<std::string_view> changed_fields(const ChildDetails& a, const ChildDetails& b) {
  std::vector<std::string_view> out;
  auto check = [&](const std::string& x, const std::string& y, std::string_view label) {
    if (x != y) out.push_back(label);
  };
  check(a.upn, b.upn, "UPN");
  check(a.nhs_number, b.nhs_number, "NHS number");
  check(a.postcode, b.postcode, "Postcode");
  check(a.sex, b.sex, "Sex");
  check(a.ethnicity, b.ethnicity, "Ethnicity");
  check(a.first_language, b.first_language, "First language");
  check(a.communication_needs, b.communication_needs, "Communication needs");
  check(a.year_group, b.year_group, "Year group");
  check(a.primary_need, b.primary_need, "Primary need");
  check(a.secondary_need, b.secondary_need, "Secondary need");
  return out;
}

}  // namespace sendhub::record
