// The facts about a child that everyone would otherwise type again: identifiers, postcode, sex
// and ethnicity (the DfE's codes, as SEN2 and the census use them), languages and communication
// needs, year group and needs by DfE category. Checking is pure; storage keeps every version.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/identity/invitation_rules.h"

namespace sendhub::record {

struct ChildDetails {
  std::string upn;                // unique pupil number, with its check letter
  std::string nhs_number;         // 10 digits, modulus 11
  std::string postcode;
  std::string sex;                // M, F or U (SEN2)
  std::string ethnicity;          // CBDS code, e.g. WBRI; REFU refused; NOBT not obtained
  std::string first_language;     // in words
  std::string communication_needs;
  std::string year_group;         // N1, N2, R, 1 … 14
  std::string primary_need;       // SEN2 code, e.g. ASD
  std::string secondary_need;     // optional

  bool operator==(const ChildDetails&) const = default;
};

struct Code {
  std::string_view code, meaning;
};
std::span<const Code> sexes();
std::span<const Code> ethnicities();
std::span<const Code> needs();  // for EHC plans: not NSA
std::span<const std::string_view> year_groups();

// Normalises what was typed (upper-case codes, spaced postcode, NHS number digits) and reports
// every problem against its field. Every field may be left empty: not yet known.
std::vector<identity::FieldProblem> check_child_details(ChildDetails& details);

// Which fields differ, by their labels ("UPN", "Postcode" …), for the history of changes.
std::vector<std::string_view> changed_fields(const ChildDetails& before, const ChildDetails& after);

}  // namespace sendhub::record
