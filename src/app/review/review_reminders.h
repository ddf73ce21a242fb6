// The daily job that reminds each SENCO of their pupils' annual reviews to arrange (due within 8
// weeks, no meeting arranged) and overdue, in one email of counts. Each plan's reminder is
// recorded per review due date, kind and SENCO, so running it often, or on several servers,
// sends it once; next year's review reminds again.
#pragma once

#include <cstdint>

#include "domain/calendar/date.h"
#include "store/database.h"

namespace sendhub::app {

struct ReviewReminderCount {
  int emails = 0, to_arrange = 0, overdue = 0;  // reviews counted once per SENCO told
};

Result<ReviewReminderCount> send_review_reminders(store::Database& db, calendar::Date today, std::int64_t now,
                                                  const std::string& public_url);

}  // namespace sendhub::app
