// Entry points of the `sendhub` subcommands. Each takes the arguments after its name and
// returns the process exit code: 0 success, 1 a failure at run time, 2 bad usage or bad input.
#pragma once

#include <span>
#include <string>

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

}  // namespace sendhub::cli
