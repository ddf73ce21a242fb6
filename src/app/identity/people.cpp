#include "app/identity/people.h"

#include "app/email/outbox.h"
#include "app/identity/audit_trail.h"
#include "domain/email/messages.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {
namespace {

calendar::Date day_of(std::int64_t now) {
  return std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(now)));
}

calendar::Date today() { return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()); }

bool manages(const access::Actor& actor, const std::string& la_code, calendar::Date on) {
  return static_cast<bool>(
      access::may(actor, access::Action::manage_users, {access::ResourceKind::deployment, la_code}, on));
}

audit::AuditEntry change_entry(const RequestContext& ctx, const access::Actor& actor, std::string action,
                               std::string la_code, std::string detail) {
  audit::AuditEntry e;
  e.actor_user_id = actor.user_id;
  e.actor_role = std::string(access::to_string(actor.role));
  e.action = std::move(action);
  e.la_code = std::move(la_code);
  e.outcome = "succeeded";
  e.source = ctx.source;
  e.request_id = ctx.request_id;
  e.detail = std::move(detail);
  return e;
}

Result<void> end_all_sessions(store::Connection& c, const std::string& user_id) {
  const store::Value p[] = {user_id};
  auto n = c.execute("DELETE FROM sessions WHERE user_id = $1", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

}  // namespace

Result<std::vector<Person>> list_people(store::Database& db, const access::Actor& actor) {
  std::vector<Person> out;
  const auto on = today();
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT u.id, u.display_name, u.email, o.id, o.name, m.role, "
                        "CASE WHEN u.totp_secret IS NULL THEN 0 ELSE 1 END, u.disabled, COALESCE(o.la_code, '') "
                        "FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id "
                        "WHERE u.is_service = 0 ORDER BY o.name, u.display_name, m.role", {});
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      if (!manages(actor, r.get_text(8), on)) continue;
      auto role = access::role_from_string(r.get_text(5));
      if (!role) continue;
      out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), *role,
                     r.get_int(6) != 0, r.get_int(7) != 0});
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<OrganisationChoice>> all_organisations(store::Database& db) {
  return organisations_for(db, {"", access::Role::administrator});
}

Result<std::vector<OrganisationChoice>> organisations_for(store::Database& db, const access::Actor& actor) {
  std::vector<OrganisationChoice> out;
  const auto on = today();
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT id, name, kind, COALESCE(la_code, '') FROM organisations ORDER BY name", {});
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows)
      if (manages(actor, r.get_text(3), on)) out.push_back({r.get_text(0), r.get_text(1), r.get_text(2)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<void> change_role(store::Database& db, const access::Actor& actor, const std::string& user_id,
                         const std::string& organisation_id, access::Role from, access::Role to,
                         const RequestContext& ctx) {
  if (user_id == actor.user_id)
    return fail(ErrorCode::invalid_input, "You cannot change your own role. Ask another administrator", "role");
  return db.write([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {user_id, organisation_id, std::string(access::to_string(from))};
    auto rows = c.query("SELECT o.kind, COALESCE(o.la_code, ''), u.email FROM memberships m "
                        "JOIN organisations o ON o.id = m.organisation_id JOIN users u ON u.id = m.user_id "
                        "WHERE m.user_id = $1 AND m.organisation_id = $2 AND m.role = $3 AND u.is_service = 0", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty() || !manages(actor, (*rows)[0].get_text(1), day_of(ctx.now)))
      return fail(ErrorCode::not_found, "no such membership");
    const std::string la_code = (*rows)[0].get_text(1), address = (*rows)[0].get_text(2);
    if (!identity::role_fits_organisation(to, (*rows)[0].get_text(0)))
      return fail(ErrorCode::invalid_input, "That role does not belong to this organisation", "role");
    if (from == to) return {};
    const store::Value q[] = {std::string(access::to_string(to)), user_id, organisation_id, std::string(access::to_string(from))};
    auto n = c.execute("UPDATE memberships SET role = $1 WHERE user_id = $2 AND organisation_id = $3 AND role = $4", q);
    if (!n) return std::unexpected(n.error());
    if (*n != 1) return fail(ErrorCode::conflict, "They already have that role in this organisation", "role");
    // A new role means new sessions: the person signs in again and gets a session for it.
    if (auto ended = end_all_sessions(c, user_id); !ended) return ended;
    auto message = email::role_changed_message(address, access::describe(to), ctx.public_url + "/sign-in");
    if (auto queued = queue_email(c, message, ctx.now); !queued) return std::unexpected(queued.error());
    auto e = change_entry(ctx, actor, "role.change", la_code,
                          "user " + user_id + ": " + std::string(access::to_string(from)) + " to " +
                              std::string(access::to_string(to)));
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
}

Result<void> set_account_disabled(store::Database& db, const access::Actor& actor, const std::string& user_id,
                                  bool disabled, const RequestContext& ctx) {
  if (user_id == actor.user_id) return fail(ErrorCode::invalid_input, "You cannot switch off your own account", "user_id");
  return db.write([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {user_id};
    auto rows = c.query("SELECT DISTINCT COALESCE(o.la_code, '') FROM memberships m "
                        "JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return fail(ErrorCode::not_found, "no such person");
    for (const auto& r : *rows)
      if (!manages(actor, r.get_text(0), day_of(ctx.now))) return fail(ErrorCode::not_found, "no such person");
    const store::Value q[] = {std::int64_t{disabled ? 1 : 0}, user_id};
    if (auto n = c.execute("UPDATE users SET disabled = $1 WHERE id = $2", q); !n) return std::unexpected(n.error());
    if (disabled)
      if (auto ended = end_all_sessions(c, user_id); !ended) return ended;
    auto e = change_entry(ctx, actor, disabled ? "account.disable" : "account.enable", (*rows)[0].get_text(0), "user " + user_id);
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
}

}  // namespace sendhub::app
