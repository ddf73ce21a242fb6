#include "app/disagreement/disagreement_steps.h"

#include "app/casework/case_event_job.h"
#include "app/clock.h"
#include "app/identity/sessions.h"
#include "domain/disagreement/disagreement_summary.h"
#include "domain/forms/typed_date.h"

namespace sendhub::app {
namespace {

using statutory::EventType;
using Problem = identity::FieldProblem;

// Which step may come next, as the case stands; a problem when this one may not.
std::optional<Problem> out_of_order(const CaseRecord& k, const std::string& step) {
  if (k.closed_on) return Problem{"step", "This disagreement is closed"};
  const bool contact = k.has(EventType::mediation_requested) || k.has(EventType::mediation_declined);
  if (step == "mediation" && contact) return Problem{"choice", "Contact with the mediation adviser is already recorded"};
  if (step == "mediation_held") {
    if (!k.has(EventType::mediation_requested)) return Problem{"date", "Record that the family asked for mediation first"};
    if (k.has(EventType::mediation_concluded)) return Problem{"date", "The mediation is already recorded"};
  }
  if (step == "certificate") {
    if (!k.has(EventType::mediation_concluded) && !k.has(EventType::mediation_declined))
      return Problem{"date", "A certificate comes after the mediation, or after the family says they do not want it"};
    if (k.has(EventType::certificate_issued)) return Problem{"date", "The certificate is already recorded"};
  }
  if (step == "appeal" && k.has(EventType::appeal_registered)) return Problem{"date", "The appeal is already recorded"};
  if (step == "response") {
    if (!k.has(EventType::appeal_registered)) return Problem{"date", "Record the appeal first"};
    if (k.has(EventType::la_response_sent)) return Problem{"date", "The council's response is already recorded"};
  }
  if (step == "appeal_ended" && !k.has(EventType::appeal_registered)) return Problem{"date", "Record the appeal first"};
  return std::nullopt;
}

bool one_of(const std::vector<disagreement::Choice>& choices, const std::string& value) {
  return !disagreement::label_of(choices, value).empty();
}

Result<void> update_details(store::Connection& c, const std::string& column, const std::string& value, const std::string& case_id) {
  const store::Value p[] = {value, case_id};
  auto n = c.execute("UPDATE disagreements SET " + column + " = $1 WHERE case_id = $2", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

Result<void> close_case(store::Connection& c, const std::string& case_id, calendar::Date on) {
  const store::Value p[] = {calendar::format_date(on), case_id};
  auto n = c.execute("UPDATE cases SET closed_on = $1 WHERE id = $2 AND closed_on IS NULL", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

// The tribunal_order case for an order made on `on`, its clock starting that day.
Result<void> open_order_case(store::Connection& c, const CaseRecord& k, statutory::Order order, calendar::Date on,
                             const access::Actor& actor, std::int64_t now) {
  const std::string id = "case-" + random_token().substr(0, 16);
  const store::Value p[] = {id, k.child_id, k.la_code, k.requested_by, actor.user_id, utc_timestamp_of(now), k.id};
  auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, opened_by, "
                     "opened_at, caseworker_user_id) VALUES ($1, $2, $3, 'tribunal_order', $4, 1, '', $5, $6, "
                     "(SELECT caseworker_user_id FROM cases WHERE id = $7))", p);
  if (!n) return std::unexpected(n.error());
  auto created = load_case(c, id);
  if (!created) return std::unexpected(created.error());
  statutory::Event made{EventType::order_made, on};
  made.order = order;
  if (auto added = append_case_event(c, **created, made, "", actor.user_id, now); !added) return added;
  return update_details(c, "order_case_id", id, k.id);
}

}  // namespace

Result<std::vector<Problem>> record_disagreement_step(store::Database& db, const access::Actor& actor, const DisagreementStep& s,
                                                      const RequestContext& ctx) {
  std::vector<Problem> typed;
  const auto today = day_of(ctx.now);
  const auto date = forms::typed_date_or_today(s.date, today, "date", typed);
  CaseChange change;
  change.audit_action = "disagreement." + s.step;
  auto at = [&](EventType type) {
    if (date) change.events.push_back({type, *date});
  };
  std::optional<statutory::Order> order;
  if (s.step == "mediation") {
    if (s.choice == "requested") at(EventType::mediation_requested);
    else if (s.choice == "declined") at(EventType::mediation_declined);
    else typed.push_back({"choice", "Select whether the family wants mediation"});
  } else if (s.step == "mediation_held") {
    if (!one_of(disagreement::mediation_outcomes(), s.choice)) typed.push_back({"choice", "Select how the mediation ended"});
    at(EventType::mediation_concluded);
    change.also = [&](store::Connection& c, const CaseRecord& k) { return update_details(c, "mediation_outcome", s.choice, k.id); };
  } else if (s.step == "certificate") {
    at(EventType::certificate_issued);
  } else if (s.step == "appeal") {
    if (s.tribunal_reference.size() > 40) typed.push_back({"tribunal_reference", "The tribunal's reference must be 40 characters or fewer"});
    at(EventType::appeal_registered);
    change.also = [&](store::Connection& c, const CaseRecord& k) { return update_details(c, "tribunal_reference", s.tribunal_reference, k.id); };
  } else if (s.step == "response") {
    at(EventType::la_response_sent);
  } else if (s.step == "appeal_ended") {
    if (!one_of(disagreement::appeal_outcomes(), s.choice)) typed.push_back({"choice", "Select how the appeal ended"});
    if (s.choice == "order") {
      order = statutory::order_from_string(s.order);
      if (!order) typed.push_back({"order", "Select what the tribunal ordered the council to do"});
    }
    std::vector<Problem> hearing_problems;
    if (!s.hearing_on.empty() && forms::typed_date_or_today(s.hearing_on, today, "hearing_on", hearing_problems) && date &&
        *calendar::parse_date(s.hearing_on) > *date)
      typed.push_back({"hearing_on", "The hearing must be on or before the day the appeal ended"});
    typed.insert(typed.end(), hearing_problems.begin(), hearing_problems.end());
    at(EventType::appeal_concluded);
    change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
      if (auto ok = update_details(c, "appeal_outcome", s.choice, k.id); !ok) return ok;
      if (auto ok = update_details(c, "hearing_on", s.hearing_on, k.id); !ok) return ok;
      if (order)
        if (auto ok = open_order_case(c, k, *order, *date, actor, ctx.now); !ok) return ok;
      return close_case(c, k.id, *date);
    };
  } else if (s.step == "close") {
    change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
      if (!date) return {};
      if (*date > today) return fail(ErrorCode::invalid_input, "The date cannot be in the future", "date");
      if (!k.events.empty() && *date < k.events.front().event.date)
        return fail(ErrorCode::invalid_input, "The date cannot be before the decision letter", "date");
      return close_case(c, k.id, *date);
    };
  } else {
    typed.push_back({"step", "Choose a step to record"});
  }
  change.typed_problems = typed;
  change.audit_detail = s.step == "appeal_ended" || s.step == "mediation_held" || s.step == "mediation" ? s.choice : "";
  change.check = [&](const CaseRecord& k) -> std::optional<Problem> {
    if (k.process != statutory::Process::disagreement) return Problem{"step", "This case is not a disagreement"};
    if (s.step == "close" && k.has(EventType::appeal_registered) && !k.has(EventType::appeal_concluded))
      return Problem{"step", "The appeal is still open: record how it ended instead"};
    return out_of_order(k, s.step);
  };
  return record_on_case(db, actor, access::Action::make_decision, s.case_id, change, ctx);
}

std::optional<EventType> next_order_step(const CaseRecord& k) {
  const statutory::Event* made = nullptr;
  for (const auto& e : k.events)
    if (e.event.type == EventType::order_made) made = &e.event;
  if (!made) return std::nullopt;
  std::vector<EventType> steps;
  switch (made->order) {
    case statutory::Order::assess: steps = {EventType::assessment_notice_sent}; break;
    case statutory::Order::make_plan: steps = {EventType::draft_plan_issued, EventType::final_plan_issued}; break;
    case statutory::Order::amend:
    case statutory::Order::name_school: steps = {EventType::amended_plan_issued}; break;
    case statutory::Order::continue_plan: steps = {EventType::plan_continued}; break;
    case statutory::Order::cease: steps = {EventType::plan_ceased}; break;
    case statutory::Order::none: break;
  }
  for (auto step : steps)
    if (!k.has(step)) return step;
  return std::nullopt;
}

Result<std::vector<Problem>> record_order_carried_out(store::Database& db, const access::Actor& actor, const std::string& case_id,
                                                      const std::string& typed_date, const RequestContext& ctx) {
  std::vector<Problem> typed;
  const auto date = forms::typed_date_or_today(typed_date, day_of(ctx.now), "date", typed);
  auto opened = open_case_for(db, actor, access::Action::make_decision, case_id, "case.view", ctx);
  if (!opened) return std::unexpected(opened.error());
  const auto step = next_order_step(*opened);
  CaseChange change;
  change.audit_action = "tribunal_order.carried_out";
  change.typed_problems = typed;
  if (step && date) change.events.push_back({*step, *date});
  change.check = [&](const CaseRecord& k) -> std::optional<Problem> {
    if (k.process != statutory::Process::tribunal_order) return Problem{"date", "This case is not a tribunal order"};
    if (k.closed_on || next_order_step(k) != step || !step) return Problem{"date", "The order has already been carried out"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    if (next_order_step(k) || !date) return {};
    return close_case(c, k.id, *date);
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

}  // namespace sendhub::app
