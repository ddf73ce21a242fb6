// "Forgotten your password?": the answer never says whether an account exists; if it does, a
// single-use link valid for an hour is emailed. Choosing a new password signs the person out
// everywhere and tells them by email. Two-factor authentication still applies afterwards.
#pragma once

#include <optional>
#include <string>

#include "app/identity/invitations.h"
#include "app/identity/password_hasher.h"
#include "store/database.h"

namespace sendhub::app {

// Always succeeds for a well-formed address (unless storage fails); at most one email a minute.
Result<void> request_password_reset(store::Database& db, std::string_view email, const RequestContext& ctx);

// Whether the link is still usable (unused and within its hour).
Result<bool> password_reset_open(store::Database& db, std::string_view token, std::int64_t now);

// Sets the new password (checked against the rules), uses up the link and ends every session.
Result<void> complete_password_reset(store::Database& db, PasswordHasher& hasher, std::string_view token,
                                     std::string_view new_password, const RequestContext& ctx);

}  // namespace sendhub::app
