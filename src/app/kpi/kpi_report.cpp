#include "app/kpi/kpi_report.h"

#include <cmath>

#include "domain/statutory/rules.h"

namespace sendhub::app::kpi {
namespace {

// Counts as integers; rates to one decimal place, as the DfE publishes them.
boost::json::value value_json(k::Unit unit, const k::Figure& f) {
  if (unit == k::Unit::count) return f.numerator;
  auto v = k::value_of(unit, f);
  if (!v) return nullptr;
  return std::round(*v * 10) / 10;
}

boost::json::object figure_json(k::Unit unit, const k::Figure& f) {
  return {{"value", value_json(unit, f)}, {"numerator", f.numerator}, {"denominator", f.denominator}};
}

}  // namespace

Result<KpiQuery> kpi_query(const LoadedArea& area, const std::string& from, const std::string& to, const std::string& la,
                           calendar::Date today) {
  KpiQuery q;
  calendar::Date end = today;
  if (!to.empty()) {
    auto parsed = calendar::parse_date(to);
    if (!parsed) return fail(ErrorCode::invalid_input, "The end of the period must be a date like 2027-01-21", "to");
    end = *parsed;
  }
  calendar::Date start = calendar::add_days(calendar::add_months(end, -12), 1);
  if (!from.empty()) {
    auto parsed = calendar::parse_date(from);
    if (!parsed) return fail(ErrorCode::invalid_input, "The start of the period must be a date like 2026-01-01", "from");
    start = *parsed;
  }
  if (start > end) return fail(ErrorCode::invalid_input, "The start of the period must be on or before its end", "from");
  q.period = {k::day_of(start), k::day_of(end)};
  if (!la.empty()) {
    auto it = area.index.las.find(la);
    if (it == area.index.las.end())
      return fail(ErrorCode::invalid_input, "There is no local authority " + la + " in this record: use its 3-digit code, like 816", "la");
    q.filter.la = static_cast<std::uint16_t>(it->second);
    q.la_code = la;
  }
  return q;
}

boost::json::object kpi_json(const LoadedArea& area, const KpiQuery& query) {
  boost::json::array kpis;
  for (const auto& fig : k::compute_kpis(area.facts, query.period, query.filter, true, query.scope)) {
    const auto& d = *fig.definition;
    boost::json::object def{{"counted", d.counted}, {"events", d.events}, {"why", d.why}};
    if (!d.rule_id.empty()) {
      const auto& rule = statutory::rule(d.rule_id);
      def["rule"] = {{"id", rule.id}, {"regulation", rule.regulation}};
    }
    boost::json::object breakdowns;
    for (const auto& b : fig.breakdowns) {
      boost::json::array cells;
      for (const auto& c : b.cells) {
        auto cell = figure_json(d.unit, c.figure);
        cell["code"] = c.code;
        cell["label"] = c.label;
        cells.push_back(std::move(cell));
      }
      breakdowns[k::to_string(b.dimension)] = std::move(cells);
    }
    auto entry = figure_json(d.unit, fig.figure);
    entry["id"] = d.id;
    entry["title"] = d.title;
    entry["unit"] = k::to_string(d.unit);
    entry["higher_is_better"] = d.higher_is_better;
    entry["definition"] = std::move(def);
    entry["breakdowns"] = std::move(breakdowns);
    kpis.push_back(std::move(entry));
  }
  return {{"period", {{"from", calendar::format_date(k::date_of(query.period.from))}, {"to", calendar::format_date(k::date_of(query.period.to))}}},
          {"la", query.la_code.empty() ? boost::json::value(nullptr) : boost::json::value(query.la_code)},
          {"children", area.facts.children.size()},
          {"histories_not_counted", area.index.histories_rejected},
          {"kpis", std::move(kpis)}};
}

}  // namespace sendhub::app::kpi
