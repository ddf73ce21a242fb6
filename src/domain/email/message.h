// Outgoing email as plain data: checked addresses, an RFC 5322 rendering that cannot be used to
// inject headers, and the retry schedule for a message the mail server did not take.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace sendhub::email {

struct EmailMessage {
  std::string to;       // one address
  std::string subject;  // one line, plain text (UTF-8 allowed)
  std::string body;     // plain text, lines separated by "\n"
};

// A deliberately plain check: one "@", a dot in the domain, printable ASCII, no spaces, at most
// 254 characters. It is for catching typing mistakes, not for proving an address exists.
bool valid_address(std::string_view address);

// Refuses anything that would corrupt the message: a bad address, a line break in the subject,
// a NUL anywhere, or a body line longer than SMTP allows.
Result<void> check_message(const EmailMessage& message);

// The message as sent over SMTP: headers (the subject RFC 2047-encoded when not plain ASCII),
// a blank line and the body, with CRLF line ends. `date` is an RFC 5322 date.
std::string render(const EmailMessage& message, std::string_view from, std::string_view date,
                   std::string_view message_id);

// "Tue, 24 Nov 2026 09:05:00 +0000"
std::string rfc5322_date(std::chrono::sys_seconds at);

// When to try again after `attempts` failed tries: 1 minute, doubling (at most 6 hours), so a
// mail server that is down for most of a working day does not lose anything; nothing after
// max_attempts (the message is then marked as given up and shown as such).
inline constexpr int max_attempts = 10;
std::optional<std::chrono::seconds> retry_delay(int attempts);

}  // namespace sendhub::email
