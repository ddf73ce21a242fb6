#include "domain/plan/vocabulary.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace sendhub::plan {
namespace {

constexpr std::array<Term, 7> kinds{{
    {"aspiration", "Hopes and aspirations"},
    {"interests", "What I like and what matters to me"},
    {"strengths", "What I am good at"},
    {"history", "My story so far"},
    {"communication", "How I communicate and take part in decisions"},
    {"how_views_gathered", "How these views were gathered"},
    {"other", "Other"},
}};

constexpr std::array<Term, 4> voice_terms{{
    {"child", "The child, in their words"},
    {"young_person", "The young person, in their words"},
    {"parent", "Parent or carer"},
    {"professional", "A professional"},
}};

constexpr std::array<Term, 6> areas{{
    {"communication_and_interaction", "Communication and interaction"},
    {"cognition_and_learning", "Cognition and learning"},
    {"semh", "Social, emotional and mental health"},
    {"sensory_and_physical", "Sensory and physical"},
    {"health", "Health"},
    {"social_care", "Social care"},
}};

constexpr std::array<Term, 7> york{{
    {"I am healthy", "I am healthy"},
    {"I have a choice and I am heard", "I have a choice and I am heard"},
    {"I am safe", "I am safe"},
    {"I achieve my goals", "I achieve my goals"},
    {"I am included", "I am included"},
    {"I can overcome challenges and difficulties on my own or with support",
     "I can overcome challenges and difficulties on my own or with support"},
    {"I am becoming independent", "I am becoming independent"},
}};

constexpr std::array<Term, 4> pfa{{
    {"employment", "Employment and higher education"},
    {"independent_living", "Independent living"},
    {"community", "Friends, relationships and community"},
    {"health", "Good health"},
}};

constexpr std::array<Term, 6> units{{
    {"day", "each school day"},
    {"week", "each week"},
    {"fortnight", "each fortnight"},
    {"half_term", "each half term"},
    {"term", "each term"},
    {"year", "each school year"},
}};

constexpr std::array<Term, 3> delivery_terms{{
    {"direct", "Given to the child or young person"},
    {"indirect", "Through others (training, advice, a programme)"},
    {"resource", "Equipment, materials or arrangements"},
}};

constexpr std::array<Term, 8> roles{{
    {"parent", "Parent or carer"},
    {"young_person", "The young person"},
    {"education", "Education (school or setting)"},
    {"health", "Health"},
    {"psychology", "Educational psychology"},
    {"social_care", "Social care"},
    {"preparing_for_adulthood", "Preparing for adulthood"},
    {"other", "Other"},
}};

constexpr std::array<Term, 4> provision_terms{{
    {"F", "Special educational provision"},
    {"G", "Health care provision"},
    {"H1", "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)"},
    {"H2", "Other social care provision"},
}};

constexpr std::array<Term, 21> phases{{
    {"end_of_eyfs", "The end of the early years foundation stage"},
    {"end_of_key_stage_1", "The end of key stage 1 (year 2)"},
    {"end_of_key_stage_2", "The end of key stage 2 (year 6)"},
    {"end_of_key_stage_3", "The end of key stage 3 (year 9)"},
    {"end_of_key_stage_4", "The end of key stage 4 (year 11)"},
    {"end_of_key_stage_5", "The end of key stage 5 (year 13)"},
    {"end_of_year_r", "The end of reception"},
    {"end_of_year_1", "The end of year 1"},   {"end_of_year_2", "The end of year 2"},
    {"end_of_year_3", "The end of year 3"},   {"end_of_year_4", "The end of year 4"},
    {"end_of_year_5", "The end of year 5"},   {"end_of_year_6", "The end of year 6"},
    {"end_of_year_7", "The end of year 7"},   {"end_of_year_8", "The end of year 8"},
    {"end_of_year_9", "The end of year 9"},   {"end_of_year_10", "The end of year 10"},
    {"end_of_year_11", "The end of year 11"}, {"end_of_year_12", "The end of year 12"},
    {"end_of_year_13", "The end of year 13"}, {"end_of_year_14", "The end of year 14"},
}};

std::optional<int> small_number(std::string_view s) {
  int n = 0;
  if (s.empty() || s.size() > 2 || s[0] == '0') return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return n;
}

}  // namespace

std::span<const Term> section_a_kinds() { return kinds; }
std::span<const Term> voices() { return voice_terms; }
std::span<const Term> need_areas() { return areas; }
std::span<const Term> york_outcomes() { return york; }
std::span<const Term> pfa_areas() { return pfa; }
std::span<const Term> frequency_units() { return units; }
std::span<const Term> deliveries() { return delivery_terms; }
std::span<const Term> advice_roles() { return roles; }
std::span<const Term> provision_sections() { return provision_terms; }
std::span<const Term> phase_ends() { return phases; }

bool is_one_of(std::span<const Term> terms, std::string_view code) {
  return std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.code == code; });
}

std::string_view label_of(std::span<const Term> terms, std::string_view code) {
  for (const auto& t : terms)
    if (t.code == code) return t.label;
  return code;
}

bool area_fits_section(std::string_view area, std::string_view section) {
  if (section == "B")
    return area == "communication_and_interaction" || area == "cognition_and_learning" || area == "semh" ||
           area == "sensory_and_physical";
  if (section == "C") return area == "health";
  if (section == "D") return area == "social_care";
  return false;
}

bool is_phase_end(std::string_view by) {
  if (by == "end_of_eyfs" || by == "end_of_year_r") return true;
  if (by.starts_with("end_of_key_stage_")) {
    auto n = small_number(by.substr(17));
    return n && *n >= 1 && *n <= 5;
  }
  if (by.starts_with("end_of_year_")) {
    auto n = small_number(by.substr(12));
    return n && *n >= 1 && *n <= 14;
  }
  return false;
}

std::optional<double> sessions_per_week(double count, std::string_view unit) {
  if (unit == "day") return count * 5;
  if (unit == "week") return count;
  if (unit == "fortnight") return count / 2;
  if (unit == "half_term") return count / 6.5;
  if (unit == "term") return count / 13;
  if (unit == "year") return count / 39;
  return std::nullopt;
}

bool is_year_group(std::string_view code) { return code == "X" || school_year_age(code).has_value(); }

std::optional<int> school_year_age(std::string_view g) {
  if (g == "E1") return 0;
  if (g == "E2") return 1;
  if (g == "N1") return 2;
  if (g == "N2") return 3;
  if (g == "R") return 4;
  auto n = small_number(g);
  if (n && *n >= 1 && *n <= 14) return *n + 4;
  return std::nullopt;
}

int age_on(calendar::Date date_of_birth, calendar::Date day) {
  const std::chrono::year_month_day born{date_of_birth}, on{day};
  int years = static_cast<int>(on.year()) - static_cast<int>(born.year());
  const auto md_on = std::pair{static_cast<unsigned>(on.month()), static_cast<unsigned>(on.day())};
  const auto md_born = std::pair{static_cast<unsigned>(born.month()), static_cast<unsigned>(born.day())};
  if (md_on < md_born) --years;
  return years;
}

calendar::Date august_before_school_year(calendar::Date day) {
  const std::chrono::year_month_day ymd{day};
  const int y = static_cast<int>(ymd.year()) - (ymd.month() >= std::chrono::September ? 0 : 1);
  return std::chrono::sys_days{std::chrono::year{y} / std::chrono::August / 31};
}

}  // namespace sendhub::plan
