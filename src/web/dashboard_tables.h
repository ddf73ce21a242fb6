// The tables behind one KPI's page and downloads: the figure by quarter and by each of its
// breakdowns. Pages show every number (they are for people allowed the figures); downloads
// are published outside SENDhub, so numbers from 1 to 4 are suppressed there, with a second
// cell hidden whenever one alone would let a reader work it out from the total.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "app/export/xlsx_workbook.h"
#include "web/charts/svg_chart.h"
#include "web/dashboard_view.h"

namespace sendhub::web {

struct TableRow {
  std::string label;
  std::vector<std::string> cells;
  std::string drill;  // "&dim=need&code=ASD" for the records behind the row, "" for none
};
struct PageTable {
  std::string caption, slug, first;  // first: the row headings' column heading
  std::vector<std::string> headers;   // after the first column
  std::vector<TableRow> rows;
  std::vector<charts::Bar> bars;  // the same rows as a chart (empty: no chart)
  charts::Scale scale;
};
struct KpiTables {
  std::string value, target_text, status, status_tag, trend;
  std::optional<double> target_value;  // a line on the charts, for "at least" and "at most" targets
  std::vector<charts::Point> trend_points;
  std::vector<PageTable> tables;
};
KpiTables kpi_tables(const app::kpi::LoadedArea& area, const app::kpi::KpiQuery& q, std::span<const k::Target> targets,
                     const std::vector<k::Period>& quarters, const k::Definition& def);

// Every KPI's tables for the printed board report, in the dashboard's order. A report leaves
// SENDhub like a download does, so small numbers are suppressed and there are no bar charts.
struct ReportKpi {
  const k::Definition* definition;
  KpiTables tables;
};
std::vector<ReportKpi> report_tables(const app::kpi::LoadedArea& area, const app::kpi::KpiQuery& q, std::span<const k::Target> targets,
                                     const std::vector<k::Period>& quarters);

struct ExportTable {
  std::string name, title;
  std::vector<std::string> headers;
  std::vector<std::vector<exporting::XlsxCell>> rows;
};
// def nullptr: every KPI in one summary table. Every title names the authority, the period and
// the filters (filter_words), so a table read on its own says which children it counts.
std::vector<ExportTable> export_tables(const app::kpi::LoadedArea& area, const app::kpi::KpiQuery& q,
                                       std::span<const k::Target> targets, const std::vector<k::Period>& quarters,
                                       const k::Definition* def, const std::string& filtered = "");
std::string to_csv(const ExportTable& t);
exporting::XlsxSheet to_sheet(const ExportTable& t);

// Which cells of a breakdown to hide: every small number, and when that leaves exactly one
// hidden, the smallest other non-zero cell too.
std::vector<bool> suppressed_cells(k::Unit unit, const std::vector<k::Figure>& cells);

}  // namespace sendhub::web
