#include "app/email/outbox.h"

#include <chrono>

namespace sendhub::app {

Result<std::int64_t> queue_email(store::Connection& c, const email::EmailMessage& m, std::int64_t now) {
  if (auto ok = email::check_message(m); !ok) return std::unexpected(ok.error());
  const store::Value p[] = {m.to, m.subject, m.body, now, now};
  auto rows = c.query("INSERT INTO email_outbox (to_address, subject, body, queued_at, next_attempt_at) "
                      "VALUES ($1, $2, $3, $4, $5) RETURNING id", p);
  if (!rows) return std::unexpected(rows.error());
  return (*rows)[0].get_int(0);
}

Result<std::vector<QueuedEmail>> read_outbox(store::Database& db, std::size_t limit) {
  std::vector<QueuedEmail> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {static_cast<std::int64_t>(limit)};
    auto rows = c.query("SELECT id, to_address, subject, body, queued_at, attempts, sent_at, gave_up_at, last_error "
                        "FROM email_outbox ORDER BY id DESC LIMIT $1", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      QueuedEmail q{r.get_int(0), {r.get_text(1), r.get_text(2), r.get_text(3)}, r.get_int(4),
                    static_cast<int>(r.get_int(5)), std::nullopt, std::nullopt, r.get_text(8)};
      if (!r.is_null(6)) q.sent_at = r.get_int(6);
      if (!r.is_null(7)) q.gave_up_at = r.get_int(7);
      out.push_back(std::move(q));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

namespace {

Result<std::vector<QueuedEmail>> claim_due(store::Database& db, std::int64_t now, int limit) {
  std::vector<QueuedEmail> due;
  // Claiming pushes next_attempt_at forward, so a second server running the dispatcher at the
  // same moment does not send the same message.
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {now, std::int64_t{limit}};
    auto rows = c.query("SELECT id, to_address, subject, body, attempts FROM email_outbox WHERE sent_at IS NULL "
                        "AND gave_up_at IS NULL AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      const store::Value claim[] = {now + 300, r.get_int(0)};
      if (auto n = c.execute("UPDATE email_outbox SET next_attempt_at = $1 WHERE id = $2", claim); !n)
        return std::unexpected(n.error());
      due.push_back({r.get_int(0), {r.get_text(1), r.get_text(2), r.get_text(3)}, 0, static_cast<int>(r.get_int(4))});
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return due;
}

}  // namespace

Result<Delivery> deliver_due_email(store::Database& db, MailTransport& transport, std::int64_t now, int limit) {
  auto due = claim_due(db, now, limit);
  if (!due) return std::unexpected(due.error());
  Delivery d;
  for (const auto& q : *due) {
    auto at = std::chrono::sys_seconds(std::chrono::seconds(now));
    auto rendered = email::render(q.message, transport.from(), email::rfc5322_date(at),
                                  std::to_string(q.id) + "." + std::to_string(now) + "@sendhub");
    auto sent = transport.send(q.message.to, rendered);
    auto saved = db.write([&](store::Connection& c) -> Result<void> {
      if (sent) {
        const store::Value p[] = {now, q.id};
        auto n = c.execute("UPDATE email_outbox SET sent_at = $1, attempts = attempts + 1, last_error = '' WHERE id = $2", p);
        if (!n) return std::unexpected(n.error());
        ++d.sent;
        return {};
      }
      const int attempts = q.attempts + 1;
      auto delay = email::retry_delay(attempts);
      // The transport's message names the server's complaint, never the recipient.
      const std::string why = sent.error().message.substr(0, 300);
      const store::Value p[] = {std::int64_t{attempts}, why, delay ? store::Value(now + delay->count()) : store::Value(now),
                                delay ? store::Value() : store::Value(now), q.id};
      auto n = c.execute("UPDATE email_outbox SET attempts = $1, last_error = $2, next_attempt_at = $3, gave_up_at = $4 "
                         "WHERE id = $5", p);
      if (!n) return std::unexpected(n.error());
      ++(delay ? d.failed : d.gave_up);
      return {};
    });
    if (!saved) return std::unexpected(saved.error());
  }
  return d;
}

}  // namespace sendhub::app
