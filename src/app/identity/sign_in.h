// Signing in: throttled per account and per address, the same answer and a similar time whether
// or not the email exists, every attempt audited, a fresh session on success.
#pragma once

#include <string>

#include "app/identity/password_hasher.h"
#include "app/identity/sessions.h"
#include "store/database.h"

namespace sendhub::app {

struct SignInAttempt {
  std::string email;
  std::string password;
  std::string source;      // client address
  std::string request_id;
  std::string device;      // user agent, shortened
  std::int64_t now = 0;
};

// The one message for a wrong email or password; it never says which.
inline constexpr const char* sign_in_refused = "Enter a correct email address and password";
inline constexpr const char* sign_in_throttled = "Too many attempts to sign in. Wait a few minutes, then try again";

Result<NewSession> sign_in(store::Database& db, PasswordHasher& hasher, const SignInAttempt& attempt);

}  // namespace sendhub::app
