#include "web/access_log.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <cstdio>
#include <mutex>

namespace sendhub::web {

std::string access_log_line(const AccessRecord& r, std::chrono::system_clock::time_point at) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
  boost::json::object o;
  o["time_ms"] = ms;
  o["event"] = "http_request";
  o["request_id"] = r.request_id;
  o["method"] = r.method;
  o["route"] = r.route;
  o["status"] = r.status;
  o["bytes"] = r.bytes;
  o["duration_ms"] = std::chrono::duration<double, std::milli>(r.took).count();
  return boost::json::serialize(o);
}

void write_access_log(const AccessRecord& record) {
  static std::mutex mutex;
  auto line = access_log_line(record, std::chrono::system_clock::now());
  line.push_back('\n');
  std::lock_guard lock(mutex);
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
}

}  // namespace sendhub::web
