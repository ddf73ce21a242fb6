#include "domain/local_offer/review.h"

namespace sendhub::local_offer {

ReviewState review_state(std::optional<calendar::Date> last_checked, int interval_days, calendar::Date today) {
  if (!last_checked) return {std::nullopt, true, 0};
  const auto due = calendar::add_days(*last_checked, interval_days > 0 ? interval_days : default_review_interval_days);
  const int late = static_cast<int>((today - due).count());
  return {due, late > 0, late > 0 ? late : 0};
}

bool reminder_due(const ReviewState& state, std::optional<calendar::Date> last_reminder, calendar::Date today) {
  if (!state.overdue) return false;
  return !last_reminder || (today - *last_reminder).count() >= reminder_gap_days;
}

}  // namespace sendhub::local_offer
