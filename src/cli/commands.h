// Entry points of the `sendhub` subcommands. Each takes the arguments after its name and
// returns the process exit code: 0 success, 1 a failure at run time, 2 bad usage or bad input.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace sendhub::cli {

int serve_command(std::span<const std::string> args);
int migrate_command(std::span<const std::string> args);
int demo_command(std::span<const std::string> args);
int timeline_entry(std::span<const std::string> args);
int audit_command(std::span<const std::string> args);
int remind_command(std::span<const std::string> args);
int import_command(std::span<const std::string> args);
int export_command(std::span<const std::string> args);
int local_offer_command(std::span<const std::string> args);
int kpi_command(std::span<const std::string> args);
// `import plan` and `export plan` (plan_commands.cpp), reached through import and export.
int import_plan_command(std::vector<std::string> args);
int export_plan_command(std::vector<std::string> args);
// `export sen2` (sen2_command.cpp).
int export_sen2_command(std::vector<std::string> args);

}  // namespace sendhub::cli
