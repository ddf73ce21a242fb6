#include "app/plan/plan_exchange.h"

#include "app/clock.h"
#include "app/identity/audit_trail.h"
#include "app/identity/sessions.h"
#include "app/plan/plan_records.h"
#include "domain/plan/plan_json.h"

namespace sendhub::app {
namespace {

audit::AuditEntry command_line_entry(std::string action, const PlanRow& row, const std::string& source, std::string detail) {
  audit::AuditEntry e;
  e.actor_user_id = "sendhub-command";
  e.actor_role = "command_line";
  e.action = std::move(action);
  e.child_id = row.child_id;
  e.case_id = row.case_id;
  e.la_code = row.la_code;
  e.outcome = "succeeded";
  e.source = source;
  e.detail = std::move(detail);
  return e;
}

// The child a new plan belongs to: the one named, or the one with this name and date of birth in
// the authority, or a new record made from the plan's child section.
Result<std::pair<std::string, bool>> child_for_import(store::Connection& c, const plan::Plan& p, const std::string& child_id,
                                                      const std::string& la_code, std::int64_t now,
                                                      std::vector<std::string>& problems) {
  if (!child_id.empty()) {
    const store::Value q[] = {child_id};
    auto rows = c.query("SELECT la_code FROM children WHERE id = $1", q);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) problems.push_back("There is no child record \"" + child_id + "\"");
    return std::pair{child_id, false};
  }
  const auto space = p.child.name.find(' ');
  const std::string given = p.child.name.substr(0, space);
  const std::string family = space == std::string::npos ? "" : p.child.name.substr(space + 1);
  const store::Value q[] = {la_code, given, family, p.child.date_of_birth};
  auto rows = c.query("SELECT id FROM children WHERE la_code = $1 AND given_name = $2 AND family_name = $3 AND date_of_birth = $4", q);
  if (!rows) return std::unexpected(rows.error());
  if (rows->size() > 1) {
    problems.push_back("More than one child in authority " + la_code + " has this name and date of birth; name the record with --child");
    return std::pair{std::string(), false};
  }
  if (rows->size() == 1) return std::pair{rows->front().get_text(0), false};
  const std::string id = "child-" + random_token().substr(0, 16);
  std::optional<std::string> urn;
  if (p.placement.content && p.placement.content->urn) urn = p.placement.content->urn;
  const store::Value n[] = {id, la_code, given, family, p.child.date_of_birth,
                            urn ? store::Value{*urn} : store::Value{}, utc_timestamp_of(now)};
  auto made = c.execute("INSERT INTO children (id, la_code, given_name, family_name, date_of_birth, setting_urn, created_at) "
                        "SELECT $1, $2, $3, $4, $5, (SELECT urn FROM organisations WHERE urn = $6), $7", n);
  if (!made) return std::unexpected(made.error());
  return std::pair{id, true};
}

}  // namespace

Result<std::string> export_plan(store::Database& db, const std::string& plan_id, std::int64_t version, const std::string& source) {
  std::string out;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto row = plan_row(c, plan_id);
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(ErrorCode::not_found, "There is no plan \"" + plan_id + "\"");
    const store::Value p[] = {plan_id, version};
    auto doc = c.query("SELECT document, version FROM plan_versions WHERE plan_id = $1 AND ($2 = 0 OR version = $2) "
                       "ORDER BY version DESC LIMIT 1", p);
    if (!doc) return std::unexpected(doc.error());
    if (doc->empty())
      return fail(ErrorCode::not_found, version ? "Plan \"" + plan_id + "\" has no version " + std::to_string(version)
                                                : "Plan \"" + plan_id + "\" has not been sent or issued yet");
    out = doc->front().get_text(0);
    auto logged = append_audit(c, command_line_entry("plan.export", **row, source, "version " + std::to_string(doc->front().get_int(1))));
    if (!logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ImportReport> import_plan(store::Database& db, const std::string& text, const std::string& child_id,
                                 const std::string& source, std::int64_t now) {
  auto read = plan::read_plan(text);
  if (!read) return std::unexpected(read.error());
  ImportReport report;
  report.problems = read->problems;
  const plan::Plan& p = read->plan;
  report.plan_id = p.plan_id;
  report.version = p.version;
  if (!report.problems.empty()) return report;
  std::vector<std::string> problems;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto row = plan_row(c, p.plan_id);
    if (!row) return std::unexpected(row.error());
    PlanRow target;
    if (*row) {
      target = **row;
      if (!child_id.empty() && child_id != target.child_id)
        problems.push_back("Plan \"" + p.plan_id + "\" belongs to another child record, not \"" + child_id + "\"");
      auto versions = plan_versions(c, target.id);
      if (!versions) return std::unexpected(versions.error());
      for (const auto& v : *versions)
        if (v.version == p.version) {
          auto same = plan_version(c, target.id, v.version);
          if (!same) return std::unexpected(same.error());
          if (*same && (*same)->plan == p) report.already_there = true;
          else problems.push_back("Plan \"" + p.plan_id + "\" already has a different version " + std::to_string(p.version) +
                                  "; give this one a higher version number");
        }
      if (!versions->empty() && p.version < versions->back().version && !report.already_there)
        problems.push_back("Plan \"" + p.plan_id + "\" is already at version " + std::to_string(versions->back().version) +
                           "; an older version cannot be added after it");
    } else {
      const std::string la = p.local_authority ? p.local_authority->code : "";
      const store::Value q[] = {la};
      auto known = c.query("SELECT 1 FROM local_authorities WHERE code = $1", q);
      if (!known) return std::unexpected(known.error());
      if (child_id.empty() && known->empty())
        problems.push_back(la.empty() ? "The plan names no local authority; add local_authority or name the record with --child"
                                      : "Local authority " + la + " is not one this server serves");
      if (!problems.empty()) return fail(ErrorCode::conflict, "rolled back");
      auto child = child_for_import(c, p, child_id, la, now, problems);
      if (!child) return std::unexpected(child.error());
      if (!problems.empty()) return fail(ErrorCode::conflict, "rolled back");
      report.created_child = child->second;
      const store::Value l[] = {child->first};
      auto child_la = c.query("SELECT la_code FROM children WHERE id = $1", l);
      if (!child_la) return std::unexpected(child_la.error());
      target = {p.plan_id, child->first, child_la->front().get_text(0), "", utc_timestamp_of(now)};
      const store::Value n[] = {target.id, target.child_id, target.la_code, utc_timestamp_of(now)};
      if (auto made = c.execute("INSERT INTO plans (id, child_id, la_code, created_at) VALUES ($1, $2, $3, $4)", n); !made)
        return std::unexpected(made.error());
    }
    report.child_id = target.child_id;
    if (!problems.empty()) return fail(ErrorCode::conflict, "rolled back");
    if (report.already_there) return {};
    if (auto added = insert_plan_version(c, target.id, p, "", "imported", utc_timestamp_of(now)); !added) return added;
    auto e = command_line_entry("plan.import", target, source, "version " + std::to_string(p.version));
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok && problems.empty()) return std::unexpected(ok.error());
  report.problems = std::move(problems);
  return report;
}

}  // namespace sendhub::app
