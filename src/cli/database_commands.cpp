// `sendhub migrate` and `sendhub demo`: bring the database schema up to date, load demo data.
#include <cstdio>
#include <cstdlib>

#include "app/demo_data.h"
#include "cli/commands.h"
#include "cli/settings.h"
#include "store/migrations.h"

namespace sendhub::cli {
namespace {

int report(const Error& e) {
  std::fprintf(stderr, "sendhub: %s\n", e.message.c_str());
  return e.code == ErrorCode::invalid_input ? 2 : 1;
}

}  // namespace

int migrate_command(std::span<const std::string> args) {
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return report(settings.error());
  auto db = store::open_database(settings->get("--database"), 1);
  if (!db) return report(db.error());
  auto version = store::migrate(**db);
  if (!version) return report(version.error());
  std::printf("database schema is at version %d\n", *version);
  (*db)->close();
  return 0;
}

int demo_command(std::span<const std::string> args) {
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return report(settings.error());
  auto db = store::open_database(settings->get("--database"), 1);
  if (!db) return report(db.error());
  if (auto v = store::migrate(**db); !v) return report(v.error());
  const std::string scale = settings->get("--scale");
  const std::string seed_text = settings->get("--seed");
  char* end = nullptr;
  const auto seed = std::strtoull(seed_text.c_str(), &end, 10);
  if (seed_text.empty() || *end != '\0') return report({ErrorCode::invalid_input, "--seed must be a whole number"});
  if (scale == "york") {
    if (auto ok = app::load_york_scale_demo(**db, seed); !ok) return report(ok.error());
  } else if (scale == "england") {
    if (auto ok = app::load_scaled_demo(**db, seed, app::england_shape()); !ok) return report(ok.error());
  } else if (scale == "small") {
    if (auto ok = app::load_demo_data(**db); !ok) return report(ok.error());
  } else {
    return report({ErrorCode::invalid_input, "--scale must be small, york or england"});
  }
  std::printf("demo data loaded (synthetic records only, scale %s)\n", scale.c_str());
  (*db)->close();
  return 0;
}

}  // namespace sendhub::cli
