// The closed lists of `sendhub-plan/1` (plan-format.md §4), each code with the words a family
// reads on the page. One table per list, so the reader, the forms and the rendering agree.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/calendar/date.h"

namespace sendhub::plan {

struct Term {
  std::string_view code, label;
};

std::span<const Term> section_a_kinds();  // aspiration, interests … (§4.2)
std::span<const Term> voices();           // child, young_person, parent, professional (§4.3)
std::span<const Term> need_areas();       // B's four areas, then health (C) and social_care (D)
std::span<const Term> york_outcomes();    // the seven exact statements (§4.4); label = code
std::span<const Term> pfa_areas();        // employment, independent_living, community, health (§4.5)
std::span<const Term> frequency_units();  // day … year (§4.7)
std::span<const Term> deliveries();       // direct, indirect, resource
std::span<const Term> advice_roles();     // parent … other (§4.8)
std::span<const Term> provision_sections();  // F, G, H1, H2 with their headings

bool is_one_of(std::span<const Term> terms, std::string_view code);
// The label for a code, or the code itself when it is not in the list.
std::string_view label_of(std::span<const Term> terms, std::string_view code);

// The area a need in this section must have: nullopt for B (any of the four), "health" for C,
// "social_care" for D. False when the area does not fit the section.
bool area_fits_section(std::string_view area, std::string_view section);

// `end_of_eyfs`, `end_of_key_stage_1`…`5`, `end_of_year_r`, `end_of_year_1`…`14` (§4.6).
bool is_phase_end(std::string_view by);
std::span<const Term> phase_ends();  // every phase end with its words, for forms

// Sessions a week for comparisons (§4.7): count × 5 for a day, ÷ 2 for a fortnight …
std::optional<double> sessions_per_week(double count, std::string_view unit);

// Year groups (§4.1): E1, E2, N1, N2, R, 1 … 14 and X. The age on the 31 August before the
// school year; nullopt for X and for anything that is not a code.
bool is_year_group(std::string_view code);
std::optional<int> school_year_age(std::string_view year_group);

// Whole years from date of birth to the day (§5: a 29 February birthday is reached on 1 March).
int age_on(calendar::Date date_of_birth, calendar::Date day);
// The 31 August just before the school year (1 September to 31 August) that contains the day.
calendar::Date august_before_school_year(calendar::Date day);

}  // namespace sendhub::plan
