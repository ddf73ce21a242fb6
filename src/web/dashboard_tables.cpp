#include "web/dashboard_tables.h"

#include <algorithm>
#include <cmath>

#include "domain/export/csv.h"

namespace sendhub::web {
namespace {

const k::KpiFigure& pick(const std::vector<k::KpiFigure>& all, const k::Definition& def) {
  for (const auto& f : all)
    if (f.definition == &def) return f;
  return all.front();
}

std::vector<std::string> figure_cells(const k::Definition& def, const k::Figure& f) {
  if (def.unit == k::Unit::count) return {value_text(def.unit, f)};
  return {value_text(def.unit, f), grouped(f.numerator), grouped(f.denominator)};
}

std::vector<std::string> figure_headers(const k::Definition& def) {
  if (def.unit == k::Unit::count) return {"Number"};
  return {"Value", def.unit == k::Unit::weeks ? "Days in total" : "Counted", "Out of"};
}

exporting::XlsxCell number_or_mark(double v, bool hide) {
  if (hide) return std::string(suppressed_mark);
  return v;
}

std::vector<exporting::XlsxCell> export_cells(const k::Definition& def, const k::Figure& f, bool hide) {
  auto v = k::value_of(def.unit, f);
  exporting::XlsxCell value = hide ? exporting::XlsxCell{std::string(suppressed_mark)}
                                   : v ? exporting::XlsxCell{std::round(*v * 10) / 10} : exporting::XlsxCell{std::string("No data")};
  if (def.unit == k::Unit::count) return {value};
  return {value, number_or_mark(static_cast<double>(f.numerator), hide), number_or_mark(static_cast<double>(f.denominator), hide)};
}

std::string drill_of(k::Dimension d, const std::string& code) {
  return "&dim=" + std::string(k::to_string(d)) + "&code=" + (code.empty() ? "none" : code);
}

std::string target_words(const ShownKpi& s) {
  return s.target ? s.target->text : "None set";
}

}  // namespace

std::vector<bool> suppressed_cells(k::Unit unit, const std::vector<k::Figure>& cells) {
  std::vector<bool> hide(cells.size());
  std::size_t hidden = 0;
  for (std::size_t i = 0; i < cells.size(); ++i)
    if ((hide[i] = small_number(unit, cells[i]))) ++hidden;
  if (hidden == 1) {
    std::optional<std::size_t> next;
    for (std::size_t i = 0; i < cells.size(); ++i)
      if (!hide[i] && cells[i].denominator + cells[i].numerator > 0 &&
          (!next || cells[i].numerator + cells[i].denominator < cells[*next].numerator + cells[*next].denominator))
        next = i;
    if (next) hide[*next] = true;
  }
  return hide;
}

namespace {

// suppress: for a printed report, which leaves SENDhub like a download does.
KpiTables tables_of(const k::Definition& def, const std::vector<k::KpiFigure>& all, const std::vector<ShownKpi>& shown,
                    const std::vector<k::Period>& quarters, bool suppress) {
  KpiTables out;
  const auto& fig = pick(all, def);
  const auto& s = *std::find_if(shown.begin(), shown.end(), [&](const ShownKpi& x) { return x.figure.definition == &def; });
  auto cells = [&](const k::Figure& f, bool hide) {
    auto c = figure_cells(def, f);
    if (hide) std::fill(c.begin(), c.end(), std::string(suppressed_mark));
    return c;
  };
  auto hidden = [&](const k::Figure& f) { return suppress && small_number(def.unit, f); };
  out.value = hidden(fig.figure) ? std::string(suppressed_mark) : value_text(def.unit, fig.figure);
  out.target_text = target_words(s);
  out.status = s.target ? std::string(k::words(s.rag)) : "";
  out.status_tag = std::string(rag_tag(s.rag));
  out.trend = std::string(k::words(s.trend));
  if (s.target && s.target->kind != k::TargetKind::reduce_by_percent) out.target_value = s.target->value;
  const charts::Scale scale = def.unit == k::Unit::percent ? charts::Scale{0, 100} : charts::Scale{};

  PageTable whole{"The whole period", "whole", "Period", figure_headers(def), {}, {}, scale};
  whole.rows.push_back({"12 months", cells(fig.figure, hidden(fig.figure)), "&dim=all&code=all"});
  out.tables.push_back(std::move(whole));

  PageTable by_quarter{"By quarter", "by-quarter", "Quarter", figure_headers(def), {}, {}, scale};
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    const auto& f = s.by_quarter[i];
    out.trend_points.push_back({quarter_label(quarters[i].to), k::value_of(def.unit, f)});
    by_quarter.rows.push_back({"Quarter " + quarter_label(quarters[i].to), cells(f, hidden(f)), ""});
  }
  out.tables.push_back(std::move(by_quarter));

  for (const auto& b : fig.breakdowns) {
    PageTable t{"By " + std::string(k::heading(b.dimension)), std::string(k::to_string(b.dimension)), std::string(k::heading(b.dimension)), figure_headers(def), {}, {}, scale};
    std::vector<k::Figure> figures;
    for (const auto& c : b.cells) figures.push_back(c.figure);
    const auto hide = suppress ? suppressed_cells(def.unit, figures) : std::vector<bool>(figures.size());
    for (std::size_t i = 0; i < b.cells.size(); ++i) {
      const auto& c = b.cells[i];
      t.rows.push_back({c.label, cells(c.figure, hide[i]), drill_of(b.dimension, c.code)});
      if (suppress) continue;  // a bar's length would show a hidden number
      auto v = k::value_of(def.unit, c.figure);
      t.bars.push_back({c.label, v.value_or(std::nan("")), value_text(def.unit, c.figure)});
    }
    out.tables.push_back(std::move(t));
  }
  return out;
}

}  // namespace

KpiTables kpi_tables(const app::kpi::LoadedArea& area, const app::kpi::KpiQuery& q, std::span<const k::Target> targets,
                     const std::vector<k::Period>& quarters, const k::Definition& def) {
  return tables_of(def, k::compute_kpis(area.facts, q.period, q.filter, true), shown_kpis(area, q, targets, quarters), quarters, false);
}

std::vector<ReportKpi> report_tables(const app::kpi::LoadedArea& area, const app::kpi::KpiQuery& q, std::span<const k::Target> targets,
                                     const std::vector<k::Period>& quarters) {
  const auto all = k::compute_kpis(area.facts, q.period, q.filter, true);
  const auto shown = shown_kpis(area, q, targets, quarters);
  std::vector<ReportKpi> out;
  for (const auto& s : shown) out.push_back({s.figure.definition, tables_of(*s.figure.definition, all, shown, quarters, true)});
  return out;
}

std::vector<ExportTable> export_tables(const app::kpi::LoadedArea& area, const app::kpi::KpiQuery& q,
                                       std::span<const k::Target> targets, const std::vector<k::Period>& quarters,
                                       const k::Definition* def, const std::string& filtered) {
  std::vector<ExportTable> out;
  const std::string only = filtered.empty() ? "" : ", only children with " + filtered;
  auto between = [](k::Day from, k::Day to) { return calendar::format_date(k::date_of(from)) + " to " + calendar::format_date(k::date_of(to)); };
  const std::string period = between(q.period.from, q.period.to) + only;
  const auto shown = shown_kpis(area, q, targets, quarters);
  if (!def) {
    ExportTable t{"All figures", "Partnership KPIs for " + q.la_code + ", " + period,
                  {"KPI", "Value", "Counted", "Out of", "Target", "Status", "Trend"}, {}};
    for (const auto& s : shown) {
      const auto& d = *s.figure.definition;
      std::vector<exporting::XlsxCell> row{std::string(d.title)};
      auto cells = export_cells(d, s.figure.figure, small_number(d.unit, s.figure.figure));
      if (d.unit == k::Unit::count) cells.insert(cells.end(), {std::monostate{}, std::monostate{}});
      row.insert(row.end(), cells.begin(), cells.end());
      row.insert(row.end(), {target_words(s), std::string(s.target ? k::words(s.rag) : ""), std::string(k::words(s.trend))});
      t.rows.push_back(std::move(row));
    }
    out.push_back(std::move(t));
    return out;
  }
  const auto all = k::compute_kpis(area.facts, q.period, q.filter, true);
  const auto& fig = pick(all, *def);
  const auto& shown_def = *std::find_if(shown.begin(), shown.end(), [&](const ShownKpi& x) { return x.figure.definition == def; });
  auto headers = [&](std::string first) {
    std::vector<std::string> h{std::move(first)};
    for (auto& x : figure_headers(*def)) h.push_back(x);
    return h;
  };
  ExportTable summary{"Summary", std::string(def->title) + ", " + q.la_code + ", " + period, headers("Period"), {}};
  std::vector<exporting::XlsxCell> row{period};
  for (auto& c : export_cells(*def, fig.figure, small_number(def->unit, fig.figure))) row.push_back(c);
  summary.rows.push_back(std::move(row));
  out.push_back(std::move(summary));
  ExportTable by_quarter{"By quarter", std::string(def->title) + " by quarter, " + q.la_code + ", " +
                                            (quarters.empty() ? period : between(quarters.front().from, quarters.back().to) + only),
                          headers("Quarter"), {}};
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    const auto& p = quarters[i];
    const auto& f = shown_def.by_quarter[i];
    std::vector<exporting::XlsxCell> r{calendar::format_date(k::date_of(p.from)) + " to " + calendar::format_date(k::date_of(p.to))};
    for (auto& c : export_cells(*def, f, small_number(def->unit, f))) r.push_back(c);
    by_quarter.rows.push_back(std::move(r));
  }
  out.push_back(std::move(by_quarter));
  for (const auto& b : fig.breakdowns) {
    ExportTable t{std::string(k::heading(b.dimension)), std::string(def->title) + " by " + std::string(k::heading(b.dimension)) + ", " + q.la_code + ", " + period,
                  headers(std::string(k::heading(b.dimension))), {}};
    std::vector<k::Figure> figures;
    for (const auto& c : b.cells) figures.push_back(c.figure);
    const auto hide = suppressed_cells(def->unit, figures);
    for (std::size_t i = 0; i < b.cells.size(); ++i) {
      std::vector<exporting::XlsxCell> r{b.cells[i].label};
      for (auto& c : export_cells(*def, b.cells[i].figure, hide[i])) r.push_back(c);
      t.rows.push_back(std::move(r));
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::string to_csv(const ExportTable& t) {
  auto text = [](const exporting::XlsxCell& c) -> std::string {
    if (const auto* s = std::get_if<std::string>(&c)) return *s;
    if (const auto* d = std::get_if<double>(&c)) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.10g", *d);
      return buf;
    }
    return "";
  };
  std::string out = exporting::csv_row({t.title}) + exporting::csv_row(t.headers);
  for (const auto& r : t.rows) {
    std::vector<std::string> cells;
    for (const auto& c : r) cells.push_back(text(c));
    out += exporting::csv_row(cells);
  }
  return out + exporting::csv_row({std::string(suppression_note)});
}

exporting::XlsxSheet to_sheet(const ExportTable& t) { return {t.name, t.title, t.headers, t.rows, {std::string(suppression_note)}}; }

}  // namespace sendhub::web
