// The ways a figure can be broken down or filtered: the DfE's codes for need, sex and ethnicity
// (the lists in domain/record), the SEN2 cease reasons, where a child is educated and the age
// bands the DfE publishes. A code is the position in its list plus one; 0 is "not recorded".
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/kpi/area_facts.h"
#include "domain/record/child_details.h"

namespace sendhub::kpi {

enum class Dimension { la, need, age_band, setting_type, ethnicity, sex, district, cease_reason, adviser, organisation, weeks_band };

std::string_view to_string(Dimension d);
std::optional<Dimension> dimension_from_string(std::string_view s);
// The heading a page shows, e.g. "Primary need".
std::string_view heading(Dimension d);

// Fixed lists (need, sex, ethnicity, setting type, age band, cease reason, adviser, weeks band);
// la, district and organisation come from the area and return an empty span.
std::span<const record::Code> labels(Dimension d);

// Setting types: where a child with a plan is educated.
inline constexpr CodeIndex mainstream = 1, resourced_provision = 2, special = 3, independent = 4, post16 = 5, early_years = 6,
                      elective_home = 7, neet = 8, other_setting = 9;
inline bool in_mainstream(CodeIndex setting_type) { return setting_type == mainstream || setting_type == resourced_provision; }

// The position-plus-one of a code in a fixed list, 0 when it is empty or not in the list.
CodeIndex code_of(Dimension d, std::string_view code);

// DfE age bands on one day: under 5, 5-10, 11-15, 16-19, 20-25 (codes 1-5), 0 when unknown
// or over 25. The birthdays are worked out once, so banding a child is five comparisons.
class AgeBands {
 public:
  explicit AgeBands(Day on);
  CodeIndex of(Day born) const;

 private:
  Day on_;
  Day cut_[5];  // born on or before cut_[i]: at least 5, 11, 16, 20, 26 on `on`
};

// Time to issue a plan, in the DfE's bands: by the 20-week due date (codes 1), later but within
// a year (2), over a year (3); 0 when not issued.
CodeIndex weeks_band(Day received, Day due, Day issued);

}  // namespace sendhub::kpi
