#include "app/transfer/la_transfer.h"

#include "app/casework/case_event_job.h"
#include "app/clock.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "app/identity/sessions.h"
#include "domain/forms/typed_date.h"

namespace sendhub::app {
namespace {

using statutory::EventType;
using Problem = identity::FieldProblem;

}  // namespace

Result<std::optional<TransferCouncils>> transfer_councils(store::Connection& c, const std::string& case_id) {
  const store::Value p[] = {case_id};
  auto rows = c.query("SELECT from_la, to_la FROM la_transfers WHERE case_id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<TransferCouncils>{};
  return std::optional<TransferCouncils>{TransferCouncils{rows->front().get_text(0), rows->front().get_text(1)}};
}

Result<RecordedMove> record_move(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                 const transfer::MoveForm& form, const RequestContext& ctx) {
  RecordedMove out;
  const auto today = day_of(ctx.now);
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto child = load_child_resource(c, child_id);
    if (!child) return std::unexpected(child.error());
    if (!*child || !access::is_sen_team(actor.role) || !access::may(actor, access::Action::make_decision, **child, today))
      return fail(ErrorCode::not_found, "There is no such record");
    auto councils = c.query("SELECT code FROM local_authorities ORDER BY code", {});
    if (!councils) return std::unexpected(councils.error());
    std::vector<std::string> known;
    for (const auto& r : *councils) known.push_back(r.get_text(0));
    auto checked = transfer::check_move(form, (*child)->la_code, known, today);
    if (auto* p = std::get_if<std::vector<Problem>>(&checked)) {
      out.problems = *p;
      return {};
    }
    const auto& move = std::get<transfer::CheckedMove>(checked);
    const store::Value q[] = {child_id};
    auto plan = c.query("SELECT p.id FROM plans p WHERE p.child_id = $1 AND EXISTS (SELECT 1 FROM plan_versions v "
                        "WHERE v.plan_id = p.id AND v.status = 'final')", q);
    if (!plan) return std::unexpected(plan.error());
    if (plan->empty()) {
      out.problems.push_back({"to_la", "There is no EHC plan to pass on: the new council decides for itself whether to assess"});
      return {};
    }
    auto open = c.query("SELECT id FROM cases WHERE child_id = $1 AND process = 'la_transfer' AND closed_on IS NULL", q);
    if (!open) return std::unexpected(open.error());
    if (!open->empty()) {
      out.case_id = open->front().get_text(0);
      out.problems.push_back({"to_la", "A move is already being recorded for this child"});
      return {};
    }
    out.case_id = "case-" + random_token().substr(0, 16);
    const store::Value k[] = {out.case_id, child_id, (*child)->la_code, actor.user_id, utc_timestamp_of(ctx.now)};
    auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, opened_by, "
                       "opened_at, caseworker_user_id) VALUES ($1, $2, $3, 'la_transfer', 'local_authority', 1, '', $4, $5, $4)", k);
    if (!n) return std::unexpected(n.error());
    const store::Value t[] = {out.case_id, (*child)->la_code, move.to_la};
    if (auto m = c.execute("INSERT INTO la_transfers (case_id, from_la, to_la) VALUES ($1, $2, $3)", t); !m)
      return std::unexpected(m.error());
    auto record = load_case(c, out.case_id);
    if (!record) return std::unexpected(record.error());
    // The move first: an la_transfer history is checked after each event and needs it.
    for (const auto& e : {statutory::Event{EventType::moved, move.moved_on}, statutory::Event{EventType::old_la_notified, move.heard_on}})
      if (auto added = append_case_event(c, **record, e, "", actor.user_id, ctx.now); !added) {
        if (added.error().code != ErrorCode::invalid_input) return added;
        out.problems.push_back({e.type == EventType::moved ? "moved_on" : "heard_on", added.error().message});
        return fail(ErrorCode::conflict, "rolled back");
      } else if (record = load_case(c, out.case_id); !record) {
        return std::unexpected(record.error());
      }
    auto e = audit_entry(actor, "transfer.recorded", ctx, child_id, out.case_id, (*child)->la_code);
    e.detail = move.to_la;
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok && !out.problems.empty()) {
    out.case_id.clear();
    return out;
  }
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<Problem>> pass_plan_on(store::Database& db, const access::Actor& actor, const std::string& case_id,
                                          const std::string& typed, const RequestContext& ctx) {
  std::vector<Problem> problems;
  const auto date = forms::typed_date_or_today(typed, day_of(ctx.now), "date", problems);
  CaseChange change;
  change.audit_action = "transfer.plan_passed_on";
  change.typed_problems = problems;
  if (date) change.events.push_back({EventType::plan_transferred, *date});
  change.check = [&](const CaseRecord& k) -> std::optional<Problem> {
    if (k.process != statutory::Process::la_transfer) return Problem{"date", "This case is not a move to another council"};
    if (!access::is_sen_team(actor.role)) return Problem{"date", "The council's SEN team passes the plan on"};
    if (k.has(EventType::plan_transferred)) return Problem{"date", "The plan has already been passed on"};
    if (!date) return std::nullopt;
    for (const auto& e : k.events)
      if (e.event.type == EventType::old_la_notified && *date < e.event.date)
        return Problem{"date", "The plan cannot be passed on before the council heard of the move, on " +
                                   calendar::format_long_date(e.event.date)};
    // Reg 15(1): the plan goes on the day of the move, when the new council becomes responsible.
    for (const auto& e : k.events)
      if (e.event.type == EventType::moved && *date < e.event.date)
        return Problem{"date", "The plan is passed on on the day of the move, " + calendar::format_long_date(e.event.date) +
                                   ", not before: the child's council does not change until then"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    auto councils = transfer_councils(c, k.id);
    if (!councils) return std::unexpected(councils.error());
    if (!*councils) return fail(ErrorCode::internal, "an la_transfer case without its councils");
    // The record, the plan and the open cases go to the new council; history stays with the child.
    const store::Value p[] = {(*councils)->to_la, k.child_id};
    for (const char* sql : {"UPDATE children SET la_code = $1 WHERE id = $2", "UPDATE plans SET la_code = $1 WHERE child_id = $2",
                            "UPDATE cases SET la_code = $1, caseworker_user_id = NULL WHERE child_id = $2 AND closed_on IS NULL"})
      if (auto n = c.execute(sql, p); !n) return std::unexpected(n.error());
    return {};
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

Result<std::vector<Problem>> new_council_told_family(store::Database& db, const access::Actor& actor, const std::string& case_id,
                                                     const std::string& typed, const RequestContext& ctx) {
  std::vector<Problem> problems;
  const auto today = day_of(ctx.now);
  const auto date = forms::typed_date_or_today(typed, today, "date", problems);
  CaseChange change;
  change.audit_action = "transfer.family_told";
  change.typed_problems = problems;
  if (date) change.events.push_back({EventType::new_la_notified, *date});
  change.check = [&](const CaseRecord& k) -> std::optional<Problem> {
    if (k.process != statutory::Process::la_transfer) return Problem{"date", "This case is not a move to another council"};
    if (!access::is_sen_team(actor.role)) return Problem{"date", "The new council's SEN team records this"};
    if (!k.has(EventType::plan_transferred)) return Problem{"date", "The old council has not passed the plan on yet"};
    if (k.has(EventType::new_la_notified)) return Problem{"date", "This is already recorded"};
    for (const auto& e : k.events)
      if (date && e.event.type == EventType::plan_transferred && *date < e.event.date)
        return Problem{"date", "The family cannot be told before the plan was passed on, on " + calendar::format_long_date(e.event.date)};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const store::Value p[] = {calendar::format_date(date.value_or(today)), k.id};
    auto n = c.execute("UPDATE cases SET closed_on = $1 WHERE id = $2 AND closed_on IS NULL", p);
    if (!n) return std::unexpected(n.error());
    return {};
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

}  // namespace sendhub::app
