// /sign-in and /sign-out. The sign-in form is protected by a double-submit CSRF token (there is
// no session yet); signing out needs the session's own token.
#include "app/identity/sign_in.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

constexpr const char* csrf_cookie = "sendhub_csrf";

struct SignInForm {
  std::string email;
  std::vector<std::pair<std::string, std::string>> errors;  // field, message
};

Response render(Site& site, const SignInForm& form, const std::string& csrf, const Request& req) {
  Response r = Response::html(site.views.page("sign_in.tpl", form.errors.empty() ? "Sign in" : "Error: Sign in",
                                              [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", csrf);
    d.SetValue("EMAIL", form.email);
    if (site.demo) d.ShowSection("DEMO");
    if (!form.errors.empty()) d.ShowSection("ERRORS");
    for (const auto& [field, message] : form.errors) {
      auto* e = d.AddSectionDictionary("ERROR");
      e->SetValue("FIELD", field);
      e->SetValue("MESSAGE", message);
      std::string upper = field == "email" ? "EMAIL" : "PASSWORD";
      d.SetValue(upper + "_GROUP_CLASS", "govuk-form-group--error");
      d.SetValue(upper + "_INPUT_CLASS", "govuk-input--error");
      d.AddSectionDictionary(upper + "_ERROR")->SetValue("MESSAGE", message);
    }
  }));
  r.headers.emplace_back("Set-Cookie", std::string(csrf_cookie) + "=" + csrf + "; Path=/sign-in; HttpOnly; SameSite=Strict" +
                                           (served_over_tls(req) ? "; Secure" : ""));
  return r;
}

Result<Response> show(Site& site, Request& req) {
  auto token = req.cookie(csrf_cookie);
  return render(site, {}, token && token->size() == 43 ? *token : app::random_token(), req);
}

Result<Response> submit(Site& site, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  auto cookie = req.cookie(csrf_cookie);
  if (auto ok = check_state_change(req, *form, cookie.value_or("")); !ok) return std::unexpected(ok.error());
  SignInForm page{form->get("email"), {}};
  const std::string password = form->get("password");
  if (page.email.empty()) page.errors.emplace_back("email", "Enter your email address");
  if (password.empty()) page.errors.emplace_back("password", "Enter your password");
  if (!page.errors.empty()) return render(site, page, *cookie, req);

  std::string user_agent = req.header("User-Agent");
  auto session = app::sign_in(site.db, site.hasher,
                              {page.email, password, req.remote_address, req.request_id, user_agent, app::unix_now()});
  if (!session) {
    if (session.error().code != ErrorCode::unauthenticated && session.error().code != ErrorCode::forbidden)
      return std::unexpected(session.error());
    page.errors.emplace_back("email", session.error().message);
    return render(site, page, *cookie, req);
  }
  // Staff (and families who chose it) still have to give a code: /sign-in/two-factor sends
  // someone without an authenticator app yet on to set one up.
  Response r = Response::redirect(session->session.two_factor_done ? "/children" : "/sign-in/two-factor");
  r.headers.emplace_back("Set-Cookie", session_cookie(req, session->token));
  return r;
}

Result<Response> sign_out(Site& site, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  auto who = any_session(site, req);
  if (!who) return std::unexpected(who.error());
  if (*who) {
    if (auto ok = check_state_change(req, *form, (*who)->csrf_token); !ok) return std::unexpected(ok.error());
    auto token = req.cookie(session_cookie_name(req));
    if (auto ended = site.db.write([&](store::Connection& c) { return app::end_session(c, token.value_or("")); }); !ended)
      return std::unexpected(ended.error());
  }
  Response r = Response::redirect("/sign-in");
  r.headers.emplace_back("Set-Cookie", expired_session_cookie(req));
  return r;
}

}  // namespace

Result<void> add_sign_in_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/sign-in", "sign_in", Access::public_page, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/sign-in", "sign_in_submit", Access::public_page, [&site](Request& r) { return submit(site, r); }},
      {http::verb::post, "/sign-out", "sign_out", Access::public_page, [&site](Request& r) { return sign_out(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 16 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
