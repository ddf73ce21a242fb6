// `sendhub timeline`: the statutory clock for one case history, with today's date from the
// system clock unless the input gives "today".
#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/timeline_command.h"

namespace sendhub::cli {

int timeline_entry(std::span<const std::string> args) {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return run_timeline_command(args, std::cin, std::cout, std::cerr, today);
}

}  // namespace sendhub::cli
