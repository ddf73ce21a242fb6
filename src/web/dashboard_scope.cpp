#include "web/dashboard_scope.h"

#include <algorithm>

#include "web/child_access.h"

namespace sendhub::web {

Result<std::optional<DashboardScope>> dashboard_scope(Site& site, const Request& req, access::Action action) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return std::optional<DashboardScope>{};
  DashboardScope s{**who, {}, {}, req.query.get("to"), access::is_local_authority_casework((*who)->session.role)};
  const auto now = today();
  for (const auto& la : s.who.actor.la_codes)
    if (access::may(s.who.actor, action, {access::ResourceKind::area, la, "", "", ""}, now)) s.las.push_back(la);
  if (s.las.empty()) return fail(ErrorCode::not_found, "");
  s.la = req.query.get("la");
  if (s.la.empty()) s.la = s.las.front();
  if (std::find(s.las.begin(), s.las.end(), s.la) == s.las.end()) return fail(ErrorCode::not_found, "");
  return std::optional(std::move(s));
}

}  // namespace sendhub::web
