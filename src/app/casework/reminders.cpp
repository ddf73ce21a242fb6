#include "app/casework/reminders.h"

#include <map>

#include "app/casework/advice.h"
#include "app/email/outbox.h"
#include "domain/email/messages.h"

namespace sendhub::app {
namespace {

// Records the reminder; false when it was already sent.
Result<bool> first_time(store::Connection& c, const std::string& case_id, std::string_view milestone, const char* kind,
                        const std::string& user_id, calendar::Date today) {
  const store::Value p[] = {case_id, std::string(milestone), std::string(kind), user_id, calendar::format_date(today)};
  auto n = c.execute("INSERT INTO reminders_sent (case_id, milestone, kind, user_id, sent_on) VALUES ($1, $2, $3, $4, $5) "
                     "ON CONFLICT DO NOTHING", p);
  if (!n) return std::unexpected(n.error());
  return *n == 1;
}

}  // namespace

Result<std::vector<identity::FieldProblem>> chase_advice(store::Database& db, const access::Actor& actor, const std::string& case_id,
                                                         const std::string& adviser_name, const RequestContext& ctx) {
  auto adviser = statutory::adviser_from_string(adviser_name);
  CaseChange change{{}, "", "case.advice_chased", adviser_name, nullptr};
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const auto today = day_of(ctx.now);
    auto timeline = statutory::compute_timeline(k.history(), today);
    if (!timeline) return std::unexpected(timeline.error());
    const std::string key = "advice:" + adviser_name;
    const statutory::Milestone* due = nullptr;
    for (const auto& m : timeline->milestones)
      if (adviser && m.key == key && !m.done) due = &m;
    if (!due) return fail(ErrorCode::invalid_input, "There is no outstanding advice of that kind to chase", "chase");
    const store::Value p[] = {k.id, calendar::format_date(today)};
    auto involved = c.query("SELECT u.email, m.role FROM involvements i JOIN users u ON u.id = i.user_id "
                            "JOIN memberships m ON m.user_id = i.user_id WHERE i.case_id = $1 AND i.until >= $2 AND u.disabled = 0", p);
    if (!involved) return std::unexpected(involved.error());
    int sent = 0;
    for (const auto& r : *involved) {
      auto role = access::role_from_string(r.get_text(1));
      if (!role || adviser_for_role(*role) != *adviser) continue;
      auto message = email::advice_reminder_message(r.get_text(0), calendar::format_long_date(due->due),
                                                    due->status == statutory::Status::overdue, ctx.public_url + "/cases/" + k.id + "/advice");
      if (auto q = queue_email(c, message, ctx.now); !q) return std::unexpected(q.error());
      ++sent;
    }
    if (sent == 0)
      return fail(ErrorCode::invalid_input, "Nobody named was asked for this advice, so there is nobody to chase by email", "chase");
    return {};
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

Result<ReminderCount> send_reminders(store::Database& db, calendar::Date today, std::int64_t now, const std::string& public_url) {
  ReminderCount count;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto open = c.query("SELECT id FROM cases WHERE closed_on IS NULL ORDER BY id", {});
    if (!open) return std::unexpected(open.error());
    std::map<std::string, std::pair<std::string, int>> digests;  // caseworker → (email, count)
    for (const auto& row : *open) {
      auto k = load_case(c, row.get_text(0));
      if (!k) return std::unexpected(k.error());
      if (!*k) continue;
      auto timeline = statutory::compute_timeline((*k)->history(), today);
      if (!timeline) continue;
      const store::Value p[] = {(*k)->id, calendar::format_date(today)};
      auto involved = c.query("SELECT i.user_id, u.email, m.role FROM involvements i JOIN users u ON u.id = i.user_id "
                              "JOIN memberships m ON m.user_id = i.user_id WHERE i.case_id = $1 AND i.until >= $2 "
                              "AND u.disabled = 0", p);
      if (!involved) return std::unexpected(involved.error());
      for (const auto& m : timeline->milestones) {
        if (m.done || m.status == statutory::Status::not_applicable || m.status == statutory::Status::exception) continue;
        const bool soon = m.due == today + std::chrono::days(remind_days_before);
        const bool just_overdue = m.due + std::chrono::days(1) == today;
        if (!soon && !just_overdue) continue;
        if (m.key.starts_with("advice:")) {
          for (const auto& person : *involved) {
            auto role = access::role_from_string(person.get_text(2));
            if (!role || "advice:" + std::string(statutory::to_string(adviser_for_role(*role))) != m.key) continue;
            auto first = first_time(c, (*k)->id, m.key, soon ? "due_soon" : "overdue", person.get_text(0), today);
            if (!first) return std::unexpected(first.error());
            if (!*first) continue;
            auto message = email::advice_reminder_message(person.get_text(1), calendar::format_long_date(m.due), just_overdue,
                                                          public_url + "/cases/" + (*k)->id + "/advice");
            if (auto q = queue_email(c, message, now); !q) return std::unexpected(q.error());
            ++(soon ? count.advice_due_soon : count.advice_overdue);
          }
        }
        if (just_overdue && !(*k)->caseworker_user_id.empty()) {
          auto first = first_time(c, (*k)->id, m.key, "caseworker_overdue", (*k)->caseworker_user_id, today);
          if (!first) return std::unexpected(first.error());
          if (!*first) continue;
          const store::Value u[] = {(*k)->caseworker_user_id};
          auto email = c.query("SELECT email FROM users WHERE id = $1 AND disabled = 0", u);
          if (!email) return std::unexpected(email.error());
          if (email->empty()) continue;
          auto& digest = digests[(*k)->caseworker_user_id];
          digest.first = (*email)[0].get_text(0);
          ++digest.second;
        }
      }
    }
    for (const auto& [user, digest] : digests) {
      if (auto q = queue_email(c, email::overdue_digest_message(digest.first, digest.second, public_url + "/cases?show=mine"), now); !q)
        return std::unexpected(q.error());
      ++count.caseworker_digests;
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return count;
}

}  // namespace sendhub::app
