#include "app/identity/audit_trail.h"

#include "app/batch_insert.h"
#include "app/clock.h"

namespace sendhub::app {

audit::AuditEntry audit_entry(const access::Actor& actor, std::string action, const RequestContext& ctx, std::string child_id,
                              std::string case_id, std::string la_code, std::string outcome) {
  audit::AuditEntry e;
  e.actor_user_id = actor.user_id;
  e.actor_role = std::string(access::to_string(actor.role));
  e.action = std::move(action);
  e.child_id = std::move(child_id);
  e.case_id = std::move(case_id);
  e.la_code = std::move(la_code);
  e.outcome = std::move(outcome);
  e.source = ctx.source;
  e.request_id = ctx.request_id;
  return e;
}
namespace {

constexpr const char* columns =
    "sequence, at, actor_user_id, actor_role, action, child_id, case_id, la_code, outcome, source, request_id, detail, "
    "previous_hash, hash";

audit::AuditEntry from_row(const store::Row& r) {
  audit::AuditEntry e;
  e.sequence = r.get_int(0);
  e.at = r.get_text(1);
  e.actor_user_id = r.get_text(2);
  e.actor_role = r.get_text(3);
  e.action = r.get_text(4);
  e.child_id = r.get_text(5);
  e.case_id = r.get_text(6);
  e.la_code = r.get_text(7);
  e.outcome = r.get_text(8);
  e.source = r.get_text(9);
  e.request_id = r.get_text(10);
  e.detail = r.get_text(11);
  e.previous_hash = r.get_text(12);
  e.hash = r.get_text(13);
  return e;
}

}  // namespace

Result<audit::AuditEntry> append_audit(store::Connection& c, audit::AuditEntry e) {
  auto head = c.query("UPDATE audit_head SET sequence = sequence + 1 WHERE id = 1 RETURNING sequence, hash");
  if (!head) return std::unexpected(head.error());
  if (head->empty()) return fail(ErrorCode::internal, "the audit trail has no head row; run sendhub migrate");
  e.sequence = (*head)[0].get_int(0);
  e.previous_hash = (*head)[0].get_text(1);
  if (e.at.empty()) e.at = utc_timestamp_now();
  e.hash = audit::compute_hash(e);
  const store::Value params[] = {e.sequence, e.at,       e.actor_user_id, e.actor_role, e.action,
                                 e.child_id, e.case_id,  e.la_code,       e.outcome,    e.source,
                                 e.request_id, e.detail, e.previous_hash, e.hash};
  auto inserted = c.execute(std::string("INSERT INTO audit_log (") + columns +
                                ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
                            params);
  if (!inserted) return std::unexpected(inserted.error());
  const store::Value head_params[] = {e.hash};
  if (auto ok = c.execute("UPDATE audit_head SET hash = $1 WHERE id = 1", head_params); !ok)
    return std::unexpected(ok.error());
  return e;
}

Result<void> append_audit_entries(store::Connection& c, std::vector<audit::AuditEntry> entries) {
  if (entries.empty()) return {};
  const store::Value n[] = {static_cast<std::int64_t>(entries.size())};
  auto head = c.query("UPDATE audit_head SET sequence = sequence + $1 WHERE id = 1 RETURNING sequence, hash", n);
  if (!head) return std::unexpected(head.error());
  if (head->empty()) return fail(ErrorCode::internal, "the audit trail has no head row; run sendhub migrate");
  std::int64_t sequence = (*head)[0].get_int(0) - static_cast<std::int64_t>(entries.size());
  std::string previous = (*head)[0].get_text(1);
  const std::string now = utc_timestamp_now();
  BatchInsert rows(c, std::string("INSERT INTO audit_log (") + columns + ") VALUES ", "", 14);
  for (auto& e : entries) {
    e.sequence = ++sequence;
    e.previous_hash = previous;
    if (e.at.empty()) e.at = now;
    e.hash = audit::compute_hash(e);
    previous = e.hash;
    if (auto ok = rows.add({e.sequence, e.at, e.actor_user_id, e.actor_role, e.action, e.child_id, e.case_id, e.la_code, e.outcome,
                            e.source, e.request_id, e.detail, e.previous_hash, e.hash});
        !ok)
      return ok;
  }
  if (auto ok = rows.flush(); !ok) return ok;
  const store::Value last[] = {previous};
  if (auto ok = c.execute("UPDATE audit_head SET hash = $1 WHERE id = 1", last); !ok) return std::unexpected(ok.error());
  return {};
}

Result<std::vector<audit::AuditEntry>> read_audit(store::Database& db, const AuditFilter& filter) {
  std::vector<audit::AuditEntry> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    std::string where;
    std::vector<store::Value> params;
    auto add = [&](const std::string& condition, const std::string& value) {
      params.emplace_back(value);
      where += (where.empty() ? " WHERE " : " AND ") + condition + " $" + std::to_string(params.size());
    };
    if (!filter.child_id.empty()) add("child_id =", filter.child_id);
    if (!filter.action.empty()) add("action =", filter.action);
    if (!filter.outcome.empty()) add("outcome =", filter.outcome);
    if (!filter.from_day.empty()) add("at >=", filter.from_day);
    if (!filter.to_day.empty()) add("at <", filter.to_day + "T99");  // the whole of that day
    if (!filter.la_codes.empty()) {
      std::string in;
      for (const auto& code : filter.la_codes) {
        params.emplace_back(code);
        in += (in.empty() ? "$" : ", $") + std::to_string(params.size());
      }
      where += (where.empty() ? " WHERE " : " AND ") + std::string("(la_code = '' OR la_code IN (") + in + "))";
    }
    std::string sql = std::string("SELECT ") + columns + " FROM audit_log" + where + " ORDER BY sequence DESC";
    if (filter.limit) sql += " LIMIT " + std::to_string(filter.limit);
    auto rows = c.query(sql, params);
    if (!rows) return std::unexpected(rows.error());
    for (auto it = rows->rbegin(); it != rows->rend(); ++it) out.push_back(from_row(*it));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<AuditCheck> verify_audit(store::Database& db) {
  std::vector<audit::AuditEntry> entries;
  std::int64_t head_sequence = 0;
  std::string head_hash;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto head = c.query("SELECT sequence, hash FROM audit_head WHERE id = 1");
    if (!head) return std::unexpected(head.error());
    if (head->empty()) return fail(ErrorCode::internal, "the audit trail has no head row");
    head_sequence = (*head)[0].get_int(0);
    head_hash = (*head)[0].get_text(1);
    auto rows = c.query(std::string("SELECT ") + columns + " FROM audit_log ORDER BY sequence");
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) entries.push_back(from_row(r));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  AuditCheck check{static_cast<std::int64_t>(entries.size()), audit::verify_chain(entries)};
  if (!check.broken) {
    std::int64_t last = entries.empty() ? 0 : entries.back().sequence;
    std::string last_hash = entries.empty() ? audit::genesis_hash : entries.back().hash;
    if (last != head_sequence)
      check.broken = audit::BrokenLink{last + 1, "entries after " + std::to_string(last) + " are missing (the trail ran to " +
                                                     std::to_string(head_sequence) + ")"};
    else if (last_hash != head_hash)
      check.broken = audit::BrokenLink{last, "it does not match the hash recorded when it was written"};
  }
  return check;
}

}  // namespace sendhub::app
