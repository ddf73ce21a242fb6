// EHC plans in the open sendhub-plan/1 format from the command line (plan-format.md):
//   sendhub export plan ID --json [--version N] [FILE]   the newest version, or version N
//   sendhub import plan FILE.json|- [--child ID]          a plan from another system or council
// An import with any problem writes nothing and lists every problem (exit 2).
#include <sodium.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/clock.h"
#include "app/plan/plan_exchange.h"
#include "cli/commands.h"
#include "cli/settings.h"
#include "store/migrations.h"

namespace sendhub::cli {
namespace {

int complain(const char* command, const std::string& message, int code) {
  std::fprintf(stderr, "sendhub %s: %s\n", command, message.c_str());
  return code;
}

Result<std::unique_ptr<store::Database>> open_current(const Settings& settings) {
  auto db = store::open_database(settings.get("--database"), 1);
  if (!db) return db;
  if (auto v = store::migrate(**db); !v) return std::unexpected(v.error());
  return db;
}

constexpr std::size_t max_plan_bytes = 8 * 1024 * 1024;

}  // namespace

int export_plan_command(std::vector<std::string> args) {
  const bool json = take_option(args, "--json", true).has_value();
  const auto version_text = take_option(args, "--version", false);
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return complain("export plan", settings.error().message, 2);
  const auto& rest = settings->positional();
  if (!json || rest.empty() || rest.size() > 2)
    return complain("export plan", "usage: sendhub export plan ID --json [--version N] [FILE]", 2);
  std::int64_t version = 0;
  if (version_text) {
    char* end = nullptr;
    version = std::strtoll(version_text->c_str(), &end, 10);
    if (version_text->empty() || *end != '\0' || version < 1) return complain("export plan", "--version must be a number from 1", 2);
  }
  auto db = open_current(*settings);
  if (!db) return complain("export plan", db.error().message, 1);
  auto text = app::export_plan(**db, rest[0], version, "command line");
  (*db)->close();
  if (!text) return complain("export plan", text.error().message, text.error().code == ErrorCode::not_found ? 2 : 1);
  if (rest.size() == 1 || rest[1] == "-") {
    std::fwrite(text->data(), 1, text->size(), stdout);
    return 0;
  }
  std::ofstream out(rest[1], std::ios::binary);
  out << *text;
  return out ? 0 : complain("export plan", "cannot write " + rest[1], 1);
}

int import_plan_command(std::vector<std::string> args) {
  const std::string child = take_option(args, "--child", false).value_or("");
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return complain("import plan", settings.error().message, 2);
  const auto& rest = settings->positional();
  if (rest.size() != 1) return complain("import plan", "usage: sendhub import plan FILE.json|- [--child ID]", 2);
  std::ostringstream text;
  if (rest[0] == "-") {
    text << std::cin.rdbuf();
  } else {
    std::ifstream in(rest[0], std::ios::binary);
    if (!in) return complain("import plan", "cannot read " + rest[0], 2);
    text << in.rdbuf();
  }
  if (text.str().size() > max_plan_bytes) return complain("import plan", "the file is larger than 8 MiB, which no plan is", 2);
  if (sodium_init() < 0) return complain("import plan", "libsodium could not start", 1);
  auto db = open_current(*settings);
  if (!db) return complain("import plan", db.error().message, 1);
  auto report = app::import_plan(**db, text.str(), child, "command line", std::time(nullptr));
  (*db)->close();
  if (!report) return complain("import plan", report.error().message, report.error().code == ErrorCode::invalid_input ? 2 : 1);
  if (!report->problems.empty()) {
    std::fprintf(stderr, "sendhub import plan: %zu problem%s; nothing was imported:\n", report->problems.size(),
                 report->problems.size() == 1 ? "" : "s");
    for (const auto& p : report->problems) std::fprintf(stderr, "  - %s\n", p.c_str());
    return 2;
  }
  if (report->already_there)
    std::printf("plan %s version %lld was already here; nothing changed\n", report->plan_id.c_str(), static_cast<long long>(report->version));
  else
    std::printf("imported plan %s version %lld for child %s%s\n", report->plan_id.c_str(), static_cast<long long>(report->version),
                report->child_id.c_str(), report->created_child ? " (a new record, made from the plan)" : "");
  return 0;
}

}  // namespace sendhub::cli
