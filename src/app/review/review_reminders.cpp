#include "app/review/review_reminders.h"

#include <map>

#include "app/email/outbox.h"
#include "app/review/plan_register.h"
#include "domain/email/messages.h"
#include "domain/review/review_reminders.h"

namespace sendhub::app {
namespace {

struct Senco {
  std::string user_id, email;
};

// Every SENCO who can sign in, by the URN of their school or setting.
Result<std::map<std::string, std::vector<Senco>>> sencos_by_setting(store::Connection& c) {
  auto rows = c.query("SELECT o.urn, u.id, u.email FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                      "JOIN users u ON u.id = m.user_id WHERE m.role = 'school_senco' AND o.urn IS NOT NULL "
                      "AND u.disabled = 0 ORDER BY o.urn, u.id", {});
  if (!rows) return std::unexpected(rows.error());
  std::map<std::string, std::vector<Senco>> out;
  for (const auto& r : *rows) out[r.get_text(0)].push_back({r.get_text(1), r.get_text(2)});
  return out;
}

}  // namespace

Result<ReviewReminderCount> send_review_reminders(store::Database& db, calendar::Date today, std::int64_t now,
                                                  const std::string& public_url) {
  ReviewReminderCount count;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto settings = sencos_by_setting(c);
    if (!settings) return std::unexpected(settings.error());
    for (const auto& [urn, sencos] : *settings) {
      auto plans = plans_on_record(c, "", urn);
      if (!plans) return std::unexpected(plans.error());
      std::vector<review::PlanOnRecord> records;
      records.reserve(plans->size());
      for (const auto& p : *plans) records.push_back(p.record);
      const auto due = review::reviews_to_remind(records, today);
      for (const auto& senco : sencos) {
        int to_arrange = 0, overdue = 0;
        for (const auto& r : due) {
          const auto& plan = (*plans)[static_cast<std::size_t>(r.plan - records.data())];
          const bool late = r.kind == review::ReviewReminder::overdue;
          const store::Value p[] = {plan.plan_id, calendar::format_date(r.due), std::string(late ? "overdue" : "to_arrange"),
                                    senco.user_id, calendar::format_date(today)};
          auto n = c.execute("INSERT INTO review_reminders_sent (plan_id, due_on, kind, user_id, sent_on) "
                             "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING", p);
          if (!n) return std::unexpected(n.error());
          if (*n == 1) ++(late ? overdue : to_arrange);
        }
        if (to_arrange == 0 && overdue == 0) continue;
        auto message = email::review_reminder_message(senco.email, to_arrange, overdue, public_url + "/reviews");
        if (auto q = queue_email(c, message, now); !q) return std::unexpected(q.error());
        ++count.emails;
        count.to_arrange += to_arrange;
        count.overdue += overdue;
      }
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return count;
}

}  // namespace sendhub::app
