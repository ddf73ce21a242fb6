#include "web/child_access.h"

#include "app/identity/accounts.h"

namespace sendhub::web {

std::chrono::sys_days today() { return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()); }

Result<std::vector<ChildRow>> load_children(Site& site, const std::string& only_id) {
  std::vector<ChildRow> out;
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    std::string sql =
        "SELECT c.id, c.given_name || ' ' || c.family_name, c.date_of_birth, COALESCE(o.name, 'Not recorded'), c.la_code, "
        "l.name FROM children c JOIN local_authorities l ON l.code = c.la_code "
        "LEFT JOIN organisations o ON o.urn = c.setting_urn";
    std::vector<store::Value> params;
    if (!only_id.empty()) {
      sql += " WHERE c.id = $1";
      params.emplace_back(only_id);
    }
    auto rows = c.query(sql + " ORDER BY c.family_name, c.given_name", params);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      auto resource = app::load_child_resource(c, r.get_text(0));
      if (!resource) return std::unexpected(resource.error());
      if (!*resource) continue;
      out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), **resource});
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ChildAccess> open_child(Site& site, const Request& req, access::Action action, std::string audit_action) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return fail(ErrorCode::unauthenticated, "");
  auto found = load_children(site, req.param("id"));
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return fail(ErrorCode::not_found, "");
  ChildAccess out{*who, found->front()};
  auto decision = access::may(out.who->actor, action, out.child.resource, today());
  if (auto ok = audit_read(site, req, *out.who, std::move(audit_action), out.child.id, out.child.la_code, decision.allowed); !ok)
    return std::unexpected(ok.error());
  if (!decision) return fail(ErrorCode::not_found, "");
  return out;
}

}  // namespace sendhub::web
