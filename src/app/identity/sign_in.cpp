#include "app/identity/sign_in.h"

#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "domain/identity/sign_in_rules.h"

namespace sendhub::app {
namespace {

using Time = identity::Time;

Result<bool> throttled(store::Connection& c, const std::string& key, std::int64_t now) {
  const store::Value p[] = {key};
  auto rows = c.query("SELECT failures, last_failure_at FROM sign_in_failures WHERE throttle_key = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return false;
  auto next = identity::next_attempt_allowed(static_cast<int>((*rows)[0].get_int(0)),
                                             Time(std::chrono::seconds((*rows)[0].get_int(1))));
  return Time(std::chrono::seconds(now)) < next;
}

Result<void> record_failure(store::Connection& c, const std::string& key, std::int64_t now) {
  const store::Value p[] = {key, now};
  auto n = c.execute("INSERT INTO sign_in_failures (throttle_key, failures, last_failure_at) VALUES ($1, 1, $2) "
                     "ON CONFLICT (throttle_key) DO UPDATE SET failures = sign_in_failures.failures + 1, "
                     "last_failure_at = excluded.last_failure_at", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

audit::AuditEntry entry(const SignInAttempt& a, std::string user_id, std::string role, std::string action,
                        std::string outcome, std::string detail) {
  audit::AuditEntry e;
  e.actor_user_id = std::move(user_id);
  e.actor_role = std::move(role);
  e.action = std::move(action);
  e.outcome = std::move(outcome);
  e.source = a.source;
  e.request_id = a.request_id;
  e.detail = std::move(detail);
  return e;
}

}  // namespace

Result<NewSession> sign_in(store::Database& db, PasswordHasher& hasher, const SignInAttempt& a) {
  const std::string account_key = "account:" + normalise_email(a.email);
  const std::string address_key = "address:" + a.source;
  std::optional<Account> account;
  bool slow_down = false;
  auto looked_up = db.read([&](store::Connection& c) -> Result<void> {
    for (const auto& key : {account_key, address_key}) {
      auto t = throttled(c, key, a.now);
      if (!t) return std::unexpected(t.error());
      slow_down = slow_down || *t;
    }
    auto found = find_account_by_email(c, a.email);
    if (!found) return std::unexpected(found.error());
    account = *found;
    return {};
  });
  if (!looked_up) return std::unexpected(looked_up.error());

  // Verify against a decoy hash when there is no such account, so both answers take as long.
  const bool usable = account && !account->disabled && !account->password_hash.empty();
  const bool password_ok = hasher.verify(usable ? account->password_hash : hasher.decoy_hash(), a.password) && usable;

  if (slow_down || !password_ok) {
    auto recorded = db.write([&](store::Connection& c) -> Result<void> {
      if (!slow_down) {
        if (auto ok = record_failure(c, account_key, a.now); !ok) return ok;
        if (auto ok = record_failure(c, address_key, a.now); !ok) return ok;
      }
      auto e = entry(a, account ? account->id : "", "", "sign_in", slow_down ? "throttled" : "failed",
                     account ? "wrong password" : "unknown email");
      if (auto ok = append_audit(c, e); !ok) return std::unexpected(ok.error());
      return {};
    });
    if (!recorded) return std::unexpected(recorded.error());
    return fail(ErrorCode::unauthenticated, slow_down ? sign_in_throttled : sign_in_refused, "email");
  }

  std::optional<std::string> rehashed;
  if (hasher.needs_rehash(account->password_hash)) {
    auto h = hasher.hash(a.password);
    if (h) rehashed = *h;
  }
  NewSession created;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto role = default_role(c, account->id);
    if (!role) return std::unexpected(role.error());
    if (!*role) return fail(ErrorCode::forbidden, "This account has no role yet. Ask the person who invited you.");
    const store::Value p[] = {account_key};
    if (auto n = c.execute("DELETE FROM sign_in_failures WHERE throttle_key = $1", p); !n) return std::unexpected(n.error());
    if (rehashed)
      if (auto saved = save_password_hash(c, account->id, *rehashed); !saved) return saved;
    // Two-factor codes are required for staff and for families who chose them; demo accounts
    // are exempt so they can be tried.
    bool second_factor_done = account->is_demo || (!access::requires_two_factor(**role) && !account->has_two_factor);
    auto s = create_session(c, account->id, **role, second_factor_done, a.now, a.device);
    if (!s) return std::unexpected(s.error());
    created = *s;
    auto e = entry(a, account->id, std::string(access::to_string(**role)), "sign_in", "succeeded",
                   second_factor_done ? "" : "second step needed");
    // The authority the person works for, so an SEN manager's audit view includes their sign-ins.
    auto actor = load_actor(c, account->id, **role);
    if (!actor) return std::unexpected(actor.error());
    if (!actor->la_codes.empty()) e.la_code = actor->la_codes.front();
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return created;
}

}  // namespace sendhub::app
