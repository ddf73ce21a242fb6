#include "app/email/smtp_transport.h"

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace sendhub::app {
namespace {

struct Upload {
  std::string_view data;
  std::size_t offset = 0;
};

std::size_t read_chunk(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* up = static_cast<Upload*>(user);
  std::size_t n = std::min(size * count, up->data.size() - up->offset);
  std::memcpy(buffer, up->data.data() + up->offset, n);
  up->offset += n;
  return n;
}

bool loopback(std::string_view url) {
  return url.starts_with("smtp://127.0.0.1") || url.starts_with("smtp://localhost") || url.starts_with("smtp://[::1]");
}

}  // namespace

Result<void> check_smtp_settings(const SmtpSettings& s) {
  if (!s.url.starts_with("smtp://") && !s.url.starts_with("smtps://"))
    return fail(ErrorCode::invalid_input, "SENDHUB_SMTP_URL must start with smtp:// or smtps://");
  if (!email::valid_address(s.from_address))
    return fail(ErrorCode::invalid_input, "SENDHUB_MAIL_FROM must be an email address, like no-reply@council.example");
  return {};
}

SmtpTransport::SmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string SmtpTransport::from() const { return settings_.from_name + " <" + settings_.from_address + ">"; }

Result<void> SmtpTransport::send(std::string_view to, std::string_view rendered) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return fail(ErrorCode::unavailable, "could not start libcurl");
  const std::string recipient = "<" + std::string(to) + ">";
  const std::string sender = "<" + settings_.from_address + ">";
  curl_slist* recipients = curl_slist_append(nullptr, recipient.c_str());
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> hold(recipients, curl_slist_free_all);
  Upload upload{rendered};
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, sender.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(h, CURLOPT_READFUNCTION, read_chunk);
  curl_easy_setopt(h, CURLOPT_READDATA, &upload);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, static_cast<long>(settings_.timeout.count()));
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  const bool secret = !settings_.user.empty();
  if (secret) {
    curl_easy_setopt(h, CURLOPT_USERNAME, settings_.user.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  if (!settings_.url.starts_with("smtps://"))
    curl_easy_setopt(h, CURLOPT_USE_SSL, secret || !loopback(settings_.url) ? (secret ? CURLUSESSL_ALL : CURLUSESSL_TRY)
                                                                             : CURLUSESSL_NONE);
  char error[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
  CURLcode rc = curl_easy_perform(h);
  if (rc != CURLE_OK)
    return fail(ErrorCode::unavailable, std::string("the mail server did not take the message: ") +
                                            (error[0] ? error : curl_easy_strerror(rc)));
  return {};
}

}  // namespace sendhub::app
