#include "app/record/child_record.h"

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"

namespace sendhub::app {
namespace {

constexpr const char* columns =
    "v.upn, v.nhs_number, v.postcode, v.sex, v.ethnicity, v.first_language, v.communication_needs, v.year_group, "
    "v.primary_need, v.secondary_need, v.version, u.display_name, v.changed_at";

DetailsVersion from_row(const store::Row& r) {
  return {{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_text(6),
           r.get_text(7), r.get_text(8), r.get_text(9)},
          r.get_int(10), r.get_text(11), r.get_text(12)};
}

Result<std::vector<DetailsVersion>> versions(store::Connection& c, const std::string& child_id, bool newest_only) {
  const store::Value p[] = {child_id};
  auto rows = c.query(std::string("SELECT ") + columns +
                          " FROM child_detail_versions v JOIN users u ON u.id = v.changed_by WHERE v.child_id = $1 "
                          "ORDER BY v.version DESC" + (newest_only ? " LIMIT 1" : ""), p);
  if (!rows) return std::unexpected(rows.error());
  std::vector<DetailsVersion> out;
  for (const auto& r : *rows) out.push_back(from_row(r));
  return out;
}

}  // namespace

Result<DetailsVersion> current_child_details(store::Database& db, const std::string& child_id) {
  DetailsVersion out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto v = versions(c, child_id, true);
    if (!v) return std::unexpected(v.error());
    if (!v->empty()) out = v->front();
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<DetailsChange>> child_details_history(store::Database& db, const std::string& child_id) {
  std::vector<DetailsChange> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto all = versions(c, child_id, false);
    if (!all) return std::unexpected(all.error());
    for (std::size_t i = 0; i < all->size(); ++i) {
      const record::ChildDetails before = i + 1 < all->size() ? (*all)[i + 1].details : record::ChildDetails{};
      out.push_back({(*all)[i], record::changed_fields(before, (*all)[i].details)});
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<SaveOutcome> save_child_details(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                       record::ChildDetails typed, std::int64_t started_from, const RequestContext& ctx) {
  SaveOutcome out;
  out.problems = record::check_child_details(typed);
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto child = load_child_resource(c, child_id);
    if (!child) return std::unexpected(child.error());
    if (!*child || !access::may(actor, access::Action::edit_record, **child, day_of(ctx.now)))
      return fail(ErrorCode::not_found, "no such child");
    if (!out.problems.empty()) return {};
    auto newest = versions(c, child_id, true);
    if (!newest) return std::unexpected(newest.error());
    const std::int64_t current = newest->empty() ? 0 : newest->front().version;
    if (current != started_from) {
      out.newer = newest->front();
      return {};
    }
    if (!newest->empty() && newest->front().details == typed) return {};  // nothing changed: no new version
    const store::Value p[] = {child_id, current + 1, typed.upn, typed.nhs_number, typed.postcode, typed.sex, typed.ethnicity,
                              typed.first_language, typed.communication_needs, typed.year_group, typed.primary_need,
                              typed.secondary_need, actor.user_id, utc_timestamp_of(ctx.now)};
    auto n = c.execute("INSERT INTO child_detail_versions (child_id, version, upn, nhs_number, postcode, sex, ethnicity, "
                       "first_language, communication_needs, year_group, primary_need, secondary_need, changed_by, changed_at) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)", p);
    if (!n) return std::unexpected(n.error());
    audit::AuditEntry e;
    e.actor_user_id = actor.user_id;
    e.actor_role = std::string(access::to_string(actor.role));
    e.action = "record.edit";
    e.child_id = child_id;
    e.la_code = (*child)->la_code;
    e.outcome = "succeeded";
    e.source = ctx.source;
    e.request_id = ctx.request_id;
    std::string fields;
    for (auto f : record::changed_fields(newest->empty() ? record::ChildDetails{} : newest->front().details, typed))
      fields += (fields.empty() ? "" : ", ") + std::string(f);
    e.detail = "version " + std::to_string(current + 1) + ": " + fields;  // field names only, never values
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
