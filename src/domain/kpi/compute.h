// The KPIs for a period, worked out from an area's facts in one pass over flat arrays, with
// each figure broken down as its definition says. Filters narrow every figure to some children
// (one authority, school, need, age band, ethnicity, sex or postcode district). The same
// counting lists the records behind a figure, for drill-down, so a list always adds up to the
// number it came from.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/kpi/definitions.h"

namespace sendhub::kpi {

struct Period {
  Day from = no_day, to = no_day;  // inclusive; `to` is also the day plans are counted "as at"
};

struct Filter {
  std::optional<std::uint16_t> la, district;
  std::optional<std::uint32_t> setting;
  CodeIndex need = unknown, age_band = unknown, ethnicity = unknown, sex = unknown, setting_type = unknown;  // unknown: any
};

struct Figure {
  std::int64_t numerator = 0, denominator = 0;
  bool operator==(const Figure&) const = default;
};
// The figure as its unit shows it; nothing when there is nothing to divide by.
std::optional<double> value_of(Unit unit, const Figure& f);

struct Cell {
  std::string code, label;  // code "" is "not recorded"
  Figure figure;
};
struct Breakdown {
  Dimension dimension;
  std::vector<Cell> cells;  // only cells with something counted, in list order
};
struct KpiFigure {
  const Definition* definition;
  Figure figure;
  std::vector<Breakdown> breakdowns;
};

// Which figures: every KPI with each breakdown its definition lists (the KPI pages, exports and
// `sendhub kpi`), or the board's headline KPIs broken down by authority and need only, the
// figures the dashboard's tiles read and which must be quick at England scale.
enum class Scope { every_kpi, headline_by_la_and_need };

// The KPIs in scope, in definitions() order.
std::vector<KpiFigure> compute_kpis(const AreaFacts& area, const Period& period, const Filter& filter = {},
                                    bool with_breakdowns = true, Scope scope = Scope::every_kpi);

// Where a counted record lives in AreaFacts, for drill-down.
enum class Source : std::uint8_t { request, advice, review, transfer, plan, disagreement, appealable, choice, complaint };
struct Contribution {
  Source source;
  std::uint32_t index;
  bool in_numerator, in_denominator;
};
struct CellChoice {
  Dimension dimension;
  std::uint32_t code;  // the position in the breakdown's list plus one, or the area table index
};
// The records behind one KPI (optionally one cell of a breakdown); empty for an unknown id.
std::vector<Contribution> contributions(const AreaFacts& area, std::string_view kpi_id, const Period& period,
                                        const Filter& filter = {}, std::optional<CellChoice> cell = std::nullopt);

}  // namespace sendhub::kpi
