// `sendhub timeline [FILE|-]`: reads one case history as JSON (a file, or standard input) and
// prints its statutory milestones as JSON. Exit 0 on success, 2 for bad input (the reason on
// standard error), 1 when the file cannot be read.
#pragma once

#include <chrono>
#include <iosfwd>
#include <span>
#include <string>

namespace sendhub::cli {

int run_timeline_command(std::span<const std::string> args, std::istream& in, std::ostream& out, std::ostream& err,
                         std::chrono::sys_days system_today);

}  // namespace sendhub::cli
