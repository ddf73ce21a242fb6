// Signed-in requests: the session cookie, the person's Actor for access decisions, and the
// CSRF and Origin checks every state-changing request passes before anything is done.
#pragma once

#include <optional>
#include <string>

#include "app/identity/sessions.h"
#include "domain/access/policy.h"
#include "web/site.h"

namespace sendhub::web {

struct SignedIn {
  app::Session session;
  access::Actor actor;
  std::string display_name;
  Chrome chrome() const { return Chrome{display_name, session.csrf_token}; }
};

// "__Host-sendhub_session" behind TLS (nginx says so from the loopback), else "sendhub_session".
std::string session_cookie_name(const Request& req);
bool served_over_tls(const Request& req);
std::string session_cookie(const Request& req, const std::string& token);  // Set-Cookie value
std::string expired_session_cookie(const Request& req);

// The signed-in person, or nothing (no cookie, expired, or two-factor step not done).
Result<std::optional<SignedIn>> signed_in(Site& site, const Request& req);

// Refuses cross-site requests (Sec-Fetch-Site, Origin) and a csrf_token field that does not match.
Result<void> check_state_change(const Request& req, const FormFields& form, std::string_view expected_token);

// Writes one audit entry in its own transaction (reads have nothing else to write).
Result<void> audit_read(Site& site, const Request& req, const SignedIn& who, std::string action, std::string child_id,
                        std::string la_code, bool allowed);

}  // namespace sendhub::web
