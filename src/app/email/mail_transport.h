// Where queued email goes. The SMTP transport is the real one; tests hand the dispatcher a
// transport that fails on purpose, to prove that a failed send is retried and nothing is lost.
#pragma once

#include <string_view>

#include "domain/email/message.h"
#include "domain/error.h"

namespace sendhub::app {

class MailTransport {
 public:
  virtual ~MailTransport() = default;
  // `rendered` is the whole RFC 5322 message, CRLF line ends.
  virtual Result<void> send(std::string_view to, std::string_view rendered) = 0;
  virtual std::string from() const = 0;
};

}  // namespace sendhub::app
