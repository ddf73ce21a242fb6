// The daily reminder job: a professional is reminded a week before their advice is due and the
// day after it became overdue; each caseworker gets one email listing how many steps on the
// cases they hold became overdue yesterday. Safe to run more than once a day, or on several
// servers: each reminder is recorded and sent once.
#pragma once

#include "app/casework/case_event_job.h"
#include "app/casework/cases.h"

namespace sendhub::app {

inline constexpr int remind_days_before = 7;

struct ReminderCount {
  int advice_due_soon = 0, advice_overdue = 0, caseworker_digests = 0;
};

// "Chase" from the case page: emails everyone asked for this kind of advice on the case now.
// Problems (nobody asked, advice already in), or nothing when at least one email was queued.
Result<std::vector<identity::FieldProblem>> chase_advice(store::Database& db, const access::Actor& actor, const std::string& case_id,
                                                         const std::string& adviser, const RequestContext& ctx);

Result<ReminderCount> send_reminders(store::Database& db, calendar::Date today, std::int64_t now, const std::string& public_url);

}  // namespace sendhub::app
