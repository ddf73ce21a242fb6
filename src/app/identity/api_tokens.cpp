#include "app/identity/api_tokens.h"

#include <algorithm>

#include "app/clock.h"
#include "app/identity/audit_trail.h"
#include "app/identity/people.h"

namespace sendhub::app {
namespace {

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

audit::AuditEntry token_entry(const RequestContext& ctx, const access::Actor& actor, std::string action, std::string detail) {
  audit::AuditEntry e;
  e.actor_user_id = actor.user_id;
  e.actor_role = std::string(access::to_string(actor.role));
  e.action = std::move(action);
  e.outcome = "succeeded";
  e.source = ctx.source;
  e.request_id = ctx.request_id;
  e.detail = std::move(detail);
  return e;
}

}  // namespace

bool ApiCaller::has_scope(std::string_view scope) const {
  return std::find(scopes.begin(), scopes.end(), scope) != scopes.end();
}

Result<CreatedApiToken> create_api_token(store::Database& db, const access::Actor& actor, const ApiTokenDraft& d,
                                         const RequestContext& ctx) {
  CreatedApiToken out;
  auto problem = [&](std::string field, std::string message) { out.problems.push_back({std::move(field), std::move(message)}); };
  if (d.name.empty()) problem("name", "Enter a name that says which system uses the token");
  else if (d.name.size() > 80) problem("name", "Name must be 80 characters or fewer");
  auto role = access::role_from_string(d.role);
  if (!role || access::is_family(*role)) problem("role", "Select the role the system acts as");
  if (d.scopes.empty()) problem("scopes", "Select what the token may read");
  for (const auto& s : d.scopes)
    if (std::find(api_scopes.begin(), api_scopes.end(), s) == api_scopes.end()) problem("scopes", "Select what the token may read");
  auto orgs = organisations_for(db, actor);
  if (!orgs) return std::unexpected(orgs.error());
  auto org = std::find_if(orgs->begin(), orgs->end(), [&](const auto& o) { return o.id == d.organisation_id; });
  if (org == orgs->end()) problem("organisation_id", "Select the organisation the system belongs to");
  else if (role && !identity::role_fits_organisation(*role, org->kind))
    problem("role", "That role does not belong to " + org->name + ". Choose another role or organisation");
  if (!out.problems.empty()) return out;

  const std::string id = "tok-" + random_token().substr(0, 12);
  const std::string token = std::string(api_token_prefix) + random_token();
  const std::string user_id = "service-" + id.substr(4);
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value u[] = {user_id, user_id + "@service.sendhub.invalid", d.name, utc_timestamp_of(ctx.now)};
    if (auto n = c.execute("INSERT INTO users (id, email, display_name, is_service, created_at) VALUES ($1, $2, $3, 1, $4)", u); !n)
      return std::unexpected(n.error());
    const store::Value m[] = {user_id, d.organisation_id, d.role};
    if (auto n = c.execute("INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)", m); !n)
      return std::unexpected(n.error());
    const store::Value t[] = {id, token_hash(token), user_id, d.role, join(d.scopes), actor.user_id, ctx.now};
    if (auto n = c.execute("INSERT INTO api_tokens (id, token_hash, user_id, role, scopes, created_by, created_at) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7)", t); !n)
      return std::unexpected(n.error());
    auto logged = append_audit(c, token_entry(ctx, actor, "api_token.create", id + " as " + d.role + " (" + join(d.scopes) + ")"));
    if (!logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  out.token = token;
  return out;
}

Result<std::vector<ApiTokenSummary>> list_api_tokens(store::Database& db, const access::Actor& actor) {
  auto orgs = organisations_for(db, actor);
  if (!orgs) return std::unexpected(orgs.error());
  std::vector<ApiTokenSummary> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT t.id, u.display_name, t.role, o.id, o.name, t.scopes, t.created_at, t.last_used_at, t.revoked_at "
                        "FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN memberships m ON m.user_id = t.user_id "
                        "JOIN organisations o ON o.id = m.organisation_id ORDER BY t.created_at DESC, t.id", {});
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      bool mine = std::any_of(orgs->begin(), orgs->end(), [&](const auto& o) { return o.id == r.get_text(3); });
      if (!mine) continue;
      ApiTokenSummary s{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(4), r.get_text(5), r.get_int(6)};
      if (!r.is_null(7)) s.last_used_at = r.get_int(7);
      if (!r.is_null(8)) s.revoked_at = r.get_int(8);
      out.push_back(std::move(s));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<void> revoke_api_token(store::Database& db, const access::Actor& actor, const std::string& id,
                              const RequestContext& ctx) {
  auto mine = list_api_tokens(db, actor);
  if (!mine) return std::unexpected(mine.error());
  if (std::none_of(mine->begin(), mine->end(), [&](const auto& t) { return t.id == id; }))
    return fail(ErrorCode::not_found, "no such token");
  return db.write([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {ctx.now, id};
    auto n = c.execute("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL", p);
    if (!n) return std::unexpected(n.error());
    if (*n == 0) return {};
    auto logged = append_audit(c, token_entry(ctx, actor, "api_token.revoke", id));
    if (!logged) return std::unexpected(logged.error());
    return {};
  });
}

Result<std::optional<ApiCaller>> find_api_caller(store::Database& db, std::string_view bearer, std::int64_t now) {
  std::optional<ApiCaller> out;
  bool stale = false;
  if (!bearer.starts_with(api_token_prefix) || bearer.size() > 100) return out;
  const std::string hash = token_hash(bearer);
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {hash};
    auto rows = c.query("SELECT t.id, t.user_id, t.role, t.scopes, t.last_used_at FROM api_tokens t "
                        "JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled = 0", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return {};
    const auto& r = (*rows)[0];
    auto role = access::role_from_string(r.get_text(2));
    if (!role) return {};
    out = ApiCaller{r.get_text(0), r.get_text(1), *role, split(r.get_text(3))};
    stale = r.is_null(4) || r.get_int(4) < now - 60;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (out && stale) {
    // "Last used" to the minute is enough, and saves a write on every request.
    auto touched = db.write([&](store::Connection& c) -> Result<void> {
      const store::Value p[] = {now, out->token_id, now - 60};
      auto n = c.execute("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $3)", p);
      if (!n) return std::unexpected(n.error());
      return {};
    });
    if (!touched) return std::unexpected(touched.error());
  }
  return out;
}

}  // namespace sendhub::app
