#include "app/casework/ending_a_request.h"

#include "app/clock.h"

namespace sendhub::app {
namespace {

Result<void> close_case(store::Connection& c, const CaseRecord& k, std::int64_t now) {
  const store::Value p[] = {calendar::format_date(day_of(now)), k.id};
  auto n = c.execute("UPDATE cases SET closed_on = $1 WHERE id = $2 AND closed_on IS NULL", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

}  // namespace

Result<std::vector<identity::FieldProblem>> decide_not_to_issue(store::Database& db, const access::Actor& actor,
                                                                const std::string& case_id, const std::string& reasons,
                                                                const RequestContext& ctx) {
  CaseChange change{{{statutory::EventType::decision_not_to_issue, day_of(ctx.now)}}, reasons, "case.decision_not_to_issue", "", nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (k.closed_on) return identity::FieldProblem{"not_issue_reasons", "This request has already ended"};
    if (k.has(statutory::EventType::draft_plan_issued))
      return identity::FieldProblem{"not_issue_reasons", "A draft plan has been sent; the plan must now be finalised"};
    if (reasons.empty())
      return identity::FieldProblem{"not_issue_reasons", "Give the reasons for not issuing a plan: the family's letter must include them"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) { return close_case(c, k, ctx.now); };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

Result<std::vector<identity::FieldProblem>> withdraw_request(store::Database& db, const access::Actor& actor,
                                                             const std::string& case_id, const std::string& reason,
                                                             const RequestContext& ctx) {
  CaseChange change{{{statutory::EventType::withdrawn, day_of(ctx.now)}}, reason, "case.withdrawn", "", nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (k.closed_on || k.has(statutory::EventType::final_plan_issued))
      return identity::FieldProblem{"withdraw_reason", "This request has already ended"};
    if (reason.size() > 5000) return identity::FieldProblem{"withdraw_reason", "Reason must be 5,000 characters or fewer"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) { return close_case(c, k, ctx.now); };
  // The family (whose request it is) or the council SEN team may withdraw it.
  const auto action = access::is_family(actor.role) ? access::Action::contribute_advice : access::Action::make_decision;
  return record_on_case(db, actor, action, case_id, change, ctx);
}

Result<std::vector<identity::FieldProblem>> record_exception(store::Database& db, const access::Actor& actor,
                                                             const std::string& case_id, const ExceptionDraft& d,
                                                             const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  auto type = statutory::exception_type_from_string(d.type);
  if (!type) problems.push_back({"exception_type", "Select which exception applies"});
  auto from = calendar::parse_date(d.from), to = calendar::parse_date(d.to);
  if (!from) problems.push_back({"exception_from", "The date it started must be a real date, like 1 3 2025"});
  if (!to) problems.push_back({"exception_to", "The date it ended must be a real date, like 14 3 2025"});
  if (from && to && *to < *from) problems.push_back({"exception_to", "The date it ended must be on or after the date it started"});
  if (d.note.empty()) problems.push_back({"exception_note", "Say briefly what happened, for the record"});
  CaseChange change{{}, "", "case.exception_recorded", d.type, nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (!problems.empty()) return problems.front();
    if (k.closed_on) return identity::FieldProblem{"exception_type", "This request has already ended"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const store::Value p[] = {k.id, static_cast<std::int64_t>(k.exceptions.size() + 1), d.type, d.from, d.to, d.note,
                              actor.user_id, utc_timestamp_of(ctx.now)};
    auto n = c.execute("INSERT INTO case_exceptions (case_id, position, type, from_date, to_date, note, recorded_by, recorded_at) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", p);
    if (!n) return std::unexpected(n.error());
    return {};
  };
  auto recorded = record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
  if (!recorded) return std::unexpected(recorded.error());
  return problems.empty() ? *recorded : problems;
}

}  // namespace sendhub::app
