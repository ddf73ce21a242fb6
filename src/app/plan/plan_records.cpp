#include "app/plan/plan_records.h"

#include "domain/plan/plan_json.h"

namespace sendhub::app {
namespace {

// Documents in the store were written by SENDhub itself; one that no longer reads is a bug.
Result<plan::Plan> document(const std::string& json, const std::string& plan_id) {
  auto read = plan::read_plan(json);
  if (!read) return fail(ErrorCode::internal, "stored plan " + plan_id + " is not JSON");
  return std::move(read->plan);
}

PlanRow row_of(const store::Row& r) { return {r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4)}; }

constexpr const char* plan_columns = "SELECT id, child_id, la_code, COALESCE(case_id, ''), created_at FROM plans ";

}  // namespace

std::int64_t WorkingCopy::lock_of(plan::Section s) const {
  auto it = locks.find(s);
  return it == locks.end() ? 0 : it->second.version;
}

Result<std::optional<PlanRow>> plan_row(store::Connection& c, const std::string& plan_id) {
  const store::Value p[] = {plan_id};
  auto rows = c.query(std::string(plan_columns) + "WHERE id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<PlanRow>{};
  return std::optional(row_of(rows->front()));
}

Result<std::optional<PlanRow>> plan_for_case(store::Connection& c, const std::string& case_id) {
  const store::Value p[] = {case_id};
  // The assessment that made the plan, or a review of it (migration 0020).
  auto rows = c.query(std::string(plan_columns) +
                          "WHERE case_id = $1 OR id = (SELECT plan_id FROM review_meetings WHERE case_id = $1)", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<PlanRow>{};
  return std::optional(row_of(rows->front()));
}

Result<std::vector<PlanRow>> plans_for_child(store::Connection& c, const std::string& child_id) {
  const store::Value p[] = {child_id};
  auto rows = c.query(std::string(plan_columns) + "WHERE child_id = $1 ORDER BY created_at DESC, id", p);
  if (!rows) return std::unexpected(rows.error());
  std::vector<PlanRow> out;
  for (const auto& r : *rows) out.push_back(row_of(r));
  return out;
}

Result<std::vector<PlanVersionSummary>> plan_versions(store::Connection& c, const std::string& plan_id) {
  const store::Value p[] = {plan_id};
  auto rows = c.query("SELECT v.version, v.status, v.plan_date, v.issued_at, COALESCE(u.display_name, ''), v.source "
                      "FROM plan_versions v LEFT JOIN users u ON u.id = v.issued_by WHERE v.plan_id = $1 ORDER BY v.version", p);
  if (!rows) return std::unexpected(rows.error());
  std::vector<PlanVersionSummary> out;
  for (const auto& r : *rows) out.push_back({r.get_int(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5)});
  return out;
}

Result<std::optional<PlanVersion>> plan_version(store::Connection& c, const std::string& plan_id, std::int64_t version) {
  const store::Value p[] = {plan_id, version};
  auto rows = c.query("SELECT v.version, v.status, v.plan_date, v.issued_at, COALESCE(u.display_name, ''), v.source, v.document "
                      "FROM plan_versions v LEFT JOIN users u ON u.id = v.issued_by WHERE v.plan_id = $1 "
                      "AND ($2 = 0 OR v.version = $2) ORDER BY v.version DESC LIMIT 1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<PlanVersion>{};
  const auto& r = rows->front();
  auto doc = document(r.get_text(6), plan_id);
  if (!doc) return std::unexpected(doc.error());
  return std::optional(PlanVersion{{r.get_int(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5)},
                                   std::move(*doc)});
}

Result<void> insert_plan_version(store::Connection& c, const std::string& plan_id, const plan::Plan& plan,
                                 const std::string& issued_by, const std::string& source, const std::string& issued_at) {
  const store::Value p[] = {plan_id, plan.version, plan.status, plan.plan_date, plan::write_plan(plan),
                            issued_by.empty() ? store::Value{} : store::Value{issued_by}, source, issued_at};
  auto n = c.execute("INSERT INTO plan_versions (plan_id, version, status, plan_date, document, issued_by, source, issued_at) "
                     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

Result<std::optional<WorkingCopy>> working_copy(store::Connection& c, const std::string& plan_id) {
  const store::Value p[] = {plan_id};
  auto rows = c.query("SELECT document FROM plan_working_copies WHERE plan_id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<WorkingCopy>{};
  auto doc = document(rows->front().get_text(0), plan_id);
  if (!doc) return std::unexpected(doc.error());
  WorkingCopy w{std::move(*doc), {}};
  auto locks = c.query("SELECT l.section, l.version, u.display_name, l.updated_at FROM plan_section_locks l "
                       "JOIN users u ON u.id = l.updated_by WHERE l.plan_id = $1", p);
  if (!locks) return std::unexpected(locks.error());
  for (const auto& r : *locks)
    if (auto s = plan::section_from_string(r.get_text(0))) w.locks[*s] = {r.get_int(1), r.get_text(2), r.get_text(3)};
  return std::optional(std::move(w));
}

Result<void> save_working_copy(store::Connection& c, const std::string& plan_id, const plan::Plan& plan,
                               const std::vector<plan::Section>& touched, const std::string& user_id, const std::string& at) {
  const store::Value p[] = {plan_id, plan::write_plan(plan), user_id, at};
  auto n = c.execute("INSERT INTO plan_working_copies (plan_id, document, updated_by, updated_at) VALUES ($1, $2, $3, $4) "
                     "ON CONFLICT (plan_id) DO UPDATE SET document = excluded.document, updated_by = excluded.updated_by, "
                     "updated_at = excluded.updated_at", p);
  if (!n) return std::unexpected(n.error());
  for (auto s : touched) {
    const store::Value l[] = {plan_id, std::string(plan::to_string(s)), user_id, at};
    auto m = c.execute("INSERT INTO plan_section_locks (plan_id, section, version, updated_by, updated_at) VALUES ($1, $2, 1, $3, $4) "
                       "ON CONFLICT (plan_id, section) DO UPDATE SET version = plan_section_locks.version + 1, "
                       "updated_by = excluded.updated_by, updated_at = excluded.updated_at", l);
    if (!m) return std::unexpected(m.error());
  }
  return {};
}

}  // namespace sendhub::app
