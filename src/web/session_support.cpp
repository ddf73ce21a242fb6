#include "web/session_support.h"

#include <sodium.h>

#include "app/identity/accounts.h"
#include "app/identity/people.h"
#include "app/clock.h"
#include "app/identity/audit_trail.h"

namespace sendhub::web {

bool served_over_tls(const Request& req) {
  // Only nginx on this machine is trusted to say how the browser connected.
  return (req.remote_address == "127.0.0.1" || req.remote_address == "::1") && req.header("X-Forwarded-Proto") == "https";
}

std::string session_cookie_name(const Request& req) {
  return served_over_tls(req) ? "__Host-sendhub_session" : "sendhub_session";
}

std::string session_cookie(const Request& req, const std::string& token) {
  return session_cookie_name(req) + "=" + token + "; Path=/; HttpOnly; SameSite=Lax" + (served_over_tls(req) ? "; Secure" : "");
}

std::string expired_session_cookie(const Request& req) {
  return session_cookie_name(req) + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0" + (served_over_tls(req) ? "; Secure" : "");
}

Result<std::optional<SignedIn>> signed_in(Site& site, const Request& req) {
  auto token = req.cookie(session_cookie_name(req));
  if (!token) return std::optional<SignedIn>{};
  auto session = app::find_session(site.db, *token, app::unix_now());
  if (!session) return std::unexpected(session.error());
  if (!*session || !(*session)->two_factor_done) return std::optional<SignedIn>{};
  std::optional<SignedIn> out;
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    std::string name;
    auto actor = app::load_actor(c, (*session)->user_id, (*session)->role, &name);
    if (!actor) return std::unexpected(actor.error());
    out = SignedIn{**session, *actor, name};
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::optional<Posted>> signed_in_post(Site& site, const Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return std::optional<Posted>{};
  if (auto ok = check_state_change(req, *form, (*who)->session.csrf_token); !ok) return std::unexpected(ok.error());
  return std::optional<Posted>{Posted{std::move(*form), std::move(**who)}};
}

Result<SignedIn> people_manager(Site& site, const Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return fail(ErrorCode::unauthenticated, "");
  auto orgs = app::organisations_for(site.db, (*who)->actor);
  if (!orgs) return std::unexpected(orgs.error());
  if (orgs->empty()) return fail(ErrorCode::not_found, "");
  return **who;
}

Result<std::optional<Posted>> people_manager_post(Site& site, const Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted || !*posted) return posted;
  auto orgs = app::organisations_for(site.db, (*posted)->who.actor);
  if (!orgs) return std::unexpected(orgs.error());
  if (orgs->empty()) return fail(ErrorCode::not_found, "");
  return posted;
}

Chrome SignedIn::chrome() const {
  Chrome c{display_name, session.csrf_token};
  c.manages_people = session.role == access::Role::sen_manager || session.role == access::Role::administrator;
  c.council_team = access::is_local_authority_casework(session.role);
  c.reviews = c.council_team || session.role == access::Role::school_senco;
  using access::Role;
  c.dashboard = c.council_team || session.role == Role::analyst || session.role == Role::designated_clinical_officer;
  c.adviser = session.role == Role::health_professional || session.role == Role::designated_clinical_officer ||
              session.role == Role::educational_psychologist || session.role == Role::social_worker ||
              session.role == Role::school_senco;
  return c;
}

Result<std::optional<app::Session>> any_session(Site& site, const Request& req) {
  auto token = req.cookie(session_cookie_name(req));
  if (!token) return std::optional<app::Session>{};
  return app::find_session(site.db, *token, app::unix_now());
}

app::RequestContext request_context(const Site& site, const Request& req) {
  return {req.remote_address, req.request_id, std::string(req.header("User-Agent")).substr(0, 200), app::unix_now(),
          site.public_url};
}

namespace {
constexpr const char* form_csrf_cookie = "sendhub_form_csrf";
}

std::string form_csrf_token(const Request& req) {
  auto token = req.cookie(form_csrf_cookie);
  return token && token->size() == 43 ? *token : app::random_token();
}

void set_form_csrf_cookie(Response& r, const Request& req, const std::string& token) {
  r.headers.emplace_back("Set-Cookie", std::string(form_csrf_cookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" +
                                           (served_over_tls(req) ? "; Secure" : ""));
}

Result<void> check_form_csrf(const Request& req, const FormFields& form) {
  return check_state_change(req, form, req.cookie(form_csrf_cookie).value_or(""));
}

Result<void> check_state_change(const Request& req, const FormFields& form, std::string_view expected) {
  if (req.header("Sec-Fetch-Site") == "cross-site")
    return fail(ErrorCode::invalid_input, "This form was sent from another website, so it was not accepted.");
  auto origin = req.header("Origin");
  if (!origin.empty() && origin != "null") {
    auto host = req.header("Host");
    if (origin != "http://" + host && origin != "https://" + host)
      return fail(ErrorCode::invalid_input, "This form was sent from another website, so it was not accepted.");
  }
  auto token = form.get("csrf_token");
  if (expected.empty() || token.size() != expected.size() ||
      sodium_memcmp(token.data(), expected.data(), expected.size()) != 0)
    return fail(ErrorCode::invalid_input, "This form has expired. Go back, reload the page and try again.");
  return {};
}

Result<void> audit_list(Site& site, const Request& req, const SignedIn& who,
                        const std::vector<std::pair<std::string, std::string>>& children) {
  const std::string day = app::utc_timestamp_now().substr(0, 10);
  std::vector<const std::pair<std::string, std::string>*> fresh;
  for (const auto& child : children)
    if (site.list_audits.first_today(who.session.token_hash, child.first, day)) fresh.push_back(&child);
  if (fresh.empty()) return {};
  return site.db.write([&](store::Connection& c) -> Result<void> {
    for (const auto* child : fresh) {
      audit::AuditEntry e;
      e.actor_user_id = who.session.user_id;
      e.actor_role = std::string(access::to_string(who.session.role));
      e.action = "record.list";
      e.child_id = child->first;
      e.la_code = child->second;
      e.outcome = "allowed";
      e.source = req.remote_address;
      e.request_id = req.request_id;
      if (auto written = app::append_audit(c, e); !written) return std::unexpected(written.error());
    }
    return {};
  });
}

Result<void> audit_read(Site& site, const Request& req, const SignedIn& who, std::string action, std::string child_id,
                        std::string la_code, bool allowed) {
  return site.db.write([&](store::Connection& c) -> Result<void> {
    audit::AuditEntry e;
    e.actor_user_id = who.session.user_id;
    e.actor_role = std::string(access::to_string(who.session.role));
    e.action = std::move(action);
    e.child_id = std::move(child_id);
    e.la_code = std::move(la_code);
    e.outcome = allowed ? "allowed" : "refused";
    e.source = req.remote_address;
    e.request_id = req.request_id;
    auto written = app::append_audit(c, e);
    if (!written) return std::unexpected(written.error());
    return {};
  });
}

}  // namespace sendhub::web
