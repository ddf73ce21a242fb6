// EHC needs assessment: request → decision to assess → advice → draft → final plan, with the
// reg 10(4) exceptions that stop the 20-week measure counting against the council.
#include <array>
#include <utility>

#include "domain/statutory/process_rules.h"

namespace sendhub::statutory::detail {
namespace {

using E = EventType;

int overlap_days(Date a_from, Date a_to, Date b_from, Date b_to) {
  Date from = std::max(a_from, b_from), to = std::min(a_to, b_to);
  return to < from ? 0 : static_cast<int>((to - from).count()) + 1;
}

// Reg 10(4): (a)/(b) education advice asked for from one week before a closure of 4 weeks or
// more until one week before it reopens; (c) exceptional personal circumstances during the
// period; (d) absence from the area for 4 continuous weeks or more during the period.
bool exception_applies(const CaseHistory& h, Date request, Date final_due) {
  using std::chrono::days;
  for (const auto& x : h.exceptions) {
    switch (x.type) {
      case ExceptionType::institution_closure: {
        if ((x.to - x.from).count() < 28) break;
        for (const auto& e : h.events)
          if (e.type == E::advice_requested && e.adviser == Adviser::education && e.date >= x.from - days{7} &&
              e.date <= x.to - days{7})
            return true;
        break;
      }
      case ExceptionType::absence_from_area:
        if (overlap_days(x.from, x.to, request, final_due) >= 28) return true;
        break;
      case ExceptionType::exceptional_personal_circumstances:
        if (overlap_days(x.from, x.to, request, final_due) > 0) return true;
        break;
    }
  }
  return false;
}

Result<void> check_order(const CaseHistory& h, const Event& request, const Event* decision, const Event* not_issue,
                         const Event* draft, const Event* final_plan, const Event* withdrawn) {
  int requests = 0, decisions = 0;
  for (const auto& e : h.events) {
    if (e.type == E::request_received && ++requests > 1) return impossible(e, "is a second request in the same case");
    if (e.type == E::decision_to_assess && ++decisions > 1) return impossible(e, "is a second decision to assess");
    if (e.date < request.date)
      return impossible(e, "is before the request was received (" + calendar::format_date(request.date) + ")");
    if (withdrawn && &e != withdrawn && e.date > withdrawn->date) return impossible(e, "is after the request was withdrawn");
    bool needs_assessment = e.type == E::advice_requested || e.type == E::draft_plan_issued ||
                            e.type == E::final_plan_issued || e.type == E::decision_not_to_issue;
    if (needs_assessment && decision && decision->outcome == Outcome::not_assess)
      return impossible(e, "follows a decision not to assess");
    if (needs_assessment && e.type != E::advice_requested && decision && e.date < decision->date)
      return impossible(e, "is before the decision to assess (" + calendar::format_date(decision->date) + ")");
    if (e.type == E::advice_received) {
      bool asked = false;
      for (const auto& r : h.events)
        if (r.type == E::advice_requested && r.adviser == e.adviser && r.date <= e.date) asked = true;
      if (!asked) return impossible(e, "has no earlier request for " + std::string(to_string(e.adviser)) + " advice");
    }
  }
  if (draft && final_plan && final_plan->date < draft->date)
    return impossible(*final_plan, "is before the draft plan (" + calendar::format_date(draft->date) + ")");
  if (not_issue && (draft || final_plan))
    return impossible(*not_issue, "cannot stand beside a draft or final plan in the same case");
  return {};
}

}  // namespace

Result<void> ehc_needs_assessment(const CaseHistory& h, Date today, Timeline& t) {
  const Event* request = first(h.events, E::request_received);
  if (!request) return fail(ErrorCode::invalid_input, "an ehc_needs_assessment case needs a request_received event", "events");
  const Event* decision = first(h.events, E::decision_to_assess);
  const Event* not_issue = first(h.events, E::decision_not_to_issue);
  const Event* draft = first(h.events, E::draft_plan_issued);
  const Event* final_plan = first(h.events, E::final_plan_issued);
  const Event* withdrawn = first(h.events, E::withdrawn);
  if (auto ok = check_order(h, *request, decision, not_issue, draft, final_plan, withdrawn); !ok) return ok;

  const bool not_assessing = decision && decision->outcome == Outcome::not_assess;
  const bool closed_early = withdrawn != nullptr || not_assessing || not_issue != nullptr;

  const Rule& to_assess = rule("ehc.decision_to_assess");
  add(t, to_assess, to_assess.key, due_date(to_assess, request->date), date_of(decision), today, withdrawn != nullptr);

  const Rule& advice = rule("ehc.advice");
  std::array<bool, 8> adviser_seen{};  // one milestone per adviser, from the first time they were asked
  for (const auto& e : h.events) {
    if (e.type != E::advice_requested) continue;
    if (std::exchange(adviser_seen[static_cast<std::size_t>(e.adviser)], true)) continue;
    std::optional<Date> received;
    for (const auto& r : h.events)
      if (r.type == E::advice_received && r.adviser == e.adviser && r.date >= e.date) {
        received = r.date;
        break;
      }
    add(t, advice, advice_key(e.adviser), due_date(advice, e.date), received, today, closed_early);
  }

  if (decision && decision->outcome == Outcome::assess) {
    const Rule& no_plan = rule("ehc.decision_not_to_issue");
    bool plan_coming = draft || final_plan;
    add(t, no_plan, no_plan.key, due_date(no_plan, request->date), date_of(not_issue), today,
        plan_coming || withdrawn != nullptr);
  }

  if (draft) add_representation_period(t, rule("ehc.draft_representations"), draft->date, final_plan, today);

  const Rule& final_rule = rule("ehc.final_plan");
  const Date final_due = due_date(final_rule, request->date);
  add(t, final_rule, final_rule.key, final_due, date_of(final_plan), today, closed_early);
  t.exception_applies = exception_applies(h, request->date, final_due);
  if (t.exception_applies && t.milestones.back().status != Status::not_applicable)
    t.milestones.back().status = Status::exception;
  if (final_plan) t.within_20_weeks = final_plan->date <= final_due;
  return {};
}

}  // namespace sendhub::statutory::detail
