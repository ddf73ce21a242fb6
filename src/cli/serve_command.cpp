// `sendhub serve`: checks the database schema, builds the site and serves until SIGTERM/SIGINT.
#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <thread>

#include "app/casework/reminders.h"
#include "app/review/review_reminders.h"
#include "app/email/outbox.h"
#include "app/email/smtp_transport.h"
#include "app/identity/sessions.h"

#include "app/demo_data.h"
#include "cli/commands.h"
#include "cli/settings.h"
#include "store/migrations.h"
#include "web/server.h"
#include "web/site.h"

namespace sendhub::cli {
namespace {

int startup_failure(const std::string& message) {
  std::fprintf(stderr, "sendhub serve: %s\n", message.c_str());
  return 1;
}

Result<std::pair<std::string, unsigned short>> split_listen(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size())
    return fail(ErrorCode::invalid_input, "--listen must look like 127.0.0.1:8080");
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  char* end = nullptr;
  long port = std::strtol(listen.c_str() + colon + 1, &end, 10);
  if (*end != '\0' || port < 0 || port > 65535) return fail(ErrorCode::invalid_input, "--listen has a bad port number");
  return std::pair{host, static_cast<unsigned short>(port)};
}

// Sends queued email every few seconds until the server stops. Failures stay queued and are
// retried with backoff (app/email/outbox.h); only counts are logged, never addresses.
std::jthread start_mail_sender(store::Database& db, app::SmtpSettings smtp) {
  return std::jthread([&db, smtp = std::move(smtp)](std::stop_token stop) {
    app::SmtpTransport transport(smtp);
    while (!stop.stop_requested()) {
      auto sent = app::deliver_due_email(db, transport, app::unix_now());
      if (!sent) std::fprintf(stderr, "{\"event\":\"mail_error\"}\n");
      else if (sent->sent + sent->failed + sent->gave_up > 0)
        std::fprintf(stderr, "{\"event\":\"mail\",\"sent\":%d,\"failed\":%d,\"gave_up\":%d}\n", sent->sent,
                     sent->failed, sent->gave_up);
      for (int i = 0; i < 50 && !stop.stop_requested(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
}

// The daily jobs (reminders) every hour: each reminder is recorded and sent once, so running
// often, or on several servers, is safe, and a server started mid-morning still sends today's.
std::jthread start_daily_jobs(store::Database& db, std::string public_url) {
  return std::jthread([&db, public_url = std::move(public_url)](std::stop_token stop) {
    while (!stop.stop_requested()) {
      const auto now = app::unix_now();
      auto sent = app::send_reminders(db, app::day_of(now), now, public_url);
      if (!sent) std::fprintf(stderr, "{\"event\":\"reminders_error\"}\n");
      if (!app::send_review_reminders(db, app::day_of(now), now, public_url))
        std::fprintf(stderr, "{\"event\":\"review_reminders_error\"}\n");
      for (int i = 0; i < 36000 && !stop.stop_requested(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
}

}  // namespace

int serve_command(std::span<const std::string> args) {
  if (sodium_init() < 0) return startup_failure("libsodium could not start");
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return startup_failure(settings.error().message);
  auto listen = split_listen(settings->get("--listen"));
  if (!listen) return startup_failure(listen.error().message);
  int threads = std::atoi(settings->get("--threads").c_str());
  if (threads < 0 || threads > 256) return startup_failure("--threads must be between 0 and 256");

  // Two connections a worker thread: a page's shared read (Database::read_together) and a write.
  auto db = store::open_database(settings->get("--database"), 2 * (threads > 0 ? threads : 4));
  if (!db) return startup_failure(db.error().message);
  if (settings->on("--demo")) {
    // Demo mode is for a developer's machine: bring the schema up to date and load the demo data.
    if (auto v = store::migrate(**db); !v) return startup_failure(v.error().message);
    if (auto ok = app::load_demo_data(**db); !ok) return startup_failure(ok.error().message);
  }
  if (auto ok = store::check_schema(**db); !ok) return startup_failure(ok.error().message);

  std::string public_url = settings->get("--public-url");
  if (public_url.empty()) public_url = "http://" + settings->get("--listen");
  if (!public_url.starts_with("http://") && !public_url.starts_with("https://"))
    return startup_failure("--public-url must start with http:// or https://");
  while (public_url.ends_with('/')) public_url.pop_back();
  web::SiteOptions site_options{settings->get("--templates"), settings->get("--assets"), settings->get("--static"),
                                settings->on("--demo"), public_url};
  auto site = web::Site::create(site_options, **db);
  if (!site) return startup_failure(site.error().message);

  web::ServerOptions options;
  options.host = listen->first;
  options.port = listen->second;
  options.threads = static_cast<unsigned>(threads);
  options.access_log = settings->on("--access-log");
  web::Server server(options, (*site)->router, (*site)->metrics, (*site)->errors);
  if (auto ok = server.listen(); !ok) return startup_failure(ok.error().message);
  std::fprintf(stderr, "{\"event\":\"listening\",\"address\":\"%s\",\"port\":%u}\n", options.host.c_str(),
               static_cast<unsigned>(server.port()));
  std::jthread mail_sender;
  if (!settings->get("--smtp-url").empty()) {
    app::SmtpSettings smtp{settings->get("--smtp-url"), settings->get("--smtp-user"), settings->get("--smtp-password"),
                           settings->get("--mail-from")};
    if (auto ok = app::check_smtp_settings(smtp); !ok) return startup_failure(ok.error().message);
    mail_sender = start_mail_sender(**db, std::move(smtp));
  } else if (!settings->on("--demo")) {
    std::fprintf(stderr, "{\"event\":\"mail_not_configured\",\"detail\":\"email stays queued until SENDHUB_SMTP_URL is set\"}\n");
  }
  std::jthread daily_jobs = start_daily_jobs(**db, public_url);
  server.run(true);
  daily_jobs.request_stop();
  daily_jobs.join();
  if (mail_sender.joinable()) {
    mail_sender.request_stop();
    mail_sender.join();
  }
  (*db)->close();
  std::fprintf(stderr, "{\"event\":\"stopped\"}\n");
  return 0;
}

}  // namespace sendhub::cli
