// Server-side sessions, in the database so several SENDhub servers can share them. The cookie
// carries 256 random bits; the database keeps only their BLAKE2b hash, so a copy of the database
// cannot be used to sign in. Each session has its own CSRF token.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/access/role.h"
#include "domain/error.h"
#include "store/database.h"

namespace sendhub::app {

struct Session {
  std::string token_hash;
  std::string user_id;
  access::Role role;
  std::string csrf_token;
  bool two_factor_done = false;
  std::int64_t created_at = 0;  // Unix seconds
  std::int64_t last_seen_at = 0;
};

struct NewSession {
  std::string token;  // for the cookie only; never stored
  Session session;
};

std::string random_token();  // 256 bits, base64url
std::string token_hash(std::string_view token);

Result<NewSession> create_session(store::Connection& c, const std::string& user_id, access::Role role,
                                  bool two_factor_done, std::int64_t now, std::string_view device);
// The live session for a cookie token, touching last_seen; expired ones are deleted and not returned.
Result<std::optional<Session>> find_session(store::Database& db, std::string_view token, std::int64_t now);
Result<void> end_session(store::Connection& c, std::string_view token);

struct SessionSummary {
  std::string token_hash;
  std::string device;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
};
Result<std::vector<SessionSummary>> list_sessions(store::Database& db, const std::string& user_id);
// Ends every session of the person except the one given; returns how many ended.
Result<std::int64_t> end_other_sessions(store::Connection& c, const std::string& user_id, const std::string& keep_hash);

std::int64_t unix_now();

}  // namespace sendhub::app
