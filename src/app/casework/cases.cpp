#include "app/casework/cases.h"

#include "app/clock.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"

namespace sendhub::app {

calendar::Date day_of(std::int64_t unix_seconds) {
  return std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(unix_seconds)));
}

statutory::CaseHistory CaseRecord::history() const {
  statutory::CaseHistory h{process, {}, exceptions};
  for (const auto& e : events) h.events.push_back(e.event);
  return h;
}

bool CaseRecord::has(statutory::EventType type) const {
  for (const auto& e : events)
    if (e.event.type == type) return true;
  return false;
}

Result<std::vector<CaseLink>> cases_for_child(store::Database& db, const std::string& child_id) {
  std::vector<CaseLink> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {child_id};
    auto rows = c.query("SELECT id, process, substr(opened_at, 1, 10), closed_on FROM cases WHERE child_id = $1 "
                        "ORDER BY opened_at DESC, id", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.is_null(3)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

std::optional<statutory::Event> event_from_row(const store::Row& row, int first) {
  auto type = statutory::event_type_from_string(row.get_text(first));
  auto date = calendar::parse_date(row.get_text(first + 1));
  if (!type || !date) return std::nullopt;
  statutory::Event ev{*type, *date};
  // A tribunal order keeps what was ordered in the outcome column.
  if (*type == statutory::EventType::order_made)
    ev.order = statutory::order_from_string(row.get_text(first + 2)).value_or(statutory::Order::none);
  else
    ev.outcome = statutory::outcome_from_string(row.get_text(first + 2)).value_or(statutory::Outcome::none);
  ev.adviser = statutory::adviser_from_string(row.get_text(first + 3)).value_or(statutory::Adviser::none);
  return ev;
}

std::optional<statutory::ExceptionPeriod> exception_from_row(const store::Row& row, int first) {
  auto type = statutory::exception_type_from_string(row.get_text(first));
  auto from = calendar::parse_date(row.get_text(first + 1)), to = calendar::parse_date(row.get_text(first + 2));
  if (!type || !from || !to) return std::nullopt;
  return statutory::ExceptionPeriod{*type, *from, *to};
}

Result<std::optional<CaseRecord>> load_case(store::Connection& c, const std::string& case_id) {
  const store::Value p[] = {case_id};
  auto rows = c.query("SELECT k.id, k.child_id, ch.given_name || ' ' || ch.family_name, k.la_code, k.process, "
                      "k.requested_by, k.family_agreed, k.request_reason, COALESCE(k.caseworker_user_id, ''), "
                      "COALESCE(u.display_name, ''), k.opened_at, k.closed_on, k.draft_summary, k.named_setting FROM cases k "
                      "JOIN children ch ON ch.id = k.child_id LEFT JOIN users u ON u.id = k.caseworker_user_id "
                      "WHERE k.id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<CaseRecord>{};
  const auto& r = (*rows)[0];
  CaseRecord k;
  k.id = r.get_text(0);
  k.child_id = r.get_text(1);
  k.child_name = r.get_text(2);
  k.la_code = r.get_text(3);
  auto process = statutory::process_from_string(r.get_text(4));
  if (!process) return fail(ErrorCode::internal, "case with an unknown process");
  k.process = *process;
  k.requested_by = r.get_text(5);
  k.family_agreed = r.get_int(6) != 0;
  k.request_reason = r.get_text(7);
  k.caseworker_user_id = r.get_text(8);
  k.caseworker_name = r.get_text(9);
  k.opened_at = r.get_text(10);
  if (!r.is_null(11)) k.closed_on = r.get_text(11);
  k.draft_summary = r.get_text(12);
  k.named_setting = r.get_text(13);
  auto exceptions = c.query("SELECT type, from_date, to_date FROM case_exceptions WHERE case_id = $1 ORDER BY position", p);
  if (!exceptions) return std::unexpected(exceptions.error());
  for (const auto& x : *exceptions) {
    auto period = exception_from_row(x, 0);
    if (!period) return fail(ErrorCode::internal, "case exception that cannot be read");
    k.exceptions.push_back(*period);
  }
  auto events = c.query("SELECT sequence, type, event_date, outcome, adviser, note, recorded_by, recorded_at "
                        "FROM case_events WHERE case_id = $1 ORDER BY sequence", p);
  if (!events) return std::unexpected(events.error());
  for (const auto& e : *events) {
    auto ev = event_from_row(e, 1);
    if (!ev) return fail(ErrorCode::internal, "case event that cannot be read");
    k.events.push_back({e.get_int(0), *ev, e.get_text(5), e.get_text(6), e.get_text(7)});
  }
  return std::optional<CaseRecord>{std::move(k)};
}

Result<std::optional<access::Resource>> case_resource(store::Connection& c, const CaseRecord& record) {
  auto child = load_child_resource(c, record.child_id);
  if (!child || !*child) return child;
  (*child)->case_id = record.id;
  return child;
}

namespace {

std::string_view outcome_name(statutory::Outcome o) {
  switch (o) {
    case statutory::Outcome::assess: return "assess";
    case statutory::Outcome::not_assess: return "not_assess";
    case statutory::Outcome::maintain: return "maintain";
    case statutory::Outcome::amend: return "amend";
    case statutory::Outcome::cease: return "cease";
    case statutory::Outcome::none: break;
  }
  return "";
}

}  // namespace

Result<void> append_case_event(store::Connection& c, const CaseRecord& record, const statutory::Event& event,
                               const std::string& note, const std::string& user_id, std::int64_t now) {
  const auto today = day_of(now);
  // Only a review meeting arranged, or a move the council has heard of, is recorded ahead;
  // everything else records what has happened.
  if (event.date > today && event.type != statutory::EventType::review_meeting_scheduled && event.type != statutory::EventType::moved)
    return fail(ErrorCode::invalid_input, "The date cannot be in the future", "date");
  auto history = record.history();
  history.events.push_back(event);
  if (auto t = statutory::compute_timeline(history, today); !t)
    return fail(ErrorCode::invalid_input, "That date does not fit this case: " + t.error().message, "date");
  const std::int64_t sequence = record.events.empty() ? 1 : record.events.back().sequence + 1;
  const store::Value p[] = {record.id,
                            sequence,
                            std::string(statutory::to_string(event.type)),
                            calendar::format_date(event.date),
                            std::string(event.type == statutory::EventType::order_made ? statutory::to_string(event.order)
                                                                                       : outcome_name(event.outcome)),
                            event.adviser == statutory::Adviser::none ? std::string() : std::string(statutory::to_string(event.adviser)),
                            note,
                            user_id,
                            utc_timestamp_of(now)};
  auto n = c.execute("INSERT INTO case_events (case_id, sequence, type, event_date, outcome, adviser, note, recorded_by, "
                     "recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

Result<CaseRecord> open_case_for(store::Database& db, const access::Actor& actor, access::Action action,
                                 const std::string& case_id, const std::string& audit_action, const RequestContext& ctx) {
  std::optional<CaseRecord> record;
  bool allowed = false;
  // Read, decide, then a short write for the audit entry alone, so readers hold no write lock.
  auto read = db.read([&](store::Connection& c) -> Result<void> {
    auto loaded = load_case(c, case_id);
    if (!loaded) return std::unexpected(loaded.error());
    if (!*loaded) return {};
    auto resource = case_resource(c, **loaded);
    if (!resource) return std::unexpected(resource.error());
    allowed = *resource && access::may(actor, action, **resource, day_of(ctx.now));
    record = std::move(*loaded);
    record->resource = *resource;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (!record) return fail(ErrorCode::not_found, "There is no such case");
  auto audited = db.write([&](store::Connection& c) -> Result<void> {
    audit::AuditEntry e;
    e.actor_user_id = actor.user_id;
    e.actor_role = std::string(access::to_string(actor.role));
    e.action = audit_action;
    e.child_id = record->child_id;
    e.case_id = record->id;
    e.la_code = record->la_code;
    e.outcome = allowed ? "allowed" : "refused";
    e.source = ctx.source;
    e.request_id = ctx.request_id;
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!audited) return std::unexpected(audited.error());
  if (!allowed) return fail(ErrorCode::not_found, "There is no such case");
  return std::move(*record);
}

}  // namespace sendhub::app
