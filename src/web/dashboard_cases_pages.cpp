// /dashboard/kpi/:id/cases: the records behind a figure (or one cell of a breakdown), for the
// council SEN team only. The list comes from the same counting as the figure, so it always adds
// up to it; every row still passes the access policy, and each child listed is audited.
#include "app/batch_insert.h"
#include "web/child_access.h"
#include "web/dashboard_scope.h"
#include "web/dashboard_view.h"

namespace sendhub::web {
namespace {

constexpr std::size_t most_rows = 1000;

struct Listed {
  std::string child_id, case_id;
  bool in_count;
};

// The cell asked for; nothing for the whole figure; an error for a cell that does not exist.
Result<std::optional<k::CellChoice>> cell_of(const app::kpi::LoadedArea& area, const std::string& dim, const std::string& code) {
  if (dim == "all" || dim.empty()) return std::optional<k::CellChoice>{};
  auto d = k::dimension_from_string(dim);
  if (!d) return fail(ErrorCode::not_found, "");
  if (code == "none") return std::optional(k::CellChoice{*d, 0});
  const std::unordered_map<std::string, std::uint32_t>* table = nullptr;
  if (*d == k::Dimension::la) table = &area.index.las;
  else if (*d == k::Dimension::district) table = &area.index.districts;
  else if (*d == k::Dimension::organisation) table = &area.index.organisations;
  if (table) {
    auto it = table->find(code);
    if (it == table->end()) return fail(ErrorCode::not_found, "");
    return std::optional(k::CellChoice{*d, it->second});
  }
  auto c = k::code_of(*d, code);
  if (c == k::unknown) return fail(ErrorCode::not_found, "");
  return std::optional(k::CellChoice{*d, c});
}

std::uint32_t child_of(const k::AreaFacts& f, const k::Contribution& c) {
  switch (c.source) {
    case k::Source::request: return f.requests[c.index].child;
    case k::Source::advice: return f.requests[f.advice[c.index].request].child;
    case k::Source::review: return f.reviews[c.index].child;
    case k::Source::transfer: return f.transfers[c.index].child;
    case k::Source::plan: return f.plans[c.index].child;
    case k::Source::disagreement: return f.disagreements[c.index].child;
    case k::Source::appealable: return f.appealable[c.index].child;
    case k::Source::choice: return f.choices[c.index].child;
    case k::Source::complaint: return f.complaints[c.index].child;
  }
  return 0;
}

std::string case_of(const app::kpi::LoadedArea& a, const k::Contribution& c) {
  if (c.source == k::Source::request && c.index < a.index.case_ids_of_requests.size()) return a.index.case_ids_of_requests[c.index];
  if (c.source == k::Source::advice) {
    auto r = a.facts.advice[c.index].request;
    if (r < a.index.case_ids_of_requests.size()) return a.index.case_ids_of_requests[r];
  }
  return "";
}

Result<Response> cases_page(Site& site, Request& req) {
  auto scope = dashboard_scope(site, req, access::Action::view_aggregates);
  if (!scope) return std::unexpected(scope.error());
  if (!*scope) return Response::redirect("/sign-in");
  const auto& sc = **scope;
  const auto* def = k::definition(req.param("id"));
  if (!def || !sc.sees_cases) return fail(ErrorCode::not_found, "");
  std::vector<Listed> listed;
  std::size_t total = 0;
  std::string period, back;
  std::optional<Error> problem;
  auto ok = site.kpis->with_area([&](const app::kpi::LoadedArea& area) {
    auto q = dashboard_query(area, sc.la, sc.to, today(), sc.filters);
    if (!q) return void(problem = q.error());
    auto cell = cell_of(area, req.query.get("dim"), req.query.get("code"));
    if (!cell) return void(problem = cell.error());
    back = "/dashboard/kpi/" + std::string(def->id) + "?" + sc.query(calendar::format_date(k::date_of(q->period.to)));
    period = calendar::format_long_date(k::date_of(q->period.from)) + " to " + calendar::format_long_date(k::date_of(q->period.to));
    auto found = k::contributions(area.facts, def->id, q->period, q->filter, *cell);
    total = found.size();
    for (const auto& c : found) {
      if (listed.size() == most_rows) break;
      const auto child = child_of(area.facts, c);
      if (child < area.index.child_ids.size()) listed.push_back({area.index.child_ids[child], case_of(area, c), c.in_numerator});
    }
  });
  if (!ok) return std::unexpected(ok.error());
  if (problem) return fail(problem->code, problem->message, problem->field);

  // Names, and the policy's decision, from the record itself.
  std::unordered_map<std::string, std::pair<std::string, std::string>> names;  // id -> name, la
  std::vector<store::Value> ids;
  for (const auto& l : listed) ids.emplace_back(l.child_id);
  for (std::size_t at = 0; at < ids.size(); at += 500) {
    const auto n = std::min<std::size_t>(500, ids.size() - at);
    std::span<const store::Value> part(ids.data() + at, n);
    auto read = site.db.read([&](store::Connection& c) -> Result<void> {
      auto rows = c.query("SELECT id, given_name || ' ' || family_name, la_code FROM children WHERE id IN (" + app::placeholders(n) + ")", part);
      if (!rows) return std::unexpected(rows.error());
      for (const auto& r : *rows) names[r.get_text(0)] = {r.get_text(1), r.get_text(2)};
      return {};
    });
    if (!read) return std::unexpected(read.error());
  }
  const auto now = today();
  std::vector<std::pair<std::string, std::string>> audited;
  std::erase_if(listed, [&](const Listed& l) {
    auto it = names.find(l.child_id);
    if (it == names.end()) return true;
    access::Resource r{access::ResourceKind::child_record, it->second.second, l.child_id, l.case_id, ""};
    return !access::may(sc.who.actor, access::Action::view_record, r, now).allowed;
  });
  for (const auto& l : listed) audited.emplace_back(l.child_id, names[l.child_id].second);
  if (auto a = audit_list(site, req, sc.who, audited); !a) return std::unexpected(a.error());
  auto chrome = sc.who.chrome();
  const bool counts_only = def->unit == k::Unit::count;
  return Response::html(site.views.page("dashboard_cases.tpl", "Records behind " + std::string(def->title), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("TITLE", ctemplate::TemplateString(def->title.data(), def->title.size()));
    d.SetValue("ID", ctemplate::TemplateString(def->id.data(), def->id.size()));
    d.SetValue("BACK", back);
    d.SetValue("PERIOD", period);
    d.SetValue("TOTAL", grouped(static_cast<std::int64_t>(total)));
    if (total > most_rows) d.AddSectionDictionary("CUT")->SetIntValue("SHOWN", static_cast<long>(most_rows));
    if (!counts_only) d.ShowSection("COUNTED_HEAD");
    if (listed.empty()) d.ShowSection("EMPTY");
    for (const auto& l : listed) {
      auto* row = d.AddSectionDictionary("ROW");
      row->SetValue("CHILD_ID", l.child_id);
      row->SetValue("CHILD", names[l.child_id].first);
      if (!l.case_id.empty()) row->AddSectionDictionary("CASE")->SetValue("CASE_ID", l.case_id);
      if (!counts_only) row->AddSectionDictionary("COUNTED")->SetValue("TEXT", l.in_count ? "Yes" : "No, in the total only");
    }
  }, &chrome));
}

}  // namespace

Result<void> add_dashboard_cases_pages(Site& site) {
  return site.router.add({http::verb::get, "/dashboard/kpi/:id/cases", "dashboard_cases", Access::signed_in,
                          [&site](Request& r) { return cases_page(site, r); }});
}

}  // namespace sendhub::web
