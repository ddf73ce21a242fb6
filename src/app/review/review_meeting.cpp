#include "app/review/review_meeting.h"

#include "app/casework/case_event_job.h"
#include "app/casework/notify_family.h"
#include "app/plan/plan_records.h"
#include "app/review/review_record.h"
#include "domain/email/messages.h"

namespace sendhub::app {
namespace {

using statutory::EventType;

}  // namespace

Result<std::optional<plan::Plan>> plan_in_force(store::Connection& c, const std::string& plan_id) {
  auto versions = plan_versions(c, plan_id);
  if (!versions) return std::unexpected(versions.error());
  for (auto v = versions->rbegin(); v != versions->rend(); ++v) {
    if (v->status != "final") continue;
    auto found = plan_version(c, plan_id, v->version);
    if (!found) return std::unexpected(found.error());
    if (*found) return std::optional((*found)->plan);
  }
  return std::optional<plan::Plan>{};
}

Result<std::vector<identity::FieldProblem>> record_review_meeting(store::Database& db, const access::Actor& actor,
                                                                  const ReviewMeetingRecord& m, const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  const auto today = day_of(ctx.now);
  auto held = calendar::parse_date(m.held_on);
  if (!held) problems.push_back({"held_on", m.held_on.empty() ? "Enter the date the meeting was held"
                                                              : "The date the meeting was held must be a real date, like 12 1 2027"});
  else if (*held > today) problems.push_back({"held_on", "The meeting cannot be recorded before it has happened"});
  std::optional<calendar::Date> circulated;
  if (!m.advice_circulated_on.empty()) {
    if (auto on = calendar::parse_date(m.advice_circulated_on)) circulated = *on;
    else problems.push_back({"advice_circulated_on", "The date the advice was sent out must be a real date, like 22 12 2026"});
    if (held && circulated && *circulated > *held)
      problems.push_back({"advice_circulated_on", "The advice must have been sent out on or before the day of the meeting"});
  }
  for (const auto* text : {&m.working, &m.not_working, &m.changes})
    if (text->size() > 20000) problems.push_back({"working", "Each answer must be 20,000 characters or fewer"});
  if (m.working.empty()) problems.push_back({"working", "Say what is working well"});
  if (m.changes.empty()) problems.push_back({"changes", "Say what changes the meeting recommends, or write \"none\""});
  std::vector<identity::FieldProblem> outcome_problems;
  CaseChange change{{}, "", "review.meeting_recorded", "", nullptr};
  if (circulated) change.events.push_back({EventType::advice_circulated, *circulated});
  if (held) change.events.push_back({EventType::review_meeting_held, *held});
  change.events.push_back({EventType::review_report_sent, today});
  change.typed_problems = problems;
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (k.process != statutory::Process::annual_review) return identity::FieldProblem{"held_on", "This is not an annual review"};
    if (actor.role != access::Role::school_senco && !access::is_local_authority_casework(actor.role))
      return identity::FieldProblem{"held_on", "The school or setting, or the council, records the review meeting"};
    if (k.has(EventType::review_meeting_held)) return identity::FieldProblem{"held_on", "The meeting has already been recorded"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    auto review = review_details(c, k.id);
    if (!review) return std::unexpected(review.error());
    if (!*review) return fail(ErrorCode::internal, "review " + k.id + " has no meeting row");
    auto in_force = plan_in_force(c, (*review)->plan_id);
    if (!in_force) return std::unexpected(in_force.error());
    std::int64_t position = 0;
    for (const auto& o : *in_force ? (*in_force)->outcomes : std::vector<plan::Outcome>{}) {
      auto chosen = m.progress.find(o.id);
      const std::string value = chosen == m.progress.end() ? "" : chosen->second;
      if (progress_label(value).empty()) {
        outcome_problems.push_back({"progress_" + o.id, "Select the progress towards outcome " + o.id + ": " + o.text});
        continue;
      }
      auto said = m.comments.find(o.id);
      const store::Value p[] = {k.id, o.id, ++position, o.text, o.york_outcome, value,
                                said == m.comments.end() ? std::string() : said->second.substr(0, 5000)};
      if (auto n = c.execute("INSERT INTO review_outcome_progress (case_id, outcome_id, position, outcome_text, york_outcome, "
                             "progress, comment) VALUES ($1, $2, $3, $4, $5, $6, $7)", p); !n)
        return std::unexpected(n.error());
    }
    if (!outcome_problems.empty()) return fail(ErrorCode::invalid_input, outcome_problems.front().message, outcome_problems.front().field);
    const store::Value p[] = {m.working, m.not_working, m.changes, k.id};
    if (auto n = c.execute("UPDATE review_meetings SET working = $1, not_working = $2, changes = $3 WHERE case_id = $4", p); !n)
      return std::unexpected(n.error());
    auto child = case_resource(c, k);
    if (!child) return std::unexpected(child.error());
    const std::string by = calendar::format_long_date(statutory::due_date(statutory::rule("review.decision"), *held));
    const std::string link = ctx.public_url + "/reviews/" + k.id;
    auto told = notify_family(c, **child, [&](const std::string& to) { return email::review_report_message(to, by, link); }, ctx.now);
    if (!told) return std::unexpected(told.error());
    return {};
  };
  auto recorded = record_on_case(db, actor, access::Action::contribute_advice, m.case_id, change, ctx);
  if (!recorded) return recorded;
  if (!outcome_problems.empty()) return outcome_problems;
  return recorded;
}

}  // namespace sendhub::app
