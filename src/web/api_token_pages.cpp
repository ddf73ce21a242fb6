// /account/api-tokens: API tokens for other systems, made and revoked by SEN managers and
// administrators. A new token is shown once, on the page that made it.
#include "app/clock.h"
#include "app/identity/api_tokens.h"
#include "app/identity/people.h"
#include "web/form_problems.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

std::string when(std::optional<std::int64_t> t) {
  if (!t) return "Never";
  auto s = app::utc_timestamp_of(*t);
  return s.substr(0, 10) + " " + s.substr(11, 5);
}

Result<Response> page(Site& site, const SignedIn& who, const app::ApiTokenDraft& draft, const std::string& new_token,
                      const std::vector<FieldProblem>& problems) {
  auto tokens = app::list_api_tokens(site.db, who.actor);
  if (!tokens) return std::unexpected(tokens.error());
  auto orgs = app::organisations_for(site.db, who.actor);
  if (!orgs) return std::unexpected(orgs.error());
  auto chrome = who.chrome();
  auto r = Response::html(site.views.page("api_tokens.tpl", page_title("API tokens", problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", who.session.csrf_token);
    d.SetValue("NAME", draft.name);
    show_problems(d, problems);
    if (!new_token.empty()) d.AddSectionDictionary("NEW_TOKEN")->SetValue("TOKEN", new_token);
    for (auto role : access::all_roles) {
      if (access::is_family(role)) continue;
      auto* o = d.AddSectionDictionary("ROLE_OPTION");
      o->SetValue("VALUE", std::string(access::to_string(role)));
      o->SetValue("LABEL", access::label(role));
      if (draft.role == access::to_string(role)) o->SetValue("SELECTED", "selected");
    }
    for (const auto& org : *orgs) {
      auto* o = d.AddSectionDictionary("ORGANISATION_OPTION");
      o->SetValue("VALUE", org.id);
      o->SetValue("LABEL", org.name);
      if (draft.organisation_id == org.id) o->SetValue("SELECTED", "selected");
    }
    for (auto scope : app::api_scopes) {
      auto* o = d.AddSectionDictionary("SCOPE");
      o->SetValue("VALUE", std::string(scope));
      o->SetValue("LABEL", scope == "records:read" ? "Read children's records the role may see (each read is audited)"
                                                   : "Read area figures only");
      if (std::find(draft.scopes.begin(), draft.scopes.end(), scope) != draft.scopes.end()) o->SetValue("CHECKED", "checked");
    }
    if (tokens->empty()) d.ShowSection("NO_TOKENS");
    for (const auto& t : *tokens) {
      auto* row = d.AddSectionDictionary("TOKEN_ROW");
      row->SetValue("ID", t.id);
      row->SetValue("NAME", t.name);
      auto role = access::role_from_string(t.role);
      row->SetValue("ROLE", role ? access::label(*role) : t.role);
      row->SetValue("ORGANISATION", t.organisation_name);
      row->SetValue("SCOPES", t.scopes);
      row->SetValue("LAST_USED", when(t.last_used_at));
      if (t.revoked_at) row->SetValue("REVOKED", "Revoked " + when(t.revoked_at));
      else row->ShowSection("ACTIVE");
    }
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<Response> show(Site& site, Request& req) {
  auto who = people_manager(site, req);
  if (!who && who.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!who) return std::unexpected(who.error());
  return page(site, *who, {}, "", {});
}

Result<Response> create(Site& site, Request& req) {
  auto posted = people_manager_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  app::ApiTokenDraft draft{form.get("name"), form.get("role"), form.get("organisation_id"), form.get_all("scopes")};
  auto made = app::create_api_token(site.db, who.actor, draft, request_context(site, req));
  if (!made) return std::unexpected(made.error());
  if (!made->problems.empty()) return page(site, who, draft, "", made->problems);
  return page(site, who, {}, made->token, {});
}

Result<Response> revoke(Site& site, Request& req) {
  auto posted = people_manager_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  if (auto done = app::revoke_api_token(site.db, who.actor, form.get("id"), request_context(site, req)); !done)
    return std::unexpected(done.error());
  return Response::redirect("/account/api-tokens");
}

}  // namespace

Result<void> add_api_token_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/account/api-tokens", "api_tokens", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/account/api-tokens", "api_tokens_create", Access::signed_in, [&site](Request& r) { return create(site, r); }},
      {http::verb::post, "/account/api-tokens/revoke", "api_tokens_revoke", Access::signed_in,
       [&site](Request& r) { return revoke(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 4096;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
