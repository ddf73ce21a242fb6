// Every KPI SENDhub reports, defined once: what is counted, from which events, and why it
// matters. Pages show the definition next to the figure, `sendhub kpi --json` prints it, and
// compute.cpp counts exactly what is written here (definitions_test.cpp holds it to that).
#pragma once

#include <span>
#include <string_view>

#include "domain/kpi/breakdowns.h"

namespace sendhub::kpi {

enum class Unit {
  percent,  // numerator out of denominator, as a percentage
  count,    // the numerator alone
  weeks,    // numerator days over denominator cases, as an average in weeks
  per_100,  // numerator per 100 of the denominator
};
std::string_view to_string(Unit u);

struct Definition {
  std::string_view id, title;
  Unit unit;
  std::string_view counted;  // what is counted, in plain English
  std::string_view events;   // which recorded events it is counted from
  std::string_view why;      // why the partnership watches it
  std::string_view rule_id;  // the statutory time limit it measures, if any (statutory/rules.cpp)
  bool higher_is_better;
  bool headline;             // shown as a tile on the board dashboard
  std::span<const Dimension> breakdowns;
};

std::span<const Definition> definitions();
const Definition* definition(std::string_view id);

}  // namespace sendhub::kpi
