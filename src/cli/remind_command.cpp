// `sendhub remind`: runs the daily reminder job once (serve also runs it every hour; each
// reminder is sent once however often it runs). Prints what it queued.
#include <sodium.h>

#include <cstdio>

#include "app/casework/reminders.h"
#include "app/review/review_reminders.h"
#include "app/identity/sessions.h"
#include "cli/commands.h"
#include "cli/settings.h"
#include "store/migrations.h"

namespace sendhub::cli {

int remind_command(std::span<const std::string> args) {
  if (sodium_init() < 0) return 1;
  auto settings = Settings::parse(args, process_environment);
  if (!settings) {
    std::fprintf(stderr, "sendhub remind: %s\n", settings.error().message.c_str());
    return 2;
  }
  auto db = store::open_database(settings->get("--database"), 1);
  if (!db) {
    std::fprintf(stderr, "sendhub remind: %s\n", db.error().message.c_str());
    return 1;
  }
  if (auto ok = store::check_schema(**db); !ok) {
    std::fprintf(stderr, "sendhub remind: %s\n", ok.error().message.c_str());
    return 1;
  }
  std::string public_url = settings->get("--public-url");
  if (public_url.empty()) public_url = "http://" + settings->get("--listen");
  const auto now = app::unix_now();
  auto sent = app::send_reminders(**db, app::day_of(now), now, public_url);
  auto reviews = sent ? app::send_review_reminders(**db, app::day_of(now), now, public_url)
                      : Result<app::ReviewReminderCount>(std::unexpected(sent.error()));
  (*db)->close();
  if (!reviews) {
    std::fprintf(stderr, "sendhub remind: %s\n", reviews.error().message.c_str());
    return 1;
  }
  std::printf("queued %d advice reminders (due in a week), %d overdue-advice reminders, %d caseworker digests\n",
              sent->advice_due_soon, sent->advice_overdue, sent->caseworker_digests);
  std::printf("queued %d review reminders to SENCOs (%d reviews to arrange, %d overdue)\n", reviews->emails,
              reviews->to_arrange, reviews->overdue);
  return 0;
}

}  // namespace sendhub::cli
