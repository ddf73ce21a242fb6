// /people: staff an SEN manager or administrator looks after, with role changes and switching
// accounts off. Someone who manages nobody gets 404, as for any page they may not see.
#include "app/identity/people.h"
#include "web/form_problems.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

Result<Response> list(Site& site, Request& req, const std::vector<FieldProblem>& problems = {}) {
  auto who = people_manager(site, req);
  if (!who && who.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!who) return std::unexpected(who.error());
  auto people = app::list_people(site.db, who->actor);
  if (!people) return std::unexpected(people.error());
  auto chrome = who->chrome();
  const std::string done = req.query.get("done");
  auto r = Response::html(site.views.page("people.tpl", page_title("People", problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", who->session.csrf_token);
    show_problems(d, problems);
    if (req.query.get("invited") == "1") d.AddSectionDictionary("DONE")->SetValue("TEXT", "Invitation sent. The link works once, for 7 days.");
    if (done == "role") d.AddSectionDictionary("DONE")->SetValue("TEXT", "Role changed. They have been signed out and told by email.");
    if (done == "access") d.AddSectionDictionary("DONE")->SetValue("TEXT", "Account access changed.");
    for (const auto& p : *people) {
      auto* row = d.AddSectionDictionary("PERSON");
      row->SetValue("USER_ID", p.user_id);
      row->SetValue("NAME", p.display_name);
      row->SetValue("EMAIL", p.email);
      row->SetValue("ORGANISATION_ID", p.organisation_id);
      row->SetValue("ORGANISATION", p.organisation_name);
      row->SetValue("ROLE", std::string(access::to_string(p.role)));
      row->SetValue("ROLE_NAME", access::label(p.role));
      row->SetValue("TWO_FACTOR", p.two_factor ? "On" : "Not set up");
      row->ShowSection(p.disabled ? "DISABLED" : "ENABLED");
      if (p.user_id == who->session.user_id) row->ShowSection("SELF");
      else row->ShowSection("OTHER");
      for (auto role : access::all_roles) {
        if (access::is_family(role)) continue;
        auto* option = row->AddSectionDictionary("ROLE_OPTION");
        option->SetValue("VALUE", std::string(access::to_string(role)));
        option->SetValue("LABEL", access::label(role));
        if (role == p.role) option->SetValue("SELECTED", "selected");
      }
    }
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<Response> change(Site& site, Request& req) {
  auto posted = people_manager_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  auto from = access::role_from_string(form.get("from"));
  auto to = access::role_from_string(form.get("role"));
  if (!from || !to || access::is_family(*to)) return list(site, req, {{"role", "Select a staff role"}});
  auto done = app::change_role(site.db, who.actor, form.get("user_id"), form.get("organisation_id"), *from, *to,
                               request_context(site, req));
  if (!done && done.error().code == ErrorCode::invalid_input) return list(site, req, {{"role", done.error().message}});
  if (!done) return std::unexpected(done.error());
  return Response::redirect("/people?done=role");
}

Result<Response> access_change(Site& site, Request& req) {
  auto posted = people_manager_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  auto done = app::set_account_disabled(site.db, who.actor, form.get("user_id"), form.get("disabled") == "1",
                                        request_context(site, req));
  if (!done && done.error().code == ErrorCode::invalid_input) return list(site, req, {{"role", done.error().message}});
  if (!done) return std::unexpected(done.error());
  return Response::redirect("/people?done=access");
}

}  // namespace

Result<void> add_people_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/people", "people", Access::signed_in, [&site](Request& r) { return list(site, r); }},
      {http::verb::post, "/people/role", "people_role", Access::signed_in, [&site](Request& r) { return change(site, r); }},
      {http::verb::post, "/people/access", "people_access", Access::signed_in, [&site](Request& r) { return access_change(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 4096;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
