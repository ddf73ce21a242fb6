// The advice portal: /advice lists what a professional has been asked for, soonest first, and
// /cases/:id/advice is where they write it: needs seen, recommended provision (what, who, how
// often, for how long) and suggested outcomes. Submitting stops their six-week clock.
#include "app/casework/advice.h"
#include "web/case_view.h"
#include "web/child_access.h"
#include "web/message_page.h"

namespace sendhub::web {
namespace {

constexpr int provision_rows = 3;

Result<Response> list(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  if (app::adviser_for_role((*who)->session.role) == statutory::Adviser::none) return fail(ErrorCode::not_found, "");
  auto requests = app::my_advice_requests(site.db, (*who)->actor, today());
  if (!requests) return std::unexpected(requests.error());
  auto chrome = (*who)->chrome();
  return Response::html(site.views.page("advice_requests.tpl", "Advice requests", [&](ctemplate::TemplateDictionary& d) {
    if (requests->empty()) d.ShowSection("NONE");
    else d.ShowSection("HAS_REQUESTS");
    if (req.query.get("sent") == "1") d.ShowSection("SENT");
    for (const auto& r : *requests) {
      auto* row = d.AddSectionDictionary("REQUEST");
      row->SetValue("CASE_ID", r.case_id);
      row->SetValue("CHILD", r.child_name);
      row->SetValue("ASKED", long_date(r.asked_on));
      row->SetValue("DUE", long_date(r.due));
      if (r.overdue) row->ShowSection("OVERDUE");
    }
  }, &chrome));
}

Response form_page(Site& site, const SignedIn& who, const app::CaseRecord& k, const FormFields* typed,
                   const std::vector<FieldProblem>& problems) {
  auto chrome = who.chrome();
  auto r = Response::html(site.views.page("write_advice.tpl", page_title("Write your advice", problems),
                                          [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", who.session.csrf_token);
    d.SetValue("CASE_ID", k.id);
    d.SetValue("CHILD_NAME", k.child_name);
    if (typed) {
      d.SetValue("NEEDS", typed->get("needs"));
      d.SetValue("OUTCOMES", typed->get("outcomes"));
    }
    for (int i = 1; i <= provision_rows; ++i) {
      auto* row = d.AddSectionDictionary("PROVISION");
      const std::string n = std::to_string(i);
      row->SetValue("N", n);
      for (const char* part : {"what", "who", "how_often", "how_long"}) {
        std::string upper = part;
        for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (typed) row->SetValue(upper, typed->get("provision_" + n + "_" + part));
      }
      for (const auto& p : problems)
        if (p.field == "provision_" + n) {
          row->SetValue("GROUP_CLASS", "govuk-form-group--error");
          row->AddSectionDictionary("ROW_ERROR")->SetValue("MESSAGE", p.message);
        }
    }
    show_problems(d, problems);
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<std::pair<SignedIn, app::CaseRecord>> open(Site& site, const Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return fail(ErrorCode::unauthenticated, "");
  auto k = app::open_case_for(site.db, (*who)->actor, access::Action::contribute_advice, req.param("id"), "case.view",
                              request_context(site, req));
  if (!k) return std::unexpected(k.error());
  return std::pair{**who, std::move(*k)};
}

Result<Response> show(Site& site, Request& req) {
  auto opened = open(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  return form_page(site, opened->first, opened->second, nullptr, {});
}

Result<Response> submit(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  app::AdviceDraft draft{req.param("id"), form.get("needs"), {}, form.get("outcomes")};
  for (int i = 1; i <= provision_rows; ++i) {
    const std::string n = "provision_" + std::to_string(i) + "_";
    draft.provision.push_back({form.get(n + "what"), form.get(n + "who"), form.get(n + "how_often"), form.get(n + "how_long")});
  }
  auto problems = app::submit_advice(site.db, who.actor, draft, request_context(site, req));
  if (!problems) return std::unexpected(problems.error());
  if (problems->empty()) return Response::redirect("/advice?sent=1");
  auto opened = open(site, req);
  if (!opened) return std::unexpected(opened.error());
  return form_page(site, opened->first, opened->second, &form, *problems);
}

}  // namespace

Result<void> add_advice_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/advice", "advice_requests", Access::signed_in, [&site](Request& r) { return list(site, r); }},
      {http::verb::get, "/cases/:id/advice", "write_advice", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/cases/:id/advice", "write_advice_submit", Access::signed_in, [&site](Request& r) { return submit(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 128 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
