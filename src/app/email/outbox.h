// The email queue. Messages are queued in the same transaction as the change they report (an
// invitation and its email exist together or not at all); a dispatcher sends what is due and
// retries failures with backoff. In demo mode nothing is sent: the outbox page shows the queue.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/email/mail_transport.h"
#include "domain/email/message.h"
#include "store/database.h"

namespace sendhub::app {

// Checks the message (domain/email/message.h) and queues it. Call inside Database::write.
Result<std::int64_t> queue_email(store::Connection& c, const email::EmailMessage& message, std::int64_t now);

struct QueuedEmail {
  std::int64_t id = 0;
  email::EmailMessage message;
  std::int64_t queued_at = 0;
  int attempts = 0;
  std::optional<std::int64_t> sent_at, gave_up_at;
  std::string last_error;
};
// Newest first.
Result<std::vector<QueuedEmail>> read_outbox(store::Database& db, std::size_t limit);

struct Delivery {
  int sent = 0, failed = 0, gave_up = 0;
};
// Sends up to `limit` due messages. Each result is saved on its own, so a crash part-way
// through sends a message at most twice and never loses one.
Result<Delivery> deliver_due_email(store::Database& db, MailTransport& transport, std::int64_t now, int limit = 50);

}  // namespace sendhub::app
