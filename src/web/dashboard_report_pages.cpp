// /dashboard/report: the printable board report for a chosen period: every KPI with its target,
// status and trend, what it counts, and its tables by quarter and by each breakdown. A report is
// printed and handed round, so small numbers are suppressed as in downloads, and it names the
// authority, the period and any filters on its first line.
#include "domain/statutory/rules.h"
#include "web/child_access.h"
#include "web/dashboard_scope.h"
#include "web/dashboard_tables.h"
#include "web/dashboard_view.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

ctemplate::TemplateString tv(std::string_view s) { return {s.data(), s.size()}; }

void add_table(ctemplate::TemplateDictionary& d, const PageTable& t, const std::string& id) {
  auto* td = d.AddSectionDictionary("TABLE");
  td->SetValue("CAPTION", t.caption);
  td->SetValue("ID", id + "-" + t.slug);
  td->SetValue("FIRST", t.first);
  for (const auto& h : t.headers) td->AddSectionDictionary("HEAD")->SetValue("TEXT", h);
  for (const auto& r : t.rows) {
    auto* row = td->AddSectionDictionary("ROW");
    row->SetValue("LABEL", r.label);
    for (const auto& c : r.cells) row->AddSectionDictionary("CELL")->SetValue("TEXT", c);
  }
}

Result<Response> report_page(Site& site, Request& req) {
  auto scope = dashboard_scope(site, req, access::Action::view_aggregates);
  if (!scope) return std::unexpected(scope.error());
  if (!*scope) return Response::redirect("/sign-in");
  const auto& sc = **scope;
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
    const auto kpis = report_tables(area, *q, site.kpi_targets, qs);
    html = site.views.page("dashboard_report.tpl", "Partnership board report", [&](ctemplate::TemplateDictionary& d) {
      d.SetValue("LA", sc.la);
      d.SetValue("FROM", calendar::format_long_date(k::date_of(q->period.from)));
      d.SetValue("TO", calendar::format_long_date(k::date_of(q->period.to)));
      d.SetValue("MADE", calendar::format_long_date(today()));
      d.SetValue("BACK", "/dashboard?" + sc.query(calendar::format_date(k::date_of(q->period.to))));
      if (sc.filters.any()) d.SetValueAndShowSection("FILTER_WORDS", filter_words(sc.filters), "FILTERED");
      d.SetValue("NOTE", tv(suppression_note));
      for (const auto& [def, t] : kpis) {
        auto* s = d.AddSectionDictionary("SUMMARY");
        auto* kd = d.AddSectionDictionary("KPI");
        for (auto* x : {s, kd}) {
          x->SetValue("ID", tv(def->id));
          x->SetValue("TITLE", tv(def->title));
          x->SetValue("VALUE", t.value);
          x->SetValue("TARGET", t.target_text);
          x->SetValue("STATUS", t.status.empty() ? "No target" : t.status);
          x->SetValue("TREND", t.trend);
        }
        kd->SetValue("COUNTED", tv(def->counted));
        kd->SetValue("WHY", tv(def->why));
        if (!def->rule_id.empty()) kd->AddSectionDictionary("RULE")->SetValue("REGULATION", tv(statutory::rule(def->rule_id).regulation));
        for (const auto& table : t.tables) add_table(*kd, table, std::string(def->id));
      }
    }, &chrome);
  });
  if (!ok) return std::unexpected(ok.error());
  if (problem) return fail(problem->code, problem->message, problem->field);
  if (auto audited = audit_read(site, req, sc.who, "dashboard.report", "", sc.la, true); !audited) return std::unexpected(audited.error());
  return Response::html(std::move(html));
}

}  // namespace

Result<void> add_dashboard_report_pages(Site& site) {
  return site.router.add({http::verb::get, "/dashboard/report", "dashboard_report", Access::signed_in,
                          [&site](Request& r) { return report_page(site, r); }});
}

}  // namespace sendhub::web
