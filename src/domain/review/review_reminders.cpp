#include "domain/review/review_reminders.h"

namespace sendhub::review {

std::vector<ReviewToRemind> reviews_to_remind(const std::vector<PlanOnRecord>& plans, Date today) {
  std::vector<ReviewToRemind> out;
  for (const auto& r : due_reviews(plans, today, arrange_review_days_before)) {
    const auto& meeting = r.plan->meeting_scheduled;
    if (r.overdue && (!meeting || *meeting < today)) out.push_back({r.plan, r.due, ReviewReminder::overdue});
    else if (!r.overdue && !meeting) out.push_back({r.plan, r.due, ReviewReminder::to_arrange});
  }
  return out;
}

}  // namespace sendhub::review
