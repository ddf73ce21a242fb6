// Services past their check date: listed for the Local Offer team, and their providers emailed
// a link that works once to say "still correct" (which sets the last-checked date) or "something
// needs changing" (which lands in the team's problem queue). Reminders go at most once a
// fortnight per service, however often the job runs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar/date.h"
#include "domain/local_offer/review.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

namespace lo = sendhub::local_offer;

struct OverdueService {
  std::string id, name, organization_name, last_checked, reminder_sent_on;
  lo::ReviewState review;
};
// Active and temporarily closed services past their check date, longest overdue first.
Result<std::vector<OverdueService>> overdue_services(store::Database& db, calendar::Date today);

struct ReminderRun {
  int emailed = 0;          // services whose provider was emailed
  int without_contact = 0;  // overdue, but nobody to email (no provider account, no organization email)
};
Result<ReminderRun> send_review_reminders(store::Database& db, std::int64_t now, const std::string& public_url);

struct ReviewLink {
  std::string service_id, service_name, organization_name, last_checked;
};
// Nothing when the link is unknown, used or expired.
Result<std::optional<ReviewLink>> open_review_link(store::Database& db, std::string_view token, std::int64_t now);
// still_correct, or what needs changing (then `what_changed` is required, at most 2,000 characters).
// not_found when the link has gone; invalid_input (field "what_changed") for a missing description.
Result<void> answer_review_link(store::Database& db, std::string_view token, bool still_correct, std::string what_changed,
                                std::int64_t now);

}  // namespace sendhub::app::local_offer
