#include "app/identity/invitations.h"

#include "app/clock.h"
#include "app/email/outbox.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "domain/calendar/date.h"
#include "domain/email/messages.h"
#include "domain/identity/sign_in_rules.h"

namespace sendhub::app {
namespace {

using identity::FieldProblem;
using identity::InvitationKind;

calendar::Date day_of(std::int64_t unix_seconds) {
  return std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(unix_seconds)));
}

struct Organisation {
  std::string kind, name, la_code;
};

Result<std::optional<Organisation>> find_organisation(store::Connection& c, const std::string& id) {
  const store::Value p[] = {id};
  auto rows = c.query("SELECT kind, name, COALESCE(la_code, '') FROM organisations WHERE id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<Organisation>{};
  return std::optional<Organisation>{Organisation{(*rows)[0].get_text(0), (*rows)[0].get_text(1), (*rows)[0].get_text(2)}};
}

Result<std::string> organisation_of(store::Connection& c, const std::string& user_id) {
  const store::Value p[] = {user_id};
  auto rows = c.query("SELECT o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                      "WHERE m.user_id = $1 ORDER BY o.id LIMIT 1", p);
  if (!rows) return std::unexpected(rows.error());
  return rows->empty() ? std::string("SENDhub") : (*rows)[0].get_text(0);
}

audit::AuditEntry audit_entry(const RequestContext& ctx, std::string user_id, access::Role role, std::string action,
                              std::string child_id, std::string la_code, std::string detail) {
  audit::AuditEntry e;
  e.actor_user_id = std::move(user_id);
  e.actor_role = std::string(access::to_string(role));
  e.action = std::move(action);
  e.child_id = std::move(child_id);
  e.la_code = std::move(la_code);
  e.outcome = "succeeded";
  e.source = ctx.source;
  e.request_id = ctx.request_id;
  e.detail = std::move(detail);
  return e;
}

// Whether the inviter may invite to this organisation or child; refusals look like "not found".
Result<std::string> authorise(store::Connection& c, const access::Actor& inviter, const identity::InvitationDraft& d,
                              const identity::CheckedInvitation& checked, calendar::Date today,
                              std::vector<FieldProblem>& problems) {
  std::string la_code;
  if (checked.kind != InvitationKind::family) {
    auto org = find_organisation(c, d.organisation_id);
    if (!org) return std::unexpected(org.error());
    if (!*org) return fail(ErrorCode::not_found, "no such organisation");
    if (!identity::role_fits_organisation(checked.role, (*org)->kind))
      problems.push_back({"role", "That role does not belong to " + (*org)->name + ". Choose another role or organisation"});
    la_code = (*org)->la_code;
    if (checked.kind == InvitationKind::staff) {
      access::Resource r{access::ResourceKind::deployment, la_code};
      if (!access::may(inviter, access::Action::manage_users, r, today)) return fail(ErrorCode::not_found, "not permitted");
      return la_code;
    }
  }
  auto child = load_child_resource(c, d.child_id);
  if (!child) return std::unexpected(child.error());
  if (!*child || !access::may(inviter, access::Action::edit_record, **child, today))
    return fail(ErrorCode::not_found, "no such child");
  return (*child)->la_code;
}

}  // namespace

Result<std::vector<FieldProblem>> send_invitation(store::Database& db, const access::Actor& inviter,
                                                  const identity::InvitationDraft& typed, const RequestContext& ctx) {
  identity::InvitationDraft d = typed;
  d.email = normalise_email(d.email);
  const auto today = day_of(ctx.now);
  auto checked = identity::check_invitation(d, today);
  if (!checked.problems.empty()) return checked.problems;
  std::vector<FieldProblem> problems;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto la_code = authorise(c, inviter, d, checked, today, problems);
    if (!la_code) return std::unexpected(la_code.error());
    auto existing = find_account_by_email(c, d.email);
    if (!existing) return std::unexpected(existing.error());
    if (*existing && (*existing)->is_demo)
      problems.push_back({"email", "That email address belongs to a demo account. Use a different address"});
    if (!problems.empty()) return {};

    const std::string token = random_token();
    const std::int64_t expires = ctx.now + std::chrono::seconds(identity::invitation_lifetime).count();
    const bool with_org = checked.kind != InvitationKind::family;
    const bool with_child = checked.kind != InvitationKind::staff;
    const store::Value p[] = {token_hash(token), d.email, d.display_name, d.role,
                              with_org ? store::Value(d.organisation_id) : store::Value(),
                              with_child ? store::Value(d.child_id) : store::Value(), d.case_id, d.involvement_until,
                              inviter.user_id, ctx.now, expires};
    auto n = c.execute("INSERT INTO invitations (token_hash, email, display_name, role, organisation_id, child_id, "
                       "case_id, involvement_until, invited_by, created_at, expires_at) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)", p);
    if (!n) return std::unexpected(n.error());
    auto from = organisation_of(c, inviter.user_id);
    if (!from) return std::unexpected(from.error());
    email::Invitation message{d.email, d.display_name, *from, std::string(access::describe(checked.role)),
                              ctx.public_url + "/invitations/accept?token=" + token,
                              calendar::format_long_date(day_of(expires)), with_child};
    if (auto q = queue_email(c, email::invitation_message(message), ctx.now); !q) return std::unexpected(q.error());
    auto e = audit_entry(ctx, inviter.user_id, inviter.role, "invitation.send", with_child ? d.child_id : "", *la_code,
                         "role " + d.role);
    e.case_id = d.case_id;
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

namespace {

struct InvitationRow {
  std::string token_hash, email, display_name, role, organisation_id, child_id, case_id, until, invited_by;
  std::int64_t expires_at = 0;
};

Result<std::optional<InvitationRow>> load_open(store::Connection& c, const std::string& hash, std::int64_t now) {
  const store::Value p[] = {hash, now};
  auto rows = c.query("SELECT token_hash, email, display_name, role, COALESCE(organisation_id, ''), COALESCE(child_id, ''), "
                      "case_id, involvement_until, invited_by, expires_at FROM invitations "
                      "WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<InvitationRow>{};
  const auto& r = (*rows)[0];
  return std::optional<InvitationRow>{InvitationRow{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4),
                                                    r.get_text(5), r.get_text(6), r.get_text(7), r.get_text(8), r.get_int(9)}};
}

// Uses the invitation up (exactly once, even with two servers) and adds the relationship it grants.
Result<std::string> redeem(store::Connection& c, const InvitationRow& inv, const std::string& user_id,
                           const RequestContext& ctx) {
  const store::Value use[] = {ctx.now, inv.token_hash};
  auto used = c.execute("UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL", use);
  if (!used) return std::unexpected(used.error());
  if (*used != 1) return fail(ErrorCode::conflict, "This invitation has already been used");
  auto role = access::role_from_string(inv.role);
  if (!role) return fail(ErrorCode::internal, "invitation with an unknown role");
  std::string la_code;
  if (access::is_family(*role)) {
    const store::Value p[] = {user_id, inv.child_id, inv.role};
    auto n = c.execute("INSERT INTO family_links (user_id, child_id, relationship) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", p);
    if (!n) return std::unexpected(n.error());
  } else {
    const store::Value p[] = {user_id, inv.organisation_id, inv.role};
    auto n = c.execute("INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", p);
    if (!n) return std::unexpected(n.error());
    if (!inv.child_id.empty()) {
      const store::Value q[] = {user_id, inv.child_id, inv.case_id, inv.until};
      auto m = c.execute("INSERT INTO involvements (user_id, child_id, case_id, until) VALUES ($1, $2, $3, $4) "
                         "ON CONFLICT (user_id, case_id) DO UPDATE SET until = excluded.until", q);
      if (!m) return std::unexpected(m.error());
    }
  }
  if (!inv.child_id.empty()) {
    auto child = load_child_resource(c, inv.child_id);
    if (!child) return std::unexpected(child.error());
    if (*child) la_code = (*child)->la_code;
  }
  auto e = audit_entry(ctx, user_id, *role, "invitation.accept", inv.child_id, la_code, "role " + inv.role);
  e.case_id = inv.case_id;
  if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
  return la_code;
}

}  // namespace

Result<std::optional<OpenInvitation>> find_invitation(store::Database& db, std::string_view token, std::int64_t now) {
  std::optional<OpenInvitation> out;
  if (token.empty() || token.size() > 100) return out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto inv = load_open(c, token_hash(token), now);
    if (!inv) return std::unexpected(inv.error());
    if (!*inv) return {};
    auto role = access::role_from_string((*inv)->role);
    if (!role) return {};
    auto from = organisation_of(c, (*inv)->invited_by);
    if (!from) return std::unexpected(from.error());
    std::string org_name = *from;
    if (!(*inv)->organisation_id.empty()) {
      auto org = find_organisation(c, (*inv)->organisation_id);
      if (!org) return std::unexpected(org.error());
      if (*org) org_name = (*org)->name;
    }
    auto account = find_account_by_email(c, (*inv)->email);
    if (!account) return std::unexpected(account.error());
    out = OpenInvitation{(*inv)->token_hash, (*inv)->email, (*inv)->display_name, *role, org_name, account->has_value(),
                         calendar::format_long_date(day_of((*inv)->expires_at))};
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<NewSession> accept_invitation_new_account(store::Database& db, PasswordHasher& hasher, std::string_view token,
                                                 std::string_view password, const RequestContext& ctx) {
  auto open = find_invitation(db, token, ctx.now);
  if (!open) return std::unexpected(open.error());
  if (!*open) return fail(ErrorCode::not_found, "This invitation link has expired or has already been used");
  if (auto ok = identity::check_new_password(password, (*open)->email); !ok) return std::unexpected(ok.error());
  auto hash = hasher.hash(password);
  if (!hash) return std::unexpected(hash.error());
  NewSession created;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto inv = load_open(c, token_hash(token), ctx.now);
    if (!inv) return std::unexpected(inv.error());
    if (!*inv) return fail(ErrorCode::not_found, "This invitation link has expired or has already been used");
    auto existing = find_account_by_email(c, (*inv)->email);
    if (!existing) return std::unexpected(existing.error());
    if (*existing) return fail(ErrorCode::conflict, "An account already uses this email address. Sign in, then open the link again");
    const std::string user_id = "user-" + random_token().substr(0, 22);
    const store::Value p[] = {user_id, (*inv)->email, (*inv)->display_name, *hash, utc_timestamp_of(ctx.now)};
    auto n = c.execute("INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)", p);
    if (!n) return std::unexpected(n.error());
    if (auto r = redeem(c, **inv, user_id, ctx); !r) return std::unexpected(r.error());
    auto role = access::role_from_string((*inv)->role);
    auto s = create_session(c, user_id, *role, !access::requires_two_factor(*role), ctx.now, ctx.device);
    if (!s) return std::unexpected(s.error());
    created = *s;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return created;
}

Result<void> accept_invitation_existing_account(store::Database& db, std::string_view token, const std::string& user_id,
                                                const RequestContext& ctx) {
  return db.write([&](store::Connection& c) -> Result<void> {
    auto inv = load_open(c, token_hash(token), ctx.now);
    if (!inv) return std::unexpected(inv.error());
    if (!*inv) return fail(ErrorCode::not_found, "This invitation link has expired or has already been used");
    const store::Value p[] = {user_id};
    auto rows = c.query("SELECT email FROM users WHERE id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty() || (*rows)[0].get_text(0) != (*inv)->email)
      return fail(ErrorCode::forbidden, "This invitation was sent to a different email address. Sign out, then open the link again");
    auto r = redeem(c, **inv, user_id, ctx);
    if (!r) return std::unexpected(r.error());
    return {};
  });
}

}  // namespace sendhub::app
