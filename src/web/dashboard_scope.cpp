#include "web/dashboard_scope.h"

#include <algorithm>
#include <cctype>

#include "web/child_access.h"

namespace sendhub::web {
namespace {

std::string encoded(const std::string& v) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : v) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
    else out += {'%', hex[c >> 4], hex[c & 15]};
  }
  return out;
}

}  // namespace

std::string DashboardScope::query(const std::string& period_to) const {
  std::string q = "la=" + encoded(la) + "&to=" + encoded(period_to);
  const std::pair<const char*, const std::string*> named[] = {
      {"need", &filters.need},     {"age_band", &filters.age_band}, {"ethnicity", &filters.ethnicity}, {"sex", &filters.sex},
      {"setting_type", &filters.setting_type}, {"district", &filters.district}, {"school", &filters.school}};
  for (const auto& [name, value] : named)
    if (!value->empty()) q += std::string("&") + name + "=" + encoded(*value);
  return q;
}

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
  s.filters = {req.query.get("need"), req.query.get("age_band"), req.query.get("ethnicity"), req.query.get("sex"),
               req.query.get("setting_type"), req.query.get("district"), req.query.get("school")};
  return std::optional(std::move(s));
}

}  // namespace sendhub::web
