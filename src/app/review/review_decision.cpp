#include "app/review/review_decision.h"

#include "app/casework/case_event_job.h"
#include "app/casework/notify_family.h"
#include "app/plan/issue_plan.h"
#include "app/plan/plan_records.h"
#include "app/review/review_meeting.h"
#include "app/review/review_record.h"
#include "domain/email/messages.h"
#include "domain/plan/plan_changes.h"
#include "domain/review/ceasing.h"

namespace sendhub::app {
namespace {

using statutory::EventType;
using statutory::Outcome;

const statutory::Event* find(const CaseRecord& k, EventType type) {
  for (const auto& e : k.events)
    if (e.event.type == type) return &e.event;
  return nullptr;
}

// Proposed amendments must change something in the plan itself, not only its dates.
Result<bool> working_copy_changes_plan(store::Connection& c, const std::string& plan_id) {
  auto copy = working_copy(c, plan_id);
  if (!copy) return std::unexpected(copy.error());
  auto in_force = plan_in_force(c, plan_id);
  if (!in_force) return std::unexpected(in_force.error());
  if (!*copy || !*in_force) return false;
  for (const auto& change : plan::plan_changes(**in_force, (*copy)->plan))
    if (change.section != "plan") return true;
  return false;
}

Result<void> cease_checks(store::Connection& c, const CaseRecord& k, const ReviewDecisionDraft& d, calendar::Date today,
                          std::vector<identity::FieldProblem>& out) {
  const store::Value p[] = {k.child_id};
  auto rows = c.query("SELECT date_of_birth FROM children WHERE id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return fail(ErrorCode::internal, "child " + k.child_id + " is missing");
  auto born = calendar::parse_date(rows->front().get_text(0));
  if (!born) return fail(ErrorCode::internal, "child " + k.child_id + " has no date of birth");
  const review::CeaseSteps steps{d.cease_reason, d.reasons, d.family_consulted, d.setting_consulted, *born};
  for (const auto& problem : review::cease_problems(steps, today))
    out.push_back({problem.field, problem.message});
  return {};
}

}  // namespace

Result<std::vector<identity::FieldProblem>> decide_after_review(store::Database& db, const access::Actor& actor,
                                                                const ReviewDecisionDraft& d, const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  const auto today = day_of(ctx.now);
  statutory::Event decision{EventType::review_decision, today};
  if (d.outcome == "maintain") decision.outcome = Outcome::maintain;
  else if (d.outcome == "amend") decision.outcome = Outcome::amend;
  else if (d.outcome == "cease") decision.outcome = Outcome::cease;
  else problems.push_back({"outcome", "Select whether the council will keep the plan, change it or end it"});
  if (!d.date.empty()) {
    auto date = calendar::parse_date(d.date);
    if (!date) problems.push_back({"date", "The date of the decision must be a real date, like 5 1 2027"});
    else decision.date = *date;
  }
  if (d.reasons.size() > 10000) problems.push_back({"reasons", "Reasons must be 10,000 characters or fewer"});
  if (decision.outcome == Outcome::maintain && d.reasons.empty())
    problems.push_back({"reasons", "Give the reasons for keeping the plan as it is: the family's letter must include them"});
  std::vector<identity::FieldProblem> later;  // found inside the write, all of them
  CaseChange change{{decision}, d.reasons, "review.decision", d.outcome, nullptr};
  change.typed_problems = problems;
  if (decision.outcome == Outcome::amend) change.events.push_back({EventType::proposed_amendments_sent, today});
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (k.process != statutory::Process::annual_review) return identity::FieldProblem{"outcome", "This is not an annual review"};
    if (find(k, EventType::review_decision)) return identity::FieldProblem{"outcome", "The decision after this review has already been recorded"};
    const auto* held = find(k, EventType::review_meeting_held);
    if (!held) return identity::FieldProblem{"outcome", "Record the review meeting before the decision"};
    if (decision.date < held->date)
      return identity::FieldProblem{"date", "The decision cannot be dated before the review meeting on " +
                                                calendar::format_long_date(held->date)};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    auto review = review_details(c, k.id);
    if (!review) return std::unexpected(review.error());
    if (!*review) return fail(ErrorCode::internal, "review " + k.id + " has no meeting row");
    const std::string closed = calendar::format_date(today);
    std::string comment_by;
    if (decision.outcome == Outcome::cease) {
      if (auto checked = cease_checks(c, k, d, today, later); !checked) return checked;
      if (!later.empty()) return fail(ErrorCode::invalid_input, later.front().message, later.front().field);
      const store::Value p[] = {d.cease_reason, k.id};
      if (auto n = c.execute("UPDATE review_meetings SET cease_reason = $1 WHERE case_id = $2", p); !n) return std::unexpected(n.error());
    }
    if (decision.outcome == Outcome::amend) {
      auto changed = working_copy_changes_plan(c, (*review)->plan_id);
      if (!changed) return std::unexpected(changed.error());
      if (!*changed)
        return fail(ErrorCode::invalid_input, "Change the plan first: the proposed amendments go to the family with the "
                                              "decision, and the plan is still the same as the one in force", "outcome");
      auto issued = issue_plan_version(c, k, "draft", actor.user_id, ctx.now, find(k, EventType::review_meeting_held)->date);
      if (!issued) return std::unexpected(issued.error());
      auto timeline = statutory::compute_timeline(k.history(), today);
      if (!timeline) return std::unexpected(timeline.error());
      for (const auto& m : timeline->milestones)
        if (m.key == "amendment_representations_close") comment_by = calendar::format_long_date(m.due);
    } else {
      const store::Value p[] = {closed, k.id};
      if (auto n = c.execute("UPDATE cases SET closed_on = $1 WHERE id = $2", p); !n) return std::unexpected(n.error());
    }
    auto child = case_resource(c, k);
    if (!child) return std::unexpected(child.error());
    const std::string link = ctx.public_url + "/reviews/" + k.id;
    auto told = notify_family(c, **child, [&](const std::string& to) {
      return email::review_decision_message(to, d.outcome, comment_by, link);
    }, ctx.now);
    if (!told) return std::unexpected(told.error());
    return {};
  };
  auto recorded = record_on_case(db, actor, access::Action::make_decision, d.case_id, change, ctx);
  if (!recorded) return recorded;
  if (!later.empty()) return later;
  return recorded;
}

}  // namespace sendhub::app
