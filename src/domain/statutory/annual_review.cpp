// Annual review: meeting within 12 months of the plan or the last review, notice and advice two
// weeks before, report two weeks after, the council's decision within four weeks, and when the
// plan is amended, 15 days for comments and the amended plan within 8 weeks.
#include "domain/statutory/process_rules.h"

namespace sendhub::statutory::detail {
namespace {

using E = EventType;

}  // namespace

Result<void> annual_review(const CaseHistory& h, Date today, Timeline& t) {
  const Event* plan = first(h.events, E::plan_issued);
  const Event* meeting = last(h.events, E::review_meeting_held);
  if (!plan && !meeting)
    return fail(ErrorCode::invalid_input, "an annual_review case needs a plan_issued or review_meeting_held event", "events");
  const Event* proposals = first(h.events, E::proposed_amendments_sent);
  const Event* amended = first(h.events, E::amended_plan_issued);
  const Event* decision = last(h.events, E::review_decision);
  for (const auto& e : h.events) {
    if (plan && e.date < plan->date) return impossible(e, "is before the plan was issued (" + calendar::format_date(plan->date) + ")");
    if (e.type == E::review_decision && (!meeting || e.date < meeting->date))
      return impossible(e, "comes before any review meeting was held");
    if (e.type == E::proposed_amendments_sent && (!meeting || e.date < meeting->date))
      return impossible(e, "comes before the review meeting");
  }
  if (amended && (!proposals || amended->date < proposals->date))
    return impossible(*amended, "comes before the proposed amendments were sent");

  // The review due now runs from the plan or the previous meeting; the last meeting held is the
  // one that meets it, unless nothing came before it, in which case the next review runs from it.
  const Event* anchor = plan;
  std::optional<Date> held;
  for (const auto& e : h.events)
    if (e.type == E::review_meeting_held && &e != meeting) anchor = &e;
  if (meeting && anchor && anchor->date <= meeting->date && anchor != meeting) held = meeting->date;
  else if (meeting) anchor = meeting;
  const Rule& review = rule("review.meeting");
  add(t, review, review.key, due_date(review, anchor->date), held, today);

  if (const Event* scheduled = last(h.events, E::review_meeting_scheduled)) {
    for (auto [id, done_type] : {std::pair{"review.invitations", E::invitations_sent},
                                 std::pair{"review.advice_circulated", E::advice_circulated}}) {
      const Rule& r = rule(id);
      const Event* done = last(h.events, done_type);
      add(t, r, r.key, due_date(r, scheduled->date), date_of(done), today);
    }
    // Each professional asked for advice for this review must send it in time for it to go out
    // two weeks before the meeting: the same limit, per adviser (reg 20(4)).
    const Rule& circulate = rule("review.advice_circulated");
    for (const auto& e : h.events) {
      if (e.type != E::advice_requested || e.date > scheduled->date) continue;
      bool seen = false;
      for (const auto& m : t.milestones) seen = seen || m.key == advice_key(e.adviser);
      if (seen) continue;
      std::optional<Date> received;
      for (const auto& r : h.events)
        if (r.type == E::advice_received && r.adviser == e.adviser && r.date >= e.date) received = r.date;
      add(t, circulate, advice_key(e.adviser), due_date(circulate, scheduled->date), received, today);
    }
  }
  for (const auto& e : h.events)
    if (e.type == E::advice_received) {
      bool asked = false;
      for (const auto& r : h.events) asked = asked || (r.type == E::advice_requested && r.adviser == e.adviser && r.date <= e.date);
      if (!asked) return impossible(e, "has no earlier request for " + std::string(to_string(e.adviser)) + " advice");
    }
  if (!meeting) return {};

  const Rule& report = rule("review.report");
  add(t, report, report.key, due_date(report, meeting->date), first_on_or_after(h.events, E::review_report_sent, meeting->date), today);
  const Rule& decide = rule("review.decision");
  add(t, decide, decide.key, due_date(decide, meeting->date), first_on_or_after(h.events, E::review_decision, meeting->date), today);

  const bool amending = proposals || (decision && decision->outcome == Outcome::amend);
  if (!amending || !proposals) return {};
  add_representation_period(t, rule("review.amendment_representations"), proposals->date, amended, today);
  const Rule& amended_rule = rule("review.amended_plan");
  add(t, amended_rule, amended_rule.key, due_date(amended_rule, proposals->date),
      date_of(amended), today);
  return {};
}

}  // namespace sendhub::statutory::detail
