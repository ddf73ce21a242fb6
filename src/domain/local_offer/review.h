// Keeping the directory current: every service has the date it was last checked (HSDS
// assured_date) and how often it must be checked; past that it is overdue, shown on the
// editors' dashboard, and its provider is emailed (at most once a fortnight) to confirm or update it.
#pragma once

#include <optional>

#include "domain/calendar/date.h"

namespace sendhub::local_offer {

inline constexpr int default_review_interval_days = 180;
inline constexpr int reminder_gap_days = 14;
inline constexpr int review_link_days = 30;  // how long an emailed "still correct?" link works

struct ReviewState {
  std::optional<calendar::Date> due;  // nothing when never checked: due now
  bool overdue = false;
  int days_overdue = 0;
};

ReviewState review_state(std::optional<calendar::Date> last_checked, int interval_days, calendar::Date today);

// Whether to email the provider today, given when the last reminder went.
bool reminder_due(const ReviewState& state, std::optional<calendar::Date> last_reminder, calendar::Date today);

}  // namespace sendhub::local_offer
