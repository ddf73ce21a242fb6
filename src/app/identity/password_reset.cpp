#include "app/identity/password_reset.h"

#include "app/email/outbox.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "domain/email/messages.h"
#include "domain/identity/invitation_rules.h"
#include "domain/identity/sign_in_rules.h"

namespace sendhub::app {
namespace {

constexpr const char* link_gone = "This link to reset your password has expired or has already been used";

audit::AuditEntry reset_entry(const RequestContext& ctx, const std::string& user_id, std::string action) {
  audit::AuditEntry e;
  e.actor_user_id = user_id;
  e.action = std::move(action);
  e.outcome = "succeeded";
  e.source = ctx.source;
  e.request_id = ctx.request_id;
  return e;
}

Result<std::optional<std::string>> open_reset_user(store::Connection& c, std::string_view token, std::int64_t now) {
  const store::Value p[] = {token_hash(token), now};
  auto rows = c.query("SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<std::string>{};
  return std::optional<std::string>{(*rows)[0].get_text(0)};
}

}  // namespace

Result<void> request_password_reset(store::Database& db, std::string_view typed, const RequestContext& ctx) {
  const std::string email = normalise_email(typed);
  if (!email::valid_address(email))
    return fail(ErrorCode::invalid_input, "Enter an email address in the correct format, like name@example.com", "email");
  return db.write([&](store::Connection& c) -> Result<void> {
    auto account = find_account_by_email(c, email);
    if (!account) return std::unexpected(account.error());
    if (!*account || (*account)->disabled) return {};
    const store::Value recent_p[] = {(*account)->id, ctx.now - 60};
    auto recent = c.query("SELECT 1 FROM password_resets WHERE user_id = $1 AND created_at > $2", recent_p);
    if (!recent) return std::unexpected(recent.error());
    if (!recent->empty()) return {};  // one email a minute, so the form cannot be used to flood an inbox
    const std::string token = random_token();
    const auto minutes = identity::password_reset_lifetime.count();
    const store::Value p[] = {token_hash(token), (*account)->id, ctx.now, ctx.now + minutes * 60};
    auto n = c.execute("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)", p);
    if (!n) return std::unexpected(n.error());
    auto message = email::password_reset_message(email, ctx.public_url + "/reset-password?token=" + token,
                                                 static_cast<int>(minutes));
    if (auto q = queue_email(c, message, ctx.now); !q) return std::unexpected(q.error());
    if (auto logged = append_audit(c, reset_entry(ctx, (*account)->id, "password_reset.request")); !logged)
      return std::unexpected(logged.error());
    return {};
  });
}

Result<bool> password_reset_open(store::Database& db, std::string_view token, std::int64_t now) {
  if (token.empty() || token.size() > 100) return false;
  bool open = false;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto user = open_reset_user(c, token, now);
    if (!user) return std::unexpected(user.error());
    open = user->has_value();
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return open;
}

Result<void> complete_password_reset(store::Database& db, PasswordHasher& hasher, std::string_view token,
                                     std::string_view new_password, const RequestContext& ctx) {
  std::string email;
  auto found = db.read([&](store::Connection& c) -> Result<void> {
    auto user = open_reset_user(c, token, ctx.now);
    if (!user) return std::unexpected(user.error());
    if (!*user) return fail(ErrorCode::not_found, link_gone);
    const store::Value p[] = {**user};
    auto rows = c.query("SELECT email FROM users WHERE id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return fail(ErrorCode::not_found, link_gone);
    email = (*rows)[0].get_text(0);
    return {};
  });
  if (!found) return std::unexpected(found.error());
  if (auto ok = identity::check_new_password(new_password, email); !ok) return std::unexpected(ok.error());
  auto hash = hasher.hash(new_password);
  if (!hash) return std::unexpected(hash.error());
  return db.write([&](store::Connection& c) -> Result<void> {
    auto user = open_reset_user(c, token, ctx.now);
    if (!user) return std::unexpected(user.error());
    if (!*user) return fail(ErrorCode::not_found, link_gone);
    const store::Value use[] = {ctx.now, token_hash(token)};
    auto used = c.execute("UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL", use);
    if (!used) return std::unexpected(used.error());
    if (*used != 1) return fail(ErrorCode::not_found, link_gone);
    if (auto saved = save_password_hash(c, **user, *hash); !saved) return saved;
    const store::Value p[] = {**user};
    if (auto n = c.execute("DELETE FROM sessions WHERE user_id = $1", p); !n) return std::unexpected(n.error());
    if (auto n = c.execute("DELETE FROM sign_in_failures WHERE throttle_key = 'account:' || (SELECT email FROM users WHERE id = $1)", p); !n)
      return std::unexpected(n.error());
    if (auto q = queue_email(c, email::password_changed_message(email, ctx.public_url + "/sign-in"), ctx.now); !q)
      return std::unexpected(q.error());
    if (auto logged = append_audit(c, reset_entry(ctx, **user, "password_reset.complete")); !logged)
      return std::unexpected(logged.error());
    return {};
  });
}

}  // namespace sendhub::app
