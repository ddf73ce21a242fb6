#include "domain/kpi/breakdowns.h"

#include <algorithm>
#include <array>

#include "domain/review/ceasing.h"

namespace sendhub::kpi {
namespace {

using Label = record::Code;

constexpr std::array<Label, 9> setting_codes{{{"mainstream", "Mainstream school or college"},
                                             {"resourced_provision", "Resourced provision or SEN unit in a mainstream school"},
                                             {"special", "Special school"},
                                             {"independent", "Independent or non-maintained special school"},
                                             {"post16", "Further education or other post-16 provision"},
                                             {"early_years", "Early years setting"},
                                             {"elective_home", "Educated at home by parents' choice"},
                                             {"neet", "Not in education, employment or training"},
                                             {"other", "Other arrangements"}}};
constexpr std::array<Label, 5> age_codes{{{"0-4", "Under 5"}, {"5-10", "5 to 10"}, {"11-15", "11 to 15"}, {"16-19", "16 to 19"},
                                         {"20-25", "20 to 25"}}};
constexpr std::array<Label, 3> weeks_codes{{{"within_20", "20 weeks or less"}, {"20_to_52", "Over 20 weeks, up to a year"},
                                           {"over_52", "Over a year"}}};
constexpr std::array<Label, 7> adviser_codes{{{"parent", "Parent or young person"}, {"education", "Education"}, {"health", "Health"},
                                             {"psychology", "Educational psychology"}, {"social_care", "Social care"},
                                             {"preparing_for_adulthood", "Preparing for adulthood"}, {"other", "Other"}}};

struct Named {
  Dimension d;
  std::string_view name, heading;
};
constexpr std::array<Named, 11> names{{{Dimension::la, "la", "Local authority"},
                                       {Dimension::need, "need", "Primary need"},
                                       {Dimension::age_band, "age_band", "Age band"},
                                       {Dimension::setting_type, "setting_type", "Where educated"},
                                       {Dimension::ethnicity, "ethnicity", "Ethnicity"},
                                       {Dimension::sex, "sex", "Sex"},
                                       {Dimension::district, "district", "Postcode district"},
                                       {Dimension::cease_reason, "cease_reason", "Why the plan ended"},
                                       {Dimension::adviser, "adviser", "Type of advice"},
                                       {Dimension::organisation, "organisation", "Organisation"},
                                       {Dimension::weeks_band, "weeks_band", "Time to issue"}}};

std::span<const Label> cease_codes() {
  static const std::vector<Label> codes = [] {
    std::vector<Label> out;
    for (const auto& r : review::cease_reasons()) out.push_back({r.code, r.label});
    return out;
  }();
  return codes;
}

}  // namespace

std::string_view to_string(Dimension d) {
  for (const auto& n : names)
    if (n.d == d) return n.name;
  return "";
}

std::optional<Dimension> dimension_from_string(std::string_view s) {
  for (const auto& n : names)
    if (n.name == s) return n.d;
  return std::nullopt;
}

std::string_view heading(Dimension d) {
  for (const auto& n : names)
    if (n.d == d) return n.heading;
  return "";
}

std::span<const Label> labels(Dimension d) {
  switch (d) {
    case Dimension::need: return record::needs();
    case Dimension::sex: return record::sexes();
    case Dimension::ethnicity: return record::ethnicities();
    case Dimension::setting_type: return setting_codes;
    case Dimension::age_band: return age_codes;
    case Dimension::weeks_band: return weeks_codes;
    case Dimension::adviser: return adviser_codes;
    case Dimension::cease_reason: return cease_codes();
    default: return {};
  }
}

kpi::CodeIndex code_of(Dimension d, std::string_view code) {
  if (code.empty()) return unknown;
  const auto list = labels(d);
  auto it = std::find_if(list.begin(), list.end(), [&](const Label& c) { return c.code == code; });
  return it == list.end() ? unknown : static_cast<kpi::CodeIndex>(it - list.begin() + 1);
}

// A child is at least N on `on` when born on or before `on` less N years; with no such day
// (29 February in another year) the day before, so a child born on 29 February turns N on 1 March.
AgeBands::AgeBands(Day on) : on_(on) {
  const auto end = std::chrono::year_month_day{date_of(on)};
  constexpr int ages[] = {5, 11, 16, 20, 26};
  for (std::size_t i = 0; i < 5; ++i) {
    auto ymd = std::chrono::year_month_day{end.year() - std::chrono::years{ages[i]}, end.month(), end.day()};
    if (!ymd.ok()) ymd = std::chrono::year_month_day{ymd.year() / ymd.month() / std::chrono::last};
    cut_[i] = day_of(std::chrono::sys_days{ymd});
  }
}

kpi::CodeIndex AgeBands::of(Day born) const {
  if (born == no_day || on_ == no_day || born > on_) return unknown;
  kpi::CodeIndex band = 1;
  for (Day cut : cut_) {
    if (born > cut) return band;
    ++band;
  }
  return unknown;
}

kpi::CodeIndex weeks_band(Day received, Day due, Day issued) {
  if (received == no_day || issued == no_day) return unknown;
  constexpr Day year = 52 * 7;  // the DfE's reporting band, not a time limit
  if (issued <= due) return 1;
  return issued - received <= year ? 2 : 3;
}

}  // namespace sendhub::kpi
