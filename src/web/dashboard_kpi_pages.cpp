// /dashboard/kpi/:id: one KPI in full: its definition, target and status, a line chart by
// quarter and a bar chart for each breakdown, every chart with its numbers in a table. The
// council SEN team can follow any figure to the records behind it (/cases, each row checked by
// the access policy and audited); everyone with the figures can download the tables as CSV or
// XLSX, where numbers from 1 to 4 are suppressed.
#include "app/export/xlsx_workbook.h"
#include "domain/export/csv.h"
#include "domain/statutory/rules.h"
#include "web/charts/svg_chart.h"
#include "web/child_access.h"
#include "web/dashboard_scope.h"
#include "web/dashboard_tables.h"
#include "web/dashboard_view.h"

namespace sendhub::web {
namespace {

ctemplate::TemplateString tv(std::string_view s) { return {s.data(), s.size()}; }

Result<Response> kpi_page(Site& site, Request& req) {
  auto scope = dashboard_scope(site, req, access::Action::view_aggregates);
  if (!scope) return std::unexpected(scope.error());
  if (!*scope) return Response::redirect("/sign-in");
  const auto& sc = **scope;
  const auto* def = k::definition(req.param("id"));
  if (!def) return fail(ErrorCode::not_found, "");
  std::string html;
  std::optional<Error> problem;
  auto chrome = sc.who.chrome();
  auto ok = site.kpis->with_area([&](const app::kpi::LoadedArea& area) {
    auto q = dashboard_query(area, sc.la, sc.to, today(), sc.filters);
    if (!q) {
      problem = q.error();
      return;
    }
    const auto qs = quarters_to(q->period.to);
    const auto tables = kpi_tables(area, *q, site.kpi_targets, qs, *def);
    html = site.views.page("dashboard_kpi.tpl", std::string(def->title), [&](ctemplate::TemplateDictionary& d) {
      d.SetValue("TITLE", tv(def->title));
      d.SetValue("ID", tv(def->id));
      d.SetValue("LA", sc.la);
      const auto query = sc.query(calendar::format_date(k::date_of(q->period.to)));
      d.SetValue("BACK", "/dashboard?" + query);
      d.SetValue("CSV", "/dashboard/kpi/" + std::string(def->id) + "/export.csv?" + query);
      d.SetValue("XLSX", "/dashboard/kpi/" + std::string(def->id) + "/export.xlsx?" + query);
      d.SetValue("FROM", calendar::format_long_date(k::date_of(q->period.from)));
      d.SetValue("TO", calendar::format_long_date(k::date_of(q->period.to)));
      if (sc.filters.any()) d.SetValueAndShowSection("FILTER_WORDS", filter_words(sc.filters), "FILTERED");
      d.SetValue("VALUE", tables.value);
      d.SetValue("COUNTED", tv(def->counted));
      d.SetValue("EVENTS", tv(def->events));
      d.SetValue("WHY", tv(def->why));
      d.SetValue("TARGET", tables.target_text);
      if (!tables.status.empty()) {
        auto* status = d.AddSectionDictionary("STATUS");
        status->SetValue("WORDS", tables.status);
        status->SetValue("TAG", tables.status_tag);
      }
      d.SetValue("TREND", tables.trend);
      if (!def->rule_id.empty()) d.AddSectionDictionary("RULE")->SetValue("REGULATION", tv(statutory::rule(def->rule_id).regulation));
      for (const auto& t : tables.tables) {
        auto* td = d.AddSectionDictionary("TABLE");
        td->SetValue("CAPTION", t.caption);
        td->SetValue("SLUG", t.slug);
        td->SetValue("FIRST", t.first);
        if (t.slug == "by-quarter")
          td->SetValue("CHART", charts::line_chart(std::string(def->title) + ", by quarter", tables.trend_points, t.scale,
                                                   tables.target_value, tables.target_text));
        else if (!t.bars.empty())
          td->SetValue("CHART", charts::bar_chart(t.caption, t.bars, t.scale, tables.target_value, tables.target_text));
        for (const auto& h : t.headers) td->AddSectionDictionary("HEAD")->SetValue("TEXT", h);
        for (const auto& r : t.rows) {
          auto* row = td->AddSectionDictionary("ROW");
          row->SetValue("LABEL", r.label);
          for (const auto& c : r.cells) row->AddSectionDictionary("CELL")->SetValue("TEXT", c);
          if (!sc.sees_cases) continue;
          auto* cell = row->AddSectionDictionary("DRILL_CELL");
          if (!r.drill.empty()) {
            auto* link = cell->AddSectionDictionary("DRILL");
            link->SetValue("HREF", "/dashboard/kpi/" + std::string(def->id) + "/cases?" + sc.query(calendar::format_date(k::date_of(q->period.to))) + r.drill);
            link->SetValue("LABEL", r.label);
          }
        }
        if (sc.sees_cases) td->ShowSection("DRILL_HEAD");
      }
    }, &chrome);
  });
  if (!ok) return std::unexpected(ok.error());
  if (problem) return fail(problem->code, problem->message, problem->field);
  return Response::html(std::move(html));
}

// Downloads: the same tables, small numbers suppressed.
Result<Response> kpi_download(Site& site, Request& req, bool xlsx) {
  auto scope = dashboard_scope(site, req, access::Action::export_aggregates);
  if (!scope) return std::unexpected(scope.error());
  if (!*scope) return Response::redirect("/sign-in");
  const auto& sc = **scope;
  const std::string id = req.param("id");
  const auto* def = id == "all" ? nullptr : k::definition(id);
  if (!def && id != "all") return fail(ErrorCode::not_found, "");
  std::vector<ExportTable> out;
  std::optional<Error> problem;
  auto ok = site.kpis->with_area([&](const app::kpi::LoadedArea& area) {
    auto q = dashboard_query(area, sc.la, sc.to, today(), sc.filters);
    if (!q) {
      problem = q.error();
      return;
    }
    out = export_tables(area, *q, site.kpi_targets, quarters_to(q->period.to), def, filter_words(sc.filters));
  });
  if (!ok) return std::unexpected(ok.error());
  if (problem) return fail(problem->code, problem->message, problem->field);
  if (auto audited = audit_read(site, req, sc.who, "dashboard.export", "", sc.la, true); !audited) return std::unexpected(audited.error());
  const std::string name = "sendhub-" + sc.la + "-" + id + (sc.filters.any() ? "-filtered" : "");
  Response r;
  if (xlsx) {
    std::vector<exporting::XlsxSheet> sheets;
    for (const auto& t : out) sheets.push_back(to_sheet(t));
    auto bytes = exporting::xlsx_workbook(sheets);
    if (!bytes) return std::unexpected(bytes.error());
    r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    r.body = std::move(*bytes);
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
  } else {
    for (const auto& t : out) r.body += to_csv(t) + "\r\n";
    r.content_type = "text/csv; charset=utf-8";
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
  }
  return r;
}

}  // namespace

Result<void> add_dashboard_kpi_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/dashboard/kpi/:id", "dashboard_kpi", Access::signed_in, [&site](Request& r) { return kpi_page(site, r); }},
      {http::verb::get, "/dashboard/kpi/:id/export.csv", "dashboard_kpi_csv", Access::signed_in,
       [&site](Request& r) { return kpi_download(site, r, false); }},
      {http::verb::get, "/dashboard/kpi/:id/export.xlsx", "dashboard_kpi_xlsx", Access::signed_in,
       [&site](Request& r) { return kpi_download(site, r, true); }},
  };
  for (auto& route : routes)
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  return {};
}

}  // namespace sendhub::web
