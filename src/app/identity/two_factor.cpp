#include "app/identity/two_factor.h"

#include <sodium.h>

#include "app/identity/audit_trail.h"
#include "domain/identity/sign_in_rules.h"
#include "domain/identity/totp.h"

namespace sendhub::app {
namespace {

using Clock = std::chrono::system_clock;

Clock::time_point at(std::int64_t unix_seconds) { return Clock::time_point(std::chrono::seconds(unix_seconds)); }

audit::AuditEntry entry(const RequestContext& ctx, const Session& s, std::string action, bool ok) {
  audit::AuditEntry e;
  e.actor_user_id = s.user_id;
  e.actor_role = std::string(access::to_string(s.role));
  e.action = std::move(action);
  e.outcome = ok ? "succeeded" : "failed";
  e.source = ctx.source;
  e.request_id = ctx.request_id;
  return e;
}

// Ends the untrusted session and makes a trusted one in its place.
Result<NewSession> rotate(store::Connection& c, const Session& s, const RequestContext& ctx) {
  const store::Value p[] = {s.token_hash};
  if (auto n = c.execute("DELETE FROM sessions WHERE token_hash = $1", p); !n) return std::unexpected(n.error());
  return create_session(c, s.user_id, s.role, true, ctx.now, ctx.device);
}

}  // namespace

Result<bool> has_two_factor(store::Database& db, const std::string& user_id) {
  bool has = false;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {user_id};
    auto rows = c.query("SELECT totp_secret FROM users WHERE id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    has = !rows->empty() && !(*rows)[0].is_null(0);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return has;
}

Result<Enrolment> start_two_factor_enrolment(store::Database& db, const Session& s, std::string_view label) {
  std::string secret;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {s.token_hash};
    auto rows = c.query("SELECT totp_enrolment_secret FROM sessions WHERE token_hash = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return fail(ErrorCode::unauthenticated, "signed out");
    if (!(*rows)[0].is_null(0)) {
      secret = (*rows)[0].get_text(0);
      return {};
    }
    unsigned char bytes[20];  // 160 bits, as RFC 4226 recommends
    randombytes_buf(bytes, sizeof bytes);
    secret = identity::base32_encode(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
    const store::Value q[] = {secret, s.token_hash};
    auto n = c.execute("UPDATE sessions SET totp_enrolment_secret = $1 WHERE token_hash = $2", q);
    if (!n) return std::unexpected(n.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  auto raw = identity::base32_decode(secret);
  if (!raw) return std::unexpected(raw.error());
  return Enrolment{secret, identity::totp_uri("SENDhub", label, *raw)};
}

Result<NewSession> complete_two_factor_enrolment(store::Database& db, const Session& s, std::string_view code,
                                                 const RequestContext& ctx) {
  NewSession fresh;
  bool wrong = false;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {s.token_hash};
    auto rows = c.query("SELECT totp_enrolment_secret FROM sessions WHERE token_hash = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty() || (*rows)[0].is_null(0)) return fail(ErrorCode::conflict, "Start setting up your authenticator app again");
    const std::string secret = (*rows)[0].get_text(0);
    auto raw = identity::base32_decode(secret);
    if (!raw) return std::unexpected(raw.error());
    auto step = identity::verify_totp(*raw, code, at(ctx.now), std::nullopt);
    if (!step) {
      wrong = true;
      auto logged = append_audit(c, entry(ctx, s, "two_factor.enrol", false));
      if (!logged) return std::unexpected(logged.error());
      return {};
    }
    const store::Value save[] = {secret, static_cast<std::int64_t>(*step), s.user_id};
    if (auto n = c.execute("UPDATE users SET totp_secret = $1, totp_last_step = $2 WHERE id = $3", save); !n)
      return std::unexpected(n.error());
    if (auto logged = append_audit(c, entry(ctx, s, "two_factor.enrol", true)); !logged) return std::unexpected(logged.error());
    auto r = rotate(c, s, ctx);
    if (!r) return std::unexpected(r.error());
    fresh = *r;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (wrong) return fail(ErrorCode::invalid_input, wrong_code, "code");
  return fresh;
}

Result<NewSession> verify_second_factor(store::Database& db, const Session& s, std::string_view code,
                                        const RequestContext& ctx) {
  NewSession fresh;
  std::optional<Error> refusal;
  const std::string key = "totp:" + s.user_id;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value k[] = {key};
    auto failures = c.query("SELECT failures, last_failure_at FROM sign_in_failures WHERE throttle_key = $1", k);
    if (!failures) return std::unexpected(failures.error());
    if (!failures->empty() &&
        at(ctx.now) < identity::next_attempt_allowed(static_cast<int>((*failures)[0].get_int(0)), at((*failures)[0].get_int(1)))) {
      refusal = Error{ErrorCode::unauthenticated, too_many_codes, "code"};
      auto logged = append_audit(c, entry(ctx, s, "sign_in.second_factor", false));
      if (!logged) return std::unexpected(logged.error());
      return {};
    }
    const store::Value p[] = {s.user_id};
    auto rows = c.query("SELECT totp_secret, totp_last_step FROM users WHERE id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty() || (*rows)[0].is_null(0)) return fail(ErrorCode::conflict, "Set up your authenticator app first");
    auto raw = identity::base32_decode((*rows)[0].get_text(0));
    if (!raw) return std::unexpected(raw.error());
    std::optional<std::uint64_t> last;
    if (!(*rows)[0].is_null(1)) last = static_cast<std::uint64_t>((*rows)[0].get_int(1));
    auto step = identity::verify_totp(*raw, code, at(ctx.now), last);
    if (!step) {
      refusal = Error{ErrorCode::invalid_input, wrong_code, "code"};
      const store::Value f[] = {key, ctx.now};
      auto n = c.execute("INSERT INTO sign_in_failures (throttle_key, failures, last_failure_at) VALUES ($1, 1, $2) "
                         "ON CONFLICT (throttle_key) DO UPDATE SET failures = sign_in_failures.failures + 1, "
                         "last_failure_at = excluded.last_failure_at", f);
      if (!n) return std::unexpected(n.error());
      auto logged = append_audit(c, entry(ctx, s, "sign_in.second_factor", false));
      if (!logged) return std::unexpected(logged.error());
      return {};
    }
    const store::Value save[] = {static_cast<std::int64_t>(*step), s.user_id};
    if (auto n = c.execute("UPDATE users SET totp_last_step = $1 WHERE id = $2", save); !n) return std::unexpected(n.error());
    if (auto n = c.execute("DELETE FROM sign_in_failures WHERE throttle_key = $1", k); !n) return std::unexpected(n.error());
    if (auto logged = append_audit(c, entry(ctx, s, "sign_in.second_factor", true)); !logged) return std::unexpected(logged.error());
    auto r = rotate(c, s, ctx);
    if (!r) return std::unexpected(r.error());
    fresh = *r;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (refusal) return std::unexpected(*refusal);
  return fresh;
}

}  // namespace sendhub::app
