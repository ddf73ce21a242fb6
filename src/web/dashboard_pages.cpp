// /dashboard: the partnership board's figures for one authority over the 12 months to a chosen
// day, from the in-memory KPI state (never a rescan of the database). Headline tiles show the
// figure, its target and red/amber/green status, the direction of travel and a sparkline by
// quarter; every chart has the same numbers in a table below it. Aggregates only: no child is
// named here, so analysts and the designated clinical officer may see it too.
#include <algorithm>
#include <array>
#include <cmath>

#include "app/kpi/kpi_report.h"
#include "domain/statutory/rules.h"
#include "web/charts/svg_chart.h"
#include "web/dashboard_scope.h"
#include "web/dashboard_view.h"
#include "web/child_access.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

ctemplate::TemplateString tv(std::string_view s) { return {s.data(), s.size()}; }

// The filter form: a select for each coded list, keeping what was chosen.
void filter_fields(ctemplate::TemplateDictionary& d, const FilterChoice& f) {
  const std::pair<k::Dimension, const std::string*> lists[] = {{k::Dimension::need, &f.need},
                                                               {k::Dimension::age_band, &f.age_band},
                                                               {k::Dimension::ethnicity, &f.ethnicity},
                                                               {k::Dimension::sex, &f.sex},
                                                               {k::Dimension::setting_type, &f.setting_type}};
  for (const auto& [dim, chosen] : lists) {
    auto* sel = d.AddSectionDictionary("FILTER_SELECT");
    sel->SetValue("NAME", tv(k::to_string(dim)));
    sel->SetValue("LABEL", tv(k::heading(dim)));
    for (const auto& code : k::labels(dim)) {
      auto* o = sel->AddSectionDictionary("OPTION");
      o->SetValue("VALUE", tv(code.code));
      o->SetValue("TEXT", tv(code.meaning));
      if (*chosen == code.code) o->SetValue("SELECTED", "selected");
    }
  }
  d.SetValue("DISTRICT", f.district);
  d.SetValue("SCHOOL", f.school);
}

Result<Response> dashboard_page(Site& site, Request& req) {
  auto scope = dashboard_scope(site, req, access::Action::view_aggregates);
  if (!scope) return std::unexpected(scope.error());
  if (!*scope) return Response::redirect("/sign-in");
  const auto now = today();
  const auto& las = (*scope)->las;
  const std::string& la = (*scope)->la;
  const std::string& to = (*scope)->to;
  const auto* who = &(*scope)->who;
  std::optional<Error> problem;
  std::string html;
  auto chrome = who->chrome();
  auto ok = site.kpis->with_area([&](const app::kpi::LoadedArea& area) {
    // A date that cannot be read is explained beside the box, which keeps what was typed,
    // and the figures for the default period are shown meanwhile.
    auto q = dashboard_query(area, la, to, now, (*scope)->filters);
    if (!q) {
      problem = q.error();
      q = dashboard_query(area, la, "", now);
      if (!q) return;
    }
    const auto qs = quarters_to(q->period.to);
    const auto shown = shown_kpis(area, *q, site.kpi_targets, qs);
    html = site.views.page("dashboard.tpl", "Partnership dashboard", [&](ctemplate::TemplateDictionary& d) {
      d.SetValue("LA", la);
      if ((*scope)->sees_cases) d.ShowSection("SEN2");
      d.SetValue("FROM", calendar::format_long_date(k::date_of(q->period.from)));
      d.SetValue("TO", calendar::format_long_date(k::date_of(q->period.to)));
      d.SetValue("TO_ISO", problem ? to : calendar::format_date(k::date_of(q->period.to)));
      d.SetValue("PERIOD_TO", calendar::format_date(k::date_of(q->period.to)));
      const auto period_to = calendar::format_date(k::date_of(q->period.to));
      const std::string query = problem ? "la=" + la + "&to=" + period_to : (*scope)->query(period_to);
      d.SetValue("ALL_CSV", "/dashboard/kpi/all/export.csv?" + query);
      d.SetValue("ALL_XLSX", "/dashboard/kpi/all/export.xlsx?" + query);
      d.SetValue("REPORT", "/dashboard/report?" + query);
      filter_fields(d, (*scope)->filters);
      if ((*scope)->filters.any() && !problem) d.SetValueAndShowSection("FILTER_WORDS", filter_words((*scope)->filters), "FILTERED");
      if (problem) {
        auto* summary = d.AddIncludeDictionary("ERROR_SUMMARY");
        summary->SetFilename("error_summary.tpl");
        auto* e = summary->AddSectionDictionary("ERROR");
        e->SetValue("FIELD", problem->field);
        e->SetValue("MESSAGE", problem->message);
        d.AddSectionDictionary(problem->field == "to" ? "TO_ERROR" : "FILTER_ERROR")->SetValue("MESSAGE", problem->message);
      }
      for (const auto& code : las) {
        auto* o = d.AddSectionDictionary("LA_OPTION");
        o->SetValue("CODE", code);
        if (code == la) o->SetValue("SELECTED", "selected");
      }
      for (const auto& p : qs) d.AddSectionDictionary("QUARTER")->SetValue("LABEL", quarter_label(p.to));
      for (const auto& s : shown) {
        const auto& def = *s.figure.definition;
        auto* row = d.AddSectionDictionary(def.headline ? "TILE" : "OTHER");
        auto* all = d.AddSectionDictionary("ROW");
        for (auto* r : {row, all}) {
          r->SetValue("ID", tv(def.id));
          r->SetValue("KPI_HREF", "/dashboard/kpi/" + std::string(def.id) + "?" + query);
          r->SetValue("TITLE", tv(def.title));
          r->SetValue("VALUE", value_text(def.unit, s.figure.figure));
          r->SetValue("NUMERATOR", grouped(s.figure.figure.numerator));
          r->SetValue("DENOMINATOR", def.unit == k::Unit::count ? "" : grouped(s.figure.figure.denominator));
          r->SetValue("COUNTED", tv(def.counted));
          r->SetValue("WHY", tv(def.why));
          r->SetValue("TREND", tv(k::words(s.trend)));
          if (s.target) {
            auto* status = r->AddSectionDictionary("STATUS");
            status->SetValue("WORDS", tv(k::words(s.rag)));
            status->SetValue("TAG", tv(rag_tag(s.rag)));
          }
          r->SetValue("TARGET", s.target ? s.target->text : "None set");
          if (s.target) r->AddSectionDictionary("TARGET_SOURCE")->SetValue("SOURCE", s.target->source);
          if (!def.rule_id.empty()) r->AddSectionDictionary("RULE")->SetValue("REGULATION", std::string(statutory::rule(def.rule_id).regulation));
        }
        if (def.headline) {
          std::vector<charts::Point> points;
          auto* qrow = d.AddSectionDictionary("SERIES");
          qrow->SetValue("TITLE", tv(def.title));
          for (std::size_t i = 0; i < qs.size(); ++i) {
            points.push_back({quarter_label(qs[i].to), s.series[i]});
            qrow->AddSectionDictionary("CELL")->SetValue("VALUE", series_text(def.unit, s.series[i]));
          }
          row->SetValue("SPARKLINE", charts::sparkline(points, std::string(def.title) + ", by quarter"));
        }
      }
    }, &chrome);
  });
  if (!ok) return std::unexpected(ok.error());
  if (html.empty()) return fail(ErrorCode::internal, "the dashboard could not work out its period");
  return Response::html(std::move(html), problem ? 400 : 200);
}

}  // namespace

Result<void> add_dashboard_pages(Site& site) {
  return site.router.add({http::verb::get, "/dashboard", "dashboard", Access::signed_in,
                          [&site](Request& r) { return dashboard_page(site, r); }});
}

}  // namespace sendhub::web
