// The second sign-in step (/sign-in/two-factor) and setting up an authenticator app
// (/sign-in/set-up-two-factor): staff must before their first use of SENDhub; families may,
// from their account page. Each success replaces the session with a fresh one.
#include "app/identity/two_factor.h"
#include "web/form_problems.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

Response with_session(const Request& req, const app::NewSession& s, std::string location) {
  Response r = Response::redirect(std::move(location));
  r.headers.emplace_back("Set-Cookie", session_cookie(req, s.token));
  return r;
}

std::string grouped(std::string_view secret) {
  std::string out;
  for (std::size_t i = 0; i < secret.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += ' ';
    out += secret[i];
  }
  return out;
}

Result<std::string> email_of(Site& site, const std::string& user_id) {
  std::string email;
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {user_id};
    auto rows = c.query("SELECT email FROM users WHERE id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (!rows->empty()) email = (*rows)[0].get_text(0);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return email;
}

Response code_page(Site& site, const app::Session& s, const std::vector<FieldProblem>& problems) {
  return Response::html(site.views.page("two_factor.tpl", page_title("Enter your security code", problems),
                                        [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", s.csrf_token);
    show_problems(d, problems);
  }));
}

Result<Response> show_code(Site& site, Request& req) {
  auto s = any_session(site, req);
  if (!s) return std::unexpected(s.error());
  if (!*s) return Response::redirect("/sign-in");
  if ((*s)->two_factor_done) return Response::redirect("/children");
  auto has = app::has_two_factor(site.db, (*s)->user_id);
  if (!has) return std::unexpected(has.error());
  if (!*has) return Response::redirect("/sign-in/set-up-two-factor");
  return code_page(site, **s, {});
}

Result<Response> submit_code(Site& site, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  auto s = any_session(site, req);
  if (!s) return std::unexpected(s.error());
  if (!*s) return Response::redirect("/sign-in");
  if (auto ok = check_state_change(req, *form, (*s)->csrf_token); !ok) return std::unexpected(ok.error());
  if ((*s)->two_factor_done) return Response::redirect("/children");
  const std::string code = form->get("code");
  if (code.empty()) return code_page(site, **s, {{"code", "Enter the 6-digit code from your authenticator app"}});
  auto fresh = app::verify_second_factor(site.db, **s, code, request_context(site, req));
  if (!fresh) {
    if (!fresh.error().field.empty()) return code_page(site, **s, {{"code", fresh.error().message}});
    return std::unexpected(fresh.error());
  }
  return with_session(req, *fresh, "/children");
}

Result<Response> set_up_page(Site& site, const Request& req, const app::Session& s, const std::vector<FieldProblem>& problems) {
  auto email = email_of(site, s.user_id);
  if (!email) return std::unexpected(email.error());
  auto enrolment = app::start_two_factor_enrolment(site.db, s, *email);
  if (!enrolment) return std::unexpected(enrolment.error());
  std::optional<SignedIn> who;
  if (s.two_factor_done) {
    auto signed_in_now = signed_in(site, req);
    if (!signed_in_now) return std::unexpected(signed_in_now.error());
    who = *signed_in_now;
  }
  auto chrome = who ? std::optional<Chrome>(who->chrome()) : std::nullopt;
  return Response::html(site.views.page("set_up_two_factor.tpl", page_title("Set up your authenticator app", problems),
                                        [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", s.csrf_token);
    d.SetValue("SECRET", grouped(enrolment->secret_base32));
    d.SetValue("URI", enrolment->uri);
    if (access::requires_two_factor(s.role)) d.ShowSection("REQUIRED");
    show_problems(d, problems);
  }, chrome ? &*chrome : nullptr));
}

Result<Response> show_set_up(Site& site, Request& req) {
  auto s = any_session(site, req);
  if (!s) return std::unexpected(s.error());
  if (!*s) return Response::redirect("/sign-in");
  auto has = app::has_two_factor(site.db, (*s)->user_id);
  if (!has) return std::unexpected(has.error());
  if (*has) return Response::redirect((*s)->two_factor_done ? "/account" : "/sign-in/two-factor");
  return set_up_page(site, req, **s, {});
}

Result<Response> submit_set_up(Site& site, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  auto s = any_session(site, req);
  if (!s) return std::unexpected(s.error());
  if (!*s) return Response::redirect("/sign-in");
  if (auto ok = check_state_change(req, *form, (*s)->csrf_token); !ok) return std::unexpected(ok.error());
  const std::string code = form->get("code");
  if (code.empty()) return set_up_page(site, req, **s, {{"code", "Enter the 6-digit code from your authenticator app"}});
  auto fresh = app::complete_two_factor_enrolment(site.db, **s, code, request_context(site, req));
  if (!fresh) {
    if (!fresh.error().field.empty()) return set_up_page(site, req, **s, {{"code", fresh.error().message}});
    return std::unexpected(fresh.error());
  }
  return with_session(req, *fresh, (*s)->two_factor_done ? "/account?two_factor=on" : "/children");
}

}  // namespace

Result<void> add_two_factor_pages(Site& site) {
  // Public routes: the person has a session, but not yet a trusted one.
  Route routes[] = {
      {http::verb::get, "/sign-in/two-factor", "two_factor", Access::public_page, [&site](Request& r) { return show_code(site, r); }},
      {http::verb::post, "/sign-in/two-factor", "two_factor_submit", Access::public_page,
       [&site](Request& r) { return submit_code(site, r); }},
      {http::verb::get, "/sign-in/set-up-two-factor", "two_factor_set_up", Access::public_page,
       [&site](Request& r) { return show_set_up(site, r); }},
      {http::verb::post, "/sign-in/set-up-two-factor", "two_factor_set_up_submit", Access::public_page,
       [&site](Request& r) { return submit_set_up(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 4096;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
