#include "app/identity/sessions.h"

#include <sodium.h>

#include "domain/identity/sign_in_rules.h"

namespace sendhub::app {

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string random_token() {
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

std::string token_hash(std::string_view token) {
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

Result<NewSession> create_session(store::Connection& c, const std::string& user_id, access::Role role,
                                  bool two_factor_done, std::int64_t now, std::string_view device) {
  NewSession s{random_token(), Session{"", user_id, role, random_token(), two_factor_done, now, now}};
  s.session.token_hash = token_hash(s.token);
  const store::Value p[] = {s.session.token_hash, user_id, std::string(access::to_string(role)), s.session.csrf_token,
                            std::int64_t{two_factor_done ? 1 : 0}, now, now, std::string(device.substr(0, 200))};
  auto n = c.execute("INSERT INTO sessions (token_hash, user_id, role, csrf_token, two_factor_done, created_at, "
                     "last_seen_at, device) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", p);
  if (!n) return std::unexpected(n.error());
  return s;
}

Result<std::optional<Session>> find_session(store::Database& db, std::string_view token, std::int64_t now) {
  if (token.empty() || token.size() > 100) return std::optional<Session>{};
  const std::string hash = token_hash(token);
  std::optional<Session> found;
  const store::Value p[] = {hash};
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT user_id, role, csrf_token, two_factor_done, created_at, last_seen_at FROM sessions "
                        "WHERE token_hash = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return {};
    const auto& r = (*rows)[0];
    auto role = access::role_from_string(r.get_text(1));
    if (!role) return {};
    found = Session{hash, r.get_text(0), *role, r.get_text(2), r.get_int(3) != 0, r.get_int(4), r.get_int(5)};
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!found) return found;
  using std::chrono::seconds;
  using Time = identity::Time;
  const bool expired = identity::session_expired(Time(seconds(found->created_at)), Time(seconds(found->last_seen_at)),
                                                 Time(seconds(now)), !access::is_family(found->role));
  // "Last seen" to the minute is enough for a 30-minute idle limit, and spares a write (and an
  // fsync) on nearly every request.
  if (!expired && now - found->last_seen_at < 60) return found;
  auto written = db.write([&](store::Connection& c) -> Result<void> {
    if (expired) {
      auto gone = c.execute("DELETE FROM sessions WHERE token_hash = $1", p);
      if (!gone) return std::unexpected(gone.error());
      return {};
    }
    const store::Value touch[] = {now, hash};
    auto n = c.execute("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2", touch);
    if (!n) return std::unexpected(n.error());
    return {};
  });
  if (!written) return std::unexpected(written.error());
  if (expired) return std::optional<Session>{};
  found->last_seen_at = now;
  return found;
}

Result<void> end_session(store::Connection& c, std::string_view token) {
  const store::Value p[] = {token_hash(token)};
  auto n = c.execute("DELETE FROM sessions WHERE token_hash = $1", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

}  // namespace sendhub::app

namespace sendhub::app {

Result<std::vector<SessionSummary>> list_sessions(store::Database& db, const std::string& user_id) {
  std::vector<SessionSummary> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {user_id};
    auto rows = c.query("SELECT token_hash, device, created_at, last_seen_at FROM sessions WHERE user_id = $1 "
                        "ORDER BY last_seen_at DESC", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) out.push_back({r.get_text(0), r.get_text(1), r.get_int(2), r.get_int(3)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::int64_t> end_other_sessions(store::Connection& c, const std::string& user_id, const std::string& keep_hash) {
  const store::Value p[] = {user_id, keep_hash};
  return c.execute("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2", p);
}

}  // namespace sendhub::app
