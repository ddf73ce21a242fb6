// Signed-in requests: the session cookie, the person's Actor for access decisions, and the
// CSRF and Origin checks every state-changing request passes before anything is done.
#pragma once

#include <optional>
#include <string>

#include "app/identity/invitations.h"
#include "app/identity/sessions.h"
#include "domain/access/policy.h"
#include "web/site.h"

namespace sendhub::web {

struct SignedIn {
  app::Session session;
  access::Actor actor;
  std::string display_name;
  Chrome chrome() const;
};

// "__Host-sendhub_session" behind TLS (nginx says so from the loopback), else "sendhub_session".
std::string session_cookie_name(const Request& req);
bool served_over_tls(const Request& req);
std::string session_cookie(const Request& req, const std::string& token);  // Set-Cookie value
std::string expired_session_cookie(const Request& req);

// The signed-in person, or nothing (no cookie, expired, or two-factor step not done).
Result<std::optional<SignedIn>> signed_in(Site& site, const Request& req);

// The session for the cookie even when its second sign-in step is still to do (for that step only).
Result<std::optional<app::Session>> any_session(Site& site, const Request& req);

// Who and where, for use cases that write audit entries and emails.
app::RequestContext request_context(const Site& site, const Request& req);

// Forms used before there is a session (reset a password, accept an invitation) are protected by
// a double-submit token: the same random value in a SameSite=Strict cookie and in the form.
std::string form_csrf_token(const Request& req);                               // the cookie's, or a new one
void set_form_csrf_cookie(Response& r, const Request& req, const std::string& token);
Result<void> check_form_csrf(const Request& req, const FormFields& form);

struct Posted {
  FormFields form;
  SignedIn who;
};
// A signed-in form post: reads the form, finds the person and runs the CSRF and Origin checks
// before anything else is read or written. Nothing when nobody is signed in.
Result<std::optional<Posted>> signed_in_post(Site& site, const Request& req);

// A signed-in SEN manager or administrator (someone who looks after people); not_found for
// anyone else, unauthenticated for nobody.
Result<SignedIn> people_manager(Site& site, const Request& req);
// signed_in_post for a people manager: not_found for anyone else.
Result<std::optional<Posted>> people_manager_post(Site& site, const Request& req);

// Refuses cross-site requests (Sec-Fetch-Site, Origin) and a csrf_token field that does not match.
Result<void> check_state_change(const Request& req, const FormFields& form, std::string_view expected_token);

// Audits a list of children's names shown to someone, in one transaction. A session that was
// already shown a child today is not written again (several servers may each write it once).
Result<void> audit_list(Site& site, const Request& req, const SignedIn& who,
                        const std::vector<std::pair<std::string, std::string>>& children_and_las);

// Writes one audit entry in its own transaction (reads have nothing else to write).
Result<void> audit_read(Site& site, const Request& req, const SignedIn& who, std::string action, std::string child_id,
                        std::string la_code, bool allowed);

}  // namespace sendhub::web
