#include "app/plan/issue_plan.h"

#include "app/clock.h"
#include "app/plan/plan_records.h"
#include "app/plan/plan_sources.h"
#include "domain/plan/plan_readiness.h"

namespace sendhub::app {

std::string first_review_due(calendar::Date issued) {
  statutory::CaseHistory review{statutory::Process::annual_review, {{statutory::EventType::plan_issued, issued}}, {}};
  if (auto t = statutory::compute_timeline(review, issued))
    for (const auto& m : t->milestones)
      if (m.key == "review_meeting") return calendar::format_date(m.due);
  return calendar::format_date(calendar::add_months(issued, 12));
}

Result<IssuedPlan> issue_plan_version(store::Connection& c, const CaseRecord& k, const std::string& status,
                                      const std::string& user_id, std::int64_t now,
                                      std::optional<calendar::Date> review_from) {
  auto row = plan_for_case(c, k.id);
  if (!row) return std::unexpected(row.error());
  if (!*row) return fail(ErrorCode::invalid_input, "Write the plan before sending it", "plan");
  auto copy = working_copy(c, (*row)->id);
  if (!copy) return std::unexpected(copy.error());
  if (!*copy) return fail(ErrorCode::invalid_input, "Write the plan before sending it", "plan");
  plan::Plan p = (*copy)->plan;
  const auto today = day_of(now);
  p.plan_date = calendar::format_date(today);
  p.status = status;
  auto child = child_for_plan(c, k.child_id, p.plan_date);
  if (!child) return std::unexpected(child.error());
  p.child = *child;
  auto advice = advice_for_case(c, k.id);
  if (!advice) return std::unexpected(advice.error());
  bring_in_advice(p, *advice);
  p.next_review_due = status == "final" ? std::optional(first_review_due(review_from.value_or(today))) : std::nullopt;
  if (review_from) p.last_review_date = calendar::format_date(*review_from);
  auto gaps = plan::readiness(p, status).must_fix;
  if (!gaps.empty()) {
    const std::string more = gaps.size() == 1 ? "" : " (and " + std::to_string(gaps.size() - 1) + " more on the plan page)";
    return fail(ErrorCode::invalid_input, "The plan is not ready yet: " + gaps.front().message + more, "plan");
  }
  auto versions = plan_versions(c, (*row)->id);
  if (!versions) return std::unexpected(versions.error());
  p.version = versions->empty() ? 1 : versions->back().version + 1;
  if (auto added = insert_plan_version(c, (*row)->id, p, user_id, "issued", utc_timestamp_of(now)); !added)
    return std::unexpected(added.error());
  // The working copy carries on from what was sent, so the next version starts from it.
  if (auto saved = save_working_copy(c, (*row)->id, p, {}, user_id, utc_timestamp_of(now)); !saved)
    return std::unexpected(saved.error());
  return IssuedPlan{p.version, std::move(p)};
}

}  // namespace sendhub::app
