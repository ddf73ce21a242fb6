#include "app/identity/accounts.h"

#include <algorithm>
#include <cctype>

#include "domain/calendar/date.h"
#include "domain/statutory/decision_rights.h"

namespace sendhub::app {

std::string normalise_email(std::string_view email) {
  std::string out;
  for (char c : email)
    if (c != ' ' && c != '\t') out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

Result<std::optional<Account>> find_account_by_email(store::Connection& c, std::string_view email) {
  const store::Value p[] = {normalise_email(email)};
  auto rows = c.query("SELECT id, email, display_name, COALESCE(password_hash, ''), is_demo, disabled, "
                      "CASE WHEN totp_secret IS NULL THEN 0 ELSE 1 END FROM users WHERE email = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<Account>{};
  const auto& r = (*rows)[0];
  return std::optional<Account>{Account{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_int(4) != 0, r.get_int(5) != 0,
                                        r.get_int(6) != 0}};
}

Result<void> save_password_hash(store::Connection& c, const std::string& user_id, const std::string& hash) {
  const store::Value p[] = {hash, user_id};
  auto n = c.execute("UPDATE users SET password_hash = $1 WHERE id = $2", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

Result<std::optional<access::Role>> default_role(store::Connection& c, const std::string& user_id) {
  const store::Value p[] = {user_id};
  auto staff = c.query("SELECT role FROM memberships WHERE user_id = $1 ORDER BY organisation_id, role", p);
  if (!staff) return std::unexpected(staff.error());
  if (!staff->empty()) return access::role_from_string((*staff)[0].get_text(0));
  auto family = c.query("SELECT relationship FROM family_links WHERE user_id = $1 ORDER BY child_id", p);
  if (!family) return std::unexpected(family.error());
  if (!family->empty()) return access::role_from_string((*family)[0].get_text(0));
  return std::optional<access::Role>{};
}

Result<access::Actor> load_actor(store::Connection& c, const std::string& user_id, access::Role role, std::string* display_name) {
  access::Actor a{user_id, role};
  const store::Value p[] = {user_id, std::string(access::to_string(role))};
  // Everything the access decision needs about this person, in one round trip.
  auto rows = c.query("SELECT 0, 'name', display_name, '', '' FROM users WHERE id = $1 "
                      "UNION ALL SELECT 1, 'org', o.kind, COALESCE(o.la_code, ''), COALESCE(o.urn, '') FROM memberships m "
                      "JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 AND m.role = $2 "
                      "UNION ALL SELECT 2, 'area', a.la_code, '', '' FROM memberships m JOIN organisation_areas a "
                      "ON a.organisation_id = m.organisation_id WHERE m.user_id = $1 AND m.role = $2 "
                      "UNION ALL SELECT 3, 'child', child_id, '', '' FROM family_links WHERE user_id = $1 AND relationship = $2 "
                      "UNION ALL SELECT 4, 'involved', case_id, child_id, until FROM involvements WHERE user_id = $1 "
                      "ORDER BY 1, 3", p);
  if (!rows) return std::unexpected(rows.error());
  auto add_la = [&](std::string code) {
    if (!code.empty() && std::find(a.la_codes.begin(), a.la_codes.end(), code) == a.la_codes.end())
      a.la_codes.push_back(std::move(code));
  };
  for (const auto& r : *rows) {
    const std::string part = r.get_text(1);
    if (part == "name") {
      if (display_name) *display_name = r.get_text(2);
    } else if (part == "org") {
      add_la(r.get_text(3));
      if (r.get_text(2) == "school") a.setting_urn = r.get_text(4);
    } else if (part == "area") {
      add_la(r.get_text(2));
    } else if (part == "child") {
      if (role == access::Role::young_person) a.own_child_id = r.get_text(2);
      else a.children.push_back(r.get_text(2));
    } else if (auto until = calendar::parse_date(r.get_text(4))) {
      a.involvements.push_back({r.get_text(2), r.get_text(3), *until});
    }
  }
  return a;
}

const char* const child_resource_columns =
    "c.id, c.la_code, COALESCE(c.setting_urn, ''), c.young_person_holds_rights, c.shares_with_parents, c.date_of_birth";

access::Resource child_resource_from(const store::Row& r, int first) {
  access::Resource res{access::ResourceKind::child_record, r.get_text(first + 1), r.get_text(first), "", r.get_text(first + 2)};
  // Rights pass at the end of compulsory school age without anyone having to record it.
  auto dob = calendar::parse_date(r.get_text(first + 5));
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  res.young_person_holds_rights = r.get_int(first + 3) != 0 || (dob && statutory::young_person_holds_rights(*dob, today));
  res.young_person_shares_with_parents = r.get_int(first + 4) != 0;
  return res;
}

Result<std::optional<access::Resource>> load_child_resource(store::Connection& c, const std::string& child_id) {
  const store::Value p[] = {child_id};
  auto rows = c.query(std::string("SELECT ") + child_resource_columns + " FROM children c WHERE c.id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<access::Resource>{};
  return std::optional<access::Resource>{child_resource_from((*rows)[0], 0)};
}

}  // namespace sendhub::app
