#include "app/complaints/complaints.h"

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "app/identity/sessions.h"

namespace sendhub::app {
namespace {

constexpr const char* columns =
    "SELECT x.id, x.child_id, c.given_name || ' ' || c.family_name, x.la_code, COALESCE(x.case_id, ''), x.topic, x.made_by, "
    "x.received_on, x.summary, x.outcome, x.responded_on FROM complaints x JOIN children c ON c.id = x.child_id";

ComplaintRecord from_row(const store::Row& r) {
  return {r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5),
          r.get_text(6), r.get_text(7), r.get_text(8), r.get_text(9), r.get_text(10)};
}

bool may_answer(const access::Actor& actor, const access::Resource& child, calendar::Date today) {
  return access::is_sen_team(actor.role) && access::may(actor, access::Action::make_decision, child, today);
}

}  // namespace

bool may_complain(const access::Actor& actor, const access::Resource& child, calendar::Date today) {
  if (access::is_family(actor.role)) return bool(access::may(actor, access::Action::view_record, child, today));
  return may_answer(actor, child, today);
}

Result<MadeComplaint> make_complaint(store::Database& db, const access::Actor& actor, const NewComplaint& n, const RequestContext& ctx) {
  MadeComplaint out;
  const auto today = day_of(ctx.now);
  const bool family = access::is_family(actor.role);
  auto checked = complaints::check_complaint(n.form, today, family);
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto child = load_child_resource(c, n.child_id);
    if (!child) return std::unexpected(child.error());
    if (!*child || !may_complain(actor, **child, today)) return fail(ErrorCode::not_found, "There is no such record");
    if (!n.case_id.empty()) {
      const store::Value q[] = {n.case_id, n.child_id};
      auto found = c.query("SELECT 1 FROM cases WHERE id = $1 AND child_id = $2", q);
      if (!found) return std::unexpected(found.error());
      if (found->empty()) out.problems.push_back({"case_id", "Select one of this child's requests or reviews, or none"});
    }
    if (auto* p = std::get_if<std::vector<identity::FieldProblem>>(&checked)) out.problems.insert(out.problems.begin(), p->begin(), p->end());
    if (!out.problems.empty()) return {};
    const auto& k = std::get<complaints::CheckedComplaint>(checked);
    out.id = "complaint-" + random_token().substr(0, 16);
    const std::string made_by = family ? (actor.role == access::Role::young_person ? "young_person" : "parent") : k.made_by;
    const store::Value row[] = {out.id, n.child_id, (*child)->la_code, n.case_id.empty() ? store::Value{} : store::Value{n.case_id},
                                std::string(complaints::to_string(k.topic)), made_by, calendar::format_date(k.received_on), k.summary,
                                actor.user_id, utc_timestamp_of(ctx.now)};
    auto put = c.execute("INSERT INTO complaints (id, child_id, la_code, case_id, topic, made_by, received_on, summary, recorded_by, "
                         "recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", row);
    if (!put) return std::unexpected(put.error());
    auto e = audit_entry(actor, "complaint.made", ctx, n.child_id, n.case_id, (*child)->la_code);
    e.detail = std::string(complaints::to_string(k.topic));
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!out.problems.empty()) out.id.clear();
  return out;
}

Result<std::vector<identity::FieldProblem>> respond_to_complaint(store::Database& db, const access::Actor& actor, const std::string& id,
                                                                 const complaints::ResponseForm& form, const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  const auto today = day_of(ctx.now);
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {id};
    auto rows = c.query(std::string(columns) + " WHERE x.id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return fail(ErrorCode::not_found, "There is no such complaint");
    const auto record = from_row(rows->front());
    auto child = load_child_resource(c, record.child_id);
    if (!child) return std::unexpected(child.error());
    if (!*child || !may_answer(actor, **child, today)) return fail(ErrorCode::not_found, "There is no such complaint");
    if (!record.outcome.empty()) {
      problems.push_back({"outcome", "The response to this complaint is already recorded"});
      return {};
    }
    auto checked = complaints::check_response(form, *calendar::parse_date(record.received_on), today);
    if (auto* bad = std::get_if<std::vector<identity::FieldProblem>>(&checked)) {
      problems = *bad;
      return {};
    }
    const auto& [outcome, on] = std::get<0>(checked);
    const store::Value u[] = {outcome, calendar::format_date(on), actor.user_id, id};
    auto n = c.execute("UPDATE complaints SET outcome = $1, responded_on = $2, responded_by = $3 WHERE id = $4 AND outcome = ''", u);
    if (!n) return std::unexpected(n.error());
    auto e = audit_entry(actor, "complaint.responded", ctx, record.child_id, record.case_id, record.la_code);
    e.detail = outcome;
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

Result<ComplaintRecord> open_complaint(store::Database& db, const access::Actor& actor, const std::string& id, const RequestContext& ctx) {
  std::optional<ComplaintRecord> out;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {id};
    auto rows = c.query(std::string(columns) + " WHERE x.id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return {};
    auto record = from_row(rows->front());
    auto child = load_child_resource(c, record.child_id);
    if (!child) return std::unexpected(child.error());
    const bool allowed = *child && may_complain(actor, **child, day_of(ctx.now));
    auto e = audit_entry(actor, "complaint.view", ctx, record.child_id, record.case_id, record.la_code, allowed ? "allowed" : "refused");
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    if (allowed) out = std::move(record);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!out) return fail(ErrorCode::not_found, "There is no such complaint");
  return *out;
}

Result<std::vector<ComplaintRecord>> complaints_of_child(store::Database& db, const std::string& child_id) {
  std::vector<ComplaintRecord> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {child_id};
    auto rows = c.query(std::string(columns) + " WHERE x.child_id = $1 ORDER BY x.received_on DESC, x.recorded_at DESC", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) out.push_back(from_row(r));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<ComplaintRecord>> complaints_for(store::Database& db, const std::vector<std::string>& la_codes) {
  std::vector<ComplaintRecord> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    for (const auto& la : la_codes) {
      const store::Value p[] = {la};
      auto rows = c.query(std::string(columns) + " WHERE x.la_code = $1 ORDER BY x.outcome <> '', x.received_on DESC, x.id", p);
      if (!rows) return std::unexpected(rows.error());
      for (const auto& r : *rows) out.push_back(from_row(r));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
