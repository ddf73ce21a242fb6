// The `sendhub` command: a table of subcommands and nothing else.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/settings.h"

namespace {

struct Command {
  const char* name;
  int (*run)(std::span<const std::string>);
  const char* summary;
};

constexpr Command commands[] = {
    {"serve", sendhub::cli::serve_command, "serve the web application and API"},
    {"migrate", sendhub::cli::migrate_command, "bring the database schema up to date"},
    {"demo", sendhub::cli::demo_command, "migrate and load synthetic demo data"},
    {"audit", sendhub::cli::audit_command, "check the hash-chained audit trail: sendhub audit verify"},
    {"remind", sendhub::cli::remind_command, "queue today's reminders (advice due or overdue, caseworker digests)"},
    {"timeline", sendhub::cli::timeline_entry, "print a case's statutory milestones: sendhub timeline [FILE|-]"},
    {"import", sendhub::cli::import_command, "import oruk FILE|--url URL [--check], import onspd FILE.csv, import plan FILE.json [--child ID]"},
    {"export", sendhub::cli::export_command, "export oruk [FILE] (the Local Offer directory), export plan ID --json [--version N], export sen2 --census-date D --la CODE"},
    {"kpi", sendhub::cli::kpi_command, "print every partnership KPI: kpi --json [--from DATE] [--to DATE] [--la CODE]"},
    {"local-offer", sendhub::cli::local_offer_command, "Local Offer: remind (email providers of entries due a check)"},
};

void usage(std::FILE* to) {
  std::fprintf(to, "Usage: sendhub COMMAND [OPTIONS]\n\nCommands:\n");
  for (const auto& c : commands) std::fprintf(to, "  %-12s %s\n", c.name, c.summary);
  std::fprintf(to, "\n%s", sendhub::cli::Settings::help().c_str());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "help") == 0 || std::strcmp(argv[1], "--help") == 0) {
    usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& c : commands)
    if (std::strcmp(argv[1], c.name) == 0) return c.run(args);
  std::fprintf(stderr, "sendhub: unknown command '%s'\n\n", argv[1]);
  usage(stderr);
  return 2;
}
