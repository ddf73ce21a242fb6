// /cases: the council SEN team's caseload, soonest statutory date first, with overdue and
// due-soon flags and filters (mine or the team's, caseworker, stage, school or setting, need).
#include "app/casework/caseload.h"
#include "domain/record/child_details.h"
#include "web/case_view.h"
#include "web/child_access.h"

namespace sendhub::web {
namespace {

constexpr const char* stages[] = {"Deciding whether to assess", "Assessment under way", "Draft plan sent",
                                  "Decided not to assess", "Decided not to issue a plan", "Plan issued"};

Result<Response> caseload_page(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  if (!council_team((*who)->session.role)) return fail(ErrorCode::not_found, "");
  const bool mine = req.query.get("show") == "mine";
  const std::string stage = req.query.get("stage");
  app::CaseloadFilter filter{mine ? (*who)->session.user_id : req.query.get("caseworker"), stage, req.query.get("setting"),
                             req.query.get("need")};
  const auto now = today();
  app::CaseloadChoices choices;
  auto rows = app::caseload(site.db, (*who)->actor, filter, now, &choices, &site.open_cases);
  if (!rows) return std::unexpected(rows.error());
  std::vector<std::pair<std::string, std::string>> listed;
  for (const auto& r : *rows) listed.emplace_back(r.child_id, r.la_code);
  if (auto ok = audit_list(site, req, **who, listed); !ok) return std::unexpected(ok.error());
  auto chrome = (*who)->chrome();
  int overdue = 0, soon = 0;
  for (const auto& r : *rows) {
    if (r.overdue) ++overdue;
    else if (r.due_soon) ++soon;
  }
  return Response::html(site.views.page("caseload.tpl", "Caseload", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("COUNT", std::to_string(rows->size()));
    d.SetValue("OVERDUE", std::to_string(overdue));
    d.SetValue("SOON", std::to_string(soon));
    d.SetValue(mine ? "MINE_CHECKED" : "ALL_CHECKED", "checked");
    for (const char* s : stages) {
      auto* o = d.AddSectionDictionary("STAGE_OPTION");
      o->SetValue("VALUE", s);
      if (stage == s) o->SetValue("SELECTED", "selected");
    }
    const auto options = [&](const char* section, const std::vector<std::pair<std::string, std::string>>& list, const std::string& chosen) {
      for (const auto& [value, label] : list) {
        auto* o = d.AddSectionDictionary(section);
        o->SetValue("VALUE", value);
        o->SetValue("LABEL", label);
        if (value == chosen) o->SetValue("SELECTED", "selected");
      }
    };
    options("CASEWORKER_OPTION", choices.caseworkers, mine ? "" : filter.holder_user_id);
    options("SETTING_OPTION", choices.settings, filter.setting_urn);
    std::vector<std::pair<std::string, std::string>> needs;
    for (const auto& code : choices.needs) {
      std::string label = code;
      for (const auto& n : record::needs())
        if (n.code == code) label = std::string(n.meaning);
      needs.emplace_back(code, label);
    }
    options("NEED_OPTION", needs, filter.primary_need);
    if (rows->empty()) d.ShowSection("EMPTY");
    else d.ShowSection("HAS_ROWS");
    for (const auto& r : *rows) {
      auto* row = d.AddSectionDictionary("ROW");
      row->SetValue("CASE_ID", r.case_id);
      row->SetValue("CHILD", r.child_name);
      row->SetValue("STAGE", r.stage);
      row->SetValue("NEXT", r.next_what.empty() ? "Nothing due" : r.next_what);
      row->SetValue("DUE", r.next_due ? long_date(*r.next_due) : "");
      row->SetValue("HOLDER", r.caseworker_name.empty() ? "Not yet assigned" : r.caseworker_name);
      row->SetValue("SETTING", r.setting_name);
      if (r.overdue || r.due_soon) {
        auto* flag = row->AddSectionDictionary("FLAG");
        flag->SetValue("TAG", r.overdue ? "govuk-tag--red" : "govuk-tag--yellow");
        flag->SetValue("TEXT", r.overdue ? "Overdue" : "Due soon");
      }
    }
  }, &chrome));
}

}  // namespace

Result<void> add_caseload_pages(Site& site) {
  Route route{http::verb::get, "/cases", "caseload", Access::signed_in, [&site](Request& r) { return in_one_read(site, [&] { return caseload_page(site, r); }); }};
  route.body_limit = 0;
  return site.router.add(std::move(route));
}

}  // namespace sendhub::web
