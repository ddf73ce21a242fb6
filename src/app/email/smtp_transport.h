// Sends email through an SMTP server with libcurl, configured by environment (see README):
// SENDHUB_SMTP_URL (smtp://host:587 for STARTTLS, smtps://host:465 for TLS from the start),
// SENDHUB_SMTP_USER, SENDHUB_SMTP_PASSWORD and SENDHUB_MAIL_FROM.
#pragma once

#include <chrono>
#include <string>

#include "app/email/mail_transport.h"

namespace sendhub::app {

struct SmtpSettings {
  std::string url;  // smtp://host:port or smtps://host:port
  std::string user, password;
  std::string from_address;  // no-reply@council.example
  std::string from_name = "SENDhub";
  // STARTTLS is required whenever a password is sent, and tried otherwise. A relay on this
  // machine (smtp://127.0.0.1) may be used without it.
  std::chrono::seconds timeout{30};
};

Result<void> check_smtp_settings(const SmtpSettings& settings);

class SmtpTransport final : public MailTransport {
 public:
  explicit SmtpTransport(SmtpSettings settings);
  Result<void> send(std::string_view to, std::string_view rendered) override;
  std::string from() const override;

 private:
  SmtpSettings settings_;
};

}  // namespace sendhub::app
