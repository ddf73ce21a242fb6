#include "domain/kpi/compute.h"

#include <algorithm>

#include "domain/kpi/counting.h"

namespace sendhub::kpi {
namespace {

using detail::Hit;
using detail::Keys;

// How many cells a dimension has: fixed lists and the area's own tables.
std::size_t cells_in(const AreaFacts& area, Dimension d) {
  switch (d) {
    case Dimension::la: return area.las.size();
    case Dimension::district: return area.districts.size();
    case Dimension::organisation: return area.organisations.size();
    default: return labels(d).size() + 1;  // for advisers, statutory::Adviser's order: none, then the list
  }
}

Cell cell_of(const AreaFacts& area, Dimension d, std::size_t code, const Figure& f) {
  auto named = [&](const std::vector<std::string>& table) { return Cell{table[code], table[code].empty() ? "Not recorded" : table[code], f}; };
  switch (d) {
    case Dimension::la: return named(area.las);
    case Dimension::district: return named(area.districts);
    case Dimension::organisation: return named(area.organisations);
    default: {
      auto list = labels(d);
      if (code == 0 || code > list.size()) return Cell{"", "Not recorded", f};
      return Cell{std::string(list[code - 1].code), std::string(list[code - 1].meaning), f};
    }
  }
}

struct Tally {
  Figure total;
  std::vector<std::pair<Dimension, std::vector<Figure>>> by;
};

}  // namespace

std::optional<double> value_of(Unit unit, const Figure& f) {
  switch (unit) {
    case Unit::count: return static_cast<double>(f.numerator);
    case Unit::percent:
    case Unit::per_100:
      if (f.denominator == 0) return std::nullopt;
      return 100.0 * static_cast<double>(f.numerator) / static_cast<double>(f.denominator);
    case Unit::weeks:
      if (f.denominator == 0) return std::nullopt;
      return static_cast<double>(f.numerator) / 7.0 / static_cast<double>(f.denominator);
  }
  return std::nullopt;
}

std::vector<KpiFigure> compute_kpis(const AreaFacts& area, const Period& period, const Filter& filter, bool with_breakdowns,
                                    Scope scope) {
  const auto defs = definitions();
  const bool headline = scope == Scope::headline_by_la_and_need;
  std::vector<Tally> tallies(defs.size());
  std::vector<bool> wanted(defs.size());
  for (std::size_t k = 0; k < defs.size(); ++k) {
    wanted[k] = !headline || defs[k].headline;
    if (!with_breakdowns || !wanted[k]) continue;
    for (Dimension d : defs[k].breakdowns)
      if (!headline || d == Dimension::la || d == Dimension::need) tallies[k].by.emplace_back(d, std::vector<Figure>(cells_in(area, d)));
  }
  bool by_age = false;
  for (const auto& t : tallies)
    for (const auto& b : t.by) by_age = by_age || b.first == Dimension::age_band;
  detail::Walk(area, period, filter, by_age).run([&](const Hit& h, const Keys& keys) {
    if (!wanted[h.kpi]) return;
    Tally& t = tallies[h.kpi];
    t.total.numerator += h.numerator;
    t.total.denominator += h.denominator;
    for (auto& [d, cells] : t.by) {
      Figure& f = cells[keys[static_cast<std::size_t>(d)]];
      f.numerator += h.numerator;
      f.denominator += h.denominator;
    }
  });
  std::vector<KpiFigure> out;
  out.reserve(defs.size());
  for (std::size_t k = 0; k < defs.size(); ++k) {
    if (!wanted[k]) continue;
    KpiFigure fig{&defs[k], tallies[k].total, {}};
    for (const auto& [d, cells] : tallies[k].by) {
      Breakdown b{d, {}};
      for (std::size_t code = 0; code < cells.size(); ++code)
        if (cells[code].numerator != 0 || cells[code].denominator != 0) b.cells.push_back(cell_of(area, d, code, cells[code]));
      // The area's own tables grow in the order things were written: list them by name instead.
      if (labels(d).empty())
        std::sort(b.cells.begin(), b.cells.end(), [](const Cell& x, const Cell& y) { return x.code < y.code; });
      fig.breakdowns.push_back(std::move(b));
    }
    out.push_back(std::move(fig));
  }
  return out;
}

std::vector<Contribution> contributions(const AreaFacts& area, std::string_view kpi_id, const Period& period, const Filter& filter,
                                        std::optional<CellChoice> cell) {
  std::vector<Contribution> out;
  const Definition* def = definition(kpi_id);
  if (!def) return out;
  const auto kpi = static_cast<detail::K>(def - definitions().data());
  detail::Walk(area, period, filter).run([&](const Hit& h, const Keys& keys) {
    if (h.kpi != kpi) return;
    if (cell && keys[static_cast<std::size_t>(cell->dimension)] != cell->code) return;
    out.push_back({h.source, h.index, h.numerator != 0, h.denominator != 0});
  });
  return out;
}

}  // namespace sendhub::kpi
