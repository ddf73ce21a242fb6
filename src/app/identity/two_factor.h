// The second sign-in step. Staff must use an authenticator app (TOTP); families may choose to.
// After the password, a session exists but is not yet trusted; a correct code replaces it with a
// fresh, trusted session (a new cookie token), so a token seen before the second step is useless.
#pragma once

#include <optional>
#include <string>

#include "app/identity/invitations.h"
#include "app/identity/sessions.h"
#include "store/database.h"

namespace sendhub::app {

inline constexpr const char* wrong_code = "Enter the 6-digit code shown in your authenticator app now";
inline constexpr const char* too_many_codes = "Too many wrong codes. Wait a few minutes, then try again";

// Whether the person has an authenticator app set up.
Result<bool> has_two_factor(store::Database& db, const std::string& user_id);

struct Enrolment {
  std::string secret_base32;  // shown to type in, in groups of four
  std::string uri;            // otpauth:// link for apps on the same device
};
// The secret offered to this session (made once per session, kept until confirmed).
Result<Enrolment> start_two_factor_enrolment(store::Database& db, const Session& session, std::string_view account_label);

// Confirms the app works by checking one code, saves the secret and returns a fresh session.
Result<NewSession> complete_two_factor_enrolment(store::Database& db, const Session& session, std::string_view code,
                                                 const RequestContext& ctx);

// The second step at sign-in; throttled like passwords, audited either way.
Result<NewSession> verify_second_factor(store::Database& db, const Session& session, std::string_view code,
                                        const RequestContext& ctx);

}  // namespace sendhub::app
