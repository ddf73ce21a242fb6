// One JSON line per request on standard output. Only the route's name (a pattern such as
// "/cases/:id"), never the path, query string, headers or body: those may hold personal data.
#pragma once

#include <chrono>
#include <string_view>

namespace sendhub::web {

struct AccessRecord {
  std::string_view request_id;
  std::string_view method;
  std::string_view route;
  unsigned status;
  std::size_t bytes;
  std::chrono::nanoseconds took;
};

std::string access_log_line(const AccessRecord& record, std::chrono::system_clock::time_point at);
void write_access_log(const AccessRecord& record);

}  // namespace sendhub::web
