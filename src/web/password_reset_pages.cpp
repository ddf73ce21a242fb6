// /forgot-password and /reset-password. Asking for a link always gets the same answer, so the
// page cannot be used to find out who has an account. There is no session yet, so both forms
// use a double-submit CSRF cookie like the sign-in form.
#include "app/identity/password_reset.h"
#include "web/form_problems.h"
#include "web/message_page.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

Response ask_page(Site& site, const Request& req, const std::string& email, const std::vector<FieldProblem>& problems) {
  const std::string csrf = form_csrf_token(req);
  auto r = Response::html(site.views.page("forgot_password.tpl", page_title("Reset your password", problems),
                                                         [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", csrf);
    d.SetValue("EMAIL", email);
    show_problems(d, problems);
  }));
  set_form_csrf_cookie(r, req, csrf);
  return r;
}

Result<Response> ask(Site& site, Request& req) { return ask_page(site, req, "", {}); }

Result<Response> ask_submit(Site& site, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  if (auto ok = check_form_csrf(req, *form); !ok) return std::unexpected(ok.error());
  const std::string email = form->get("email");
  if (email.empty()) return ask_page(site, req, email, {{"email", "Enter your email address"}});
  auto sent = app::request_password_reset(site.db, email, request_context(site, req));
  if (!sent && sent.error().code == ErrorCode::invalid_input) return ask_page(site, req, email, {{"email", sent.error().message}});
  if (!sent) return std::unexpected(sent.error());
  return message_page(site, {"Check your email",
                             {"If " + email + " has a SENDhub account, we have sent it a link to reset the password. "
                              "The link works for 60 minutes.",
                              "If nothing arrives within a few minutes, check your junk folder, or ask your SEN team "
                              "which email address your account uses."},
                             {{"/sign-in", "Back to sign in"}}});
}

Response gone(Site& site) {
  return message_page(site, {"This link has expired",
                             {"Links to reset a password work once, for 60 minutes. You can ask for a new one."},
                             {{"/forgot-password", "Ask for a new link"}}, false, 404});
}

Response choose_page(Site& site, const Request& req, const std::string& token, const std::vector<FieldProblem>& problems) {
  const std::string csrf = form_csrf_token(req);
  auto r = Response::html(site.views.page("reset_password.tpl", page_title("Choose a new password", problems),
                                                         [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", csrf);
    d.SetValue("TOKEN", token);
    show_problems(d, problems);
    password_fields(d, problems);
  }));
  set_form_csrf_cookie(r, req, csrf);
  return r;
}

Result<Response> choose(Site& site, Request& req) {
  const std::string token = req.query.get("token");
  auto open = app::password_reset_open(site.db, token, app::unix_now());
  if (!open) return std::unexpected(open.error());
  if (!*open) return gone(site);
  return choose_page(site, req, token, {});
}

Result<Response> choose_submit(Site& site, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  if (auto ok = check_form_csrf(req, *form); !ok) return std::unexpected(ok.error());
  const std::string token = form->get("token"), password = form->get("password"), again = form->get("password_confirm");
  std::vector<FieldProblem> problems;
  if (password.empty()) problems.push_back({"password", "Enter a new password"});
  else if (password != again) problems.push_back({"password_confirm", "The passwords do not match. Type the same password twice"});
  if (!problems.empty()) return choose_page(site, req, token, problems);
  auto done = app::complete_password_reset(site.db, site.hasher, token, password, request_context(site, req));
  if (!done && done.error().code == ErrorCode::not_found) return gone(site);
  if (!done && done.error().code == ErrorCode::invalid_input) return choose_page(site, req, token, {{"password", done.error().message}});
  if (!done) return std::unexpected(done.error());
  return message_page(site, {"Your password has been changed",
                             {"You have been signed out on every device. Sign in with your new password."},
                             {{"/sign-in", "Sign in"}}, true});
}

}  // namespace

Result<void> add_password_reset_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/forgot-password", "forgot_password", Access::public_page, [&site](Request& r) { return ask(site, r); }},
      {http::verb::post, "/forgot-password", "forgot_password_submit", Access::public_page,
       [&site](Request& r) { return ask_submit(site, r); }},
      {http::verb::get, "/reset-password", "reset_password", Access::public_page, [&site](Request& r) { return choose(site, r); }},
      {http::verb::post, "/reset-password", "reset_password_submit", Access::public_page,
       [&site](Request& r) { return choose_submit(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 4096;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
