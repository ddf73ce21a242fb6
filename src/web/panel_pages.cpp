// /panels (panel dates, and setting a new one), /panels/:id (the agenda: each case listed with
// its stage, and the panel's recommendation and reasons recorded the same way every time), and
// listing a case for a panel from the case page.
#include "app/casework/panels.h"
#include "web/case_view.h"
#include "web/child_access.h"

namespace sendhub::web {
namespace {

Result<Response> list(Site& site, Request& req, const std::vector<FieldProblem>& problems = {}, const FormFields* typed = nullptr) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  if (!council_team((*who)->session.role)) return fail(ErrorCode::not_found, "");
  auto panels = app::panels_for(site.db, (*who)->actor, today(), false);
  if (!panels) return std::unexpected(panels.error());
  auto chrome = (*who)->chrome();
  auto r = Response::html(site.views.page("panels.tpl", page_title("Panels", problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", (*who)->session.csrf_token);
    d.ShowSection(panels->empty() ? "NONE" : "HAS_PANELS");
    for (const auto& p : *panels) {
      auto* row = d.AddSectionDictionary("PANEL");
      row->SetValue("ID", p.id);
      if (auto on = calendar::parse_date(p.meets_on)) row->SetValue("DATE", long_date(*on));
      row->SetValue("CASES", std::to_string(p.cases));
    }
    if ((*who)->session.role != access::Role::panel_member) {
      auto* f = d.AddSectionDictionary("CREATE_FORM");
      date_input(*f, "MEETS_ON", "meets_on", "Date of the panel", "For example, 17 3 2027.", typed, problems);
    }
    show_problems(d, problems);
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<Response> create(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  auto problems = app::create_panel(site.db, who.actor, date_from_parts(form, "meets_on"), request_context(site, req));
  if (!problems) return std::unexpected(problems.error());
  if (!problems->empty()) return list(site, req, *problems, &form);
  return Response::redirect("/panels");
}

Result<Response> agenda(Site& site, Request& req, const std::vector<FieldProblem>& problems = {}, const std::string& problem_case = "",
                        const FormFields* typed = nullptr) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  auto loaded = app::panel_agenda(site.db, (*who)->actor, req.param("id"), today());
  if (!loaded) return std::unexpected(loaded.error());
  const auto& [panel, items] = *loaded;
  std::vector<std::pair<std::string, std::string>> listed;  // the children named on the agenda
  for (const auto& item : items) listed.emplace_back(item.child_id, item.la_code);
  if (auto ok = audit_list(site, req, **who, listed); !ok) return std::unexpected(ok.error());
  auto chrome = (*who)->chrome();
  std::string title = "Panel";
  if (auto on = calendar::parse_date(panel.meets_on)) title = "Panel on " + long_date(*on);
  auto r = Response::html(site.views.page("panel.tpl", page_title(title, problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", (*who)->session.csrf_token);
    d.SetValue("TITLE", title);
    d.SetValue("PANEL_ID", panel.id);
    d.ShowSection(items.empty() ? "NONE" : "HAS_ITEMS");
    // The summary links to the fields of the one case whose form had the problem.
    std::vector<FieldProblem> linked = problems;
    for (auto& p : linked) p.field += "-" + problem_case;
    show_problems(d, linked);
    for (auto item : items) {
      const bool redrawn = typed && item.case_id == problem_case;  // keep what was typed for this case
      if (redrawn) {
        item.recommendation = typed->get("recommendation");
        item.reasons = typed->get("reasons");
      }
      auto* row = d.AddSectionDictionary("ITEM");
      row->SetValue("CASE_ID", item.case_id);
      row->SetValue("CHILD", item.child_name);
      row->SetValue("STAGE", item.stage);
      for (const auto& rec : app::recommendations()) {
        if (rec.code == item.recommendation && !redrawn) row->AddSectionDictionary("RECORDED")->SetValue("TEXT", std::string(rec.label));
        auto* o = row->AddSectionDictionary("OPTION");
        o->SetValue("VALUE", std::string(rec.code));
        o->SetValue("LABEL", std::string(rec.label));
        if (rec.code == item.recommendation) o->SetValue("SELECTED", "selected");
      }
      row->SetValue("REASONS", item.reasons);
      if (item.case_id == problem_case) show_problems(*row, problems);
    }
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<Response> recommend(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  const std::string case_id = form.get("case_id");
  auto problems = app::record_recommendation(site.db, who.actor, req.param("id"), case_id, form.get("recommendation"),
                                             form.get("reasons"), request_context(site, req));
  if (!problems) return std::unexpected(problems.error());
  if (!problems->empty()) return agenda(site, req, *problems, case_id, &form);
  return Response::redirect("/panels/" + req.param("id") + "#case-" + case_id);
}

Result<Response> list_case(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  auto problems = app::list_for_panel(site.db, who.actor, form.get("panel_id"), req.param("id"), request_context(site, req));
  if (!problems) return std::unexpected(problems.error());
  if (!problems->empty()) return fail(ErrorCode::invalid_input, problems->front().message);
  return Response::redirect("/panels/" + form.get("panel_id"));
}

}  // namespace

Result<void> add_panel_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/panels", "panels", Access::signed_in, [&site](Request& r) { return list(site, r); }},
      {http::verb::post, "/panels", "panels_create", Access::signed_in, [&site](Request& r) { return create(site, r); }},
      {http::verb::get, "/panels/:id", "panel", Access::signed_in, [&site](Request& r) { return agenda(site, r); }},
      {http::verb::post, "/panels/:id/recommendations", "panel_recommendation", Access::signed_in,
       [&site](Request& r) { return recommend(site, r); }},
      {http::verb::post, "/cases/:id/panel", "case_list_for_panel", Access::signed_in, [&site](Request& r) { return list_case(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 32 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
