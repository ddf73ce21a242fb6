#include "app/local_offer/reviews.h"

#include "app/clock.h"
#include "app/email/outbox.h"
#include "app/identity/sessions.h"
#include "app/local_offer/directory_writer.h"
#include "domain/local_offer/emails.h"

namespace sendhub::app::local_offer {
namespace {

using store::Value;

calendar::Date day_of_unix(std::int64_t now) {
  return std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{now}});
}

std::optional<calendar::Date> date_or_none(const std::string& s) {
  if (s.size() < 10) return std::nullopt;
  auto d = calendar::parse_date(s.substr(0, 10));
  if (!d) return std::nullopt;
  return *d;
}

constexpr const char* link_gone = "This link has expired or has already been used";

Result<std::optional<std::pair<std::string, std::string>>> open_link(store::Connection& c, std::string_view token, std::int64_t now) {
  if (token.empty() || token.size() > 100) return std::optional<std::pair<std::string, std::string>>{};
  const Value p[] = {token_hash(token), now};
  auto rows = c.query("SELECT service_id, sent_to FROM lo_review_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<std::pair<std::string, std::string>>{};
  return std::optional<std::pair<std::string, std::string>>{{rows->front().get_text(0), rows->front().get_text(1)}};
}

}  // namespace

Result<std::vector<OverdueService>> overdue_services(store::Database& db, calendar::Date today) {
  std::vector<OverdueService> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT s.id, s.name, COALESCE(o.name, ''), s.assured_date, s.review_interval_days, s.reminder_sent_on "
                        "FROM lo_services s LEFT JOIN lo_organizations o ON o.id = s.organization_id "
                        "WHERE s.status IN ('active', 'temporarily closed') ORDER BY s.assured_date, s.name");
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      auto state = lo::review_state(date_or_none(r.get_text(3)), static_cast<int>(r.get_int(4)), today);
      if (!state.overdue) continue;
      out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(5), state});
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  std::stable_sort(out.begin(), out.end(), [](const OverdueService& a, const OverdueService& b) {
    return a.review.days_overdue > b.review.days_overdue;
  });
  return out;
}

Result<ReminderRun> send_review_reminders(store::Database& db, std::int64_t now, const std::string& public_url) {
  const auto today = day_of_unix(now);
  auto overdue = overdue_services(db, today);
  if (!overdue) return std::unexpected(overdue.error());
  ReminderRun run;
  for (const auto& s : *overdue) {
    if (!lo::reminder_due(s.review, date_or_none(s.reminder_sent_on), today)) continue;
    // Each service in its own transaction: its links, its emails and its "sent on" together.
    auto ok = db.write([&](store::Connection& c) -> Result<void> {
      const Value id[] = {s.id};
      auto again = c.query("SELECT reminder_sent_on FROM lo_services WHERE id = $1", id);
      if (!again) return std::unexpected(again.error());
      if (again->empty() || !lo::reminder_due(s.review, date_or_none(again->front().get_text(0)), today)) return {};
      auto to = c.query("SELECT DISTINCT u.email FROM lo_services s JOIN lo_organizations o ON o.id = s.organization_id "
                        "JOIN memberships m ON m.organisation_id = o.sendhub_organisation_id AND m.role = 'service_provider' "
                        "JOIN users u ON u.id = m.user_id AND u.disabled = 0 WHERE s.id = $1 ORDER BY u.email",
                        id);
      if (!to) return std::unexpected(to.error());
      std::vector<std::string> recipients;
      for (const auto& r : *to) recipients.push_back(r.get_text(0));
      if (recipients.empty()) {
        auto org = c.query("SELECT o.email FROM lo_services s JOIN lo_organizations o ON o.id = s.organization_id WHERE s.id = $1", id);
        if (!org) return std::unexpected(org.error());
        if (!org->empty() && email::valid_address(org->front().get_text(0))) recipients.push_back(org->front().get_text(0));
      }
      if (recipients.empty()) {
        ++run.without_contact;
        return {};
      }
      const auto expires = now + static_cast<std::int64_t>(lo::review_link_days) * 86400;
      for (const auto& address : recipients) {
        const std::string token = random_token();
        const Value p[] = {token_hash(token), s.id, address, now, expires};
        if (auto n = c.execute("INSERT INTO lo_review_links (token_hash, service_id, sent_to, created_at, expires_at) "
                               "VALUES ($1, $2, $3, $4, $5)", p);
            !n)
          return std::unexpected(n.error());
        auto message = lo::review_reminder_message(address, s.name, public_url + "/local-offer/check/" + token,
                                                   calendar::format_long_date(day_of_unix(expires)));
        if (auto q = queue_email(c, message, now); !q) return std::unexpected(q.error());
      }
      const Value mark[] = {calendar::format_date(today), s.id};
      if (auto n = c.execute("UPDATE lo_services SET reminder_sent_on = $1 WHERE id = $2", mark); !n) return std::unexpected(n.error());
      ++run.emailed;
      return {};
    });
    if (!ok) return std::unexpected(ok.error());
  }
  return run;
}

Result<std::optional<ReviewLink>> open_review_link(store::Database& db, std::string_view token, std::int64_t now) {
  std::optional<ReviewLink> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto link = open_link(c, token, now);
    if (!link) return std::unexpected(link.error());
    if (!*link) return {};
    const Value p[] = {(*link)->first};
    auto rows = c.query("SELECT s.id, s.name, COALESCE(o.name, ''), s.assured_date FROM lo_services s "
                        "LEFT JOIN lo_organizations o ON o.id = s.organization_id WHERE s.id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return {};
    const auto& r = rows->front();
    out = ReviewLink{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3)};
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<void> answer_review_link(store::Database& db, std::string_view token, bool still_correct, std::string what_changed,
                                std::int64_t now) {
  while (!what_changed.empty() && (what_changed.back() == ' ' || what_changed.back() == '\n' || what_changed.back() == '\r'))
    what_changed.pop_back();
  if (!still_correct && what_changed.empty()) return fail(ErrorCode::invalid_input, "Tell us what needs changing", "what_changed");
  if (what_changed.size() > 2000) return fail(ErrorCode::invalid_input, "What needs changing must be 2,000 characters or fewer", "what_changed");
  return db.write([&](store::Connection& c) -> Result<void> {
    auto link = open_link(c, token, now);
    if (!link) return std::unexpected(link.error());
    if (!*link) return fail(ErrorCode::not_found, link_gone);
    const auto& [service_id, sent_to] = **link;
    const Value use[] = {now, still_correct ? "still correct" : "needs changing", token_hash(token)};
    auto used = c.execute("UPDATE lo_review_links SET used_at = $1, outcome = $2 WHERE token_hash = $3 AND used_at IS NULL", use);
    if (!used) return std::unexpected(used.error());
    if (*used != 1) return fail(ErrorCode::not_found, link_gone);
    const Value sid[] = {service_id};
    auto org = c.query("SELECT COALESCE(o.name, ''), s.assured_date FROM lo_services s "
                       "LEFT JOIN lo_organizations o ON o.id = s.organization_id WHERE s.id = $1", sid);
    if (!org) return std::unexpected(org.error());
    if (org->empty()) return fail(ErrorCode::not_found, link_gone);
    DirectoryWriter w(c, db.dialect(), utc_timestamp_of(now));
    if (still_correct) {
      const std::string checked = calendar::format_date(day_of_unix(now));
      const Value p[] = {checked, service_id};
      if (auto n = c.execute("UPDATE lo_services SET assured_date = $1 WHERE id = $2", p); !n) return std::unexpected(n.error());
      return w.record({"", service_id, "service", w.now(), "assured", "assured_date", org->front().get_text(1), checked,
                       org->front().get_text(0) + " (provider, by emailed link)"},
                      "");
    }
    const Value report[] = {new_uuid(), service_id, utc_timestamp_of(now), "The provider says this needs updating", what_changed,
                            sent_to};
    auto n = c.execute("INSERT INTO lo_problem_reports (id, service_id, reported_at, what_is_wrong, details, reply_email, status) "
                       "VALUES ($1, $2, $3, $4, $5, $6, 'open')", report);
    if (!n) return std::unexpected(n.error());
    return {};
  });
}

}  // namespace sendhub::app::local_offer
