// The application's view of "now", passed in rather than read inside domain code so that rules
// are testable for any date.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace sendhub::app {

// "2026-11-24T02:17:23Z"
std::string utc_timestamp(std::chrono::system_clock::time_point at);
inline std::string utc_timestamp_of(std::int64_t unix_seconds) {
  return utc_timestamp(std::chrono::system_clock::time_point(std::chrono::seconds(unix_seconds)));
}
inline std::string utc_timestamp_now() { return utc_timestamp(std::chrono::system_clock::now()); }

}  // namespace sendhub::app
