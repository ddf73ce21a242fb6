// `sendhub audit verify`: checks every link of the hash-chained audit trail and names the first
// entry that was changed, removed or cut off. Exit 0 when intact, 1 when broken or unreadable.
#include <cstdio>

#include "app/identity/audit_trail.h"
#include "cli/commands.h"
#include "cli/settings.h"

namespace sendhub::cli {

int audit_command(std::span<const std::string> args) {
  auto settings = Settings::parse(args, process_environment);
  if (!settings) {
    std::fprintf(stderr, "sendhub audit: %s\n", settings.error().message.c_str());
    return 2;
  }
  const auto& words = settings->positional();
  if (words.size() != 1 || words[0] != "verify") {
    std::fprintf(stderr, "Usage: sendhub audit verify [--database URL]\n");
    return 2;
  }
  auto db = store::open_database(settings->get("--database"), 1);
  if (!db) {
    std::fprintf(stderr, "sendhub audit: %s\n", db.error().message.c_str());
    return 1;
  }
  auto check = app::verify_audit(**db);
  (*db)->close();
  if (!check) {
    std::fprintf(stderr, "sendhub audit: %s\n", check.error().message.c_str());
    return 1;
  }
  if (check->broken) {
    std::printf("audit trail BROKEN at entry %lld: %s\n", static_cast<long long>(check->broken->sequence),
                check->broken->reason.c_str());
    return 1;
  }
  std::printf("audit trail intact: %lld entries, every link checked\n", static_cast<long long>(check->entries));
  return 0;
}

}  // namespace sendhub::cli
