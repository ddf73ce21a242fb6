#include "cli/timeline_command.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "domain/statutory/timeline_json.h"

namespace sendhub::cli {

namespace {

constexpr const char* usage =
    "Usage: sendhub timeline [FILE|-]\n"
    "Reads a case history as JSON from FILE (or standard input) and prints its statutory milestones.\n"
    "See docs/statutory-rules.md for the input format and every rule.\n";

// Case histories are small; anything larger than this is not one.
constexpr std::size_t max_input_bytes = 4 * 1024 * 1024;

}  // namespace

int run_timeline_command(std::span<const std::string> args, std::istream& in, std::ostream& out, std::ostream& err,
                         std::chrono::sys_days system_today) {
  if (args.size() > 1) {
    err << "sendhub timeline: give one file, or - for standard input\n" << usage;
    return 2;
  }
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    out << usage;
    return 0;
  }
  std::string text;
  if (args.empty() || args[0] == "-") {
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } else {
    std::ifstream file(args[0], std::ios::binary);
    if (!file) {
      err << "sendhub timeline: cannot read " << args[0] << "\n";
      return 1;
    }
    text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  if (text.size() > max_input_bytes) {
    err << "sendhub timeline: the input is larger than 4 MiB, which no case history is\n";
    return 2;
  }
  auto request = statutory::parse_timeline_request(text);
  if (!request) {
    err << "sendhub timeline: " << request.error().message << "\n";
    return 2;
  }
  const auto today = request->today.value_or(system_today);
  auto timeline = statutory::compute_timeline(request->history, today);
  if (!timeline) {
    err << "sendhub timeline: " << timeline.error().message << "\n";
    return 2;
  }
  out << statutory::timeline_to_json(*timeline, today) << "\n";
  return 0;
}

}  // namespace sendhub::cli
