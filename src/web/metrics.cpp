#include "web/metrics.h"

#include <cstdio>

namespace sendhub::web {
namespace {

std::string label_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') { out += "\\n"; continue; }
    out.push_back(c);
  }
  return out;
}

std::string number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

}  // namespace

void Metrics::record(std::string_view route, std::string_view method, unsigned status, std::chrono::nanoseconds took) {
  double seconds = std::chrono::duration<double>(took).count();
  std::string key;
  key.reserve(route.size() + method.size() + 6);
  key.append(route).append("\t").append(method).append("\t").append(std::to_string(status));
  std::lock_guard lock(mutex_);
  ++requests_[key];
  for (std::size_t i = 0; i < buckets.size(); ++i)
    if (seconds <= buckets[i]) ++bucket_counts_[i];
  ++count_;
  sum_seconds_ += seconds;
}

std::string Metrics::render(std::uint64_t db_queries, double db_seconds, std::uint64_t db_errors) const {
  std::string out;
  out += "# HELP sendhub_http_requests_total HTTP requests by route, method and status.\n";
  out += "# TYPE sendhub_http_requests_total counter\n";
  std::lock_guard lock(mutex_);
  for (const auto& [key, n] : requests_) {
    auto t1 = key.find('\t');
    auto t2 = key.find('\t', t1 + 1);
    out += "sendhub_http_requests_total{route=\"" + label_escape(key.substr(0, t1)) + "\",method=\"" +
           key.substr(t1 + 1, t2 - t1 - 1) + "\",status=\"" + key.substr(t2 + 1) + "\"} " + std::to_string(n) + "\n";
  }
  out += "# HELP sendhub_http_request_duration_seconds Time from reading the request head to the response.\n";
  out += "# TYPE sendhub_http_request_duration_seconds histogram\n";
  for (std::size_t i = 0; i < buckets.size(); ++i)
    out += "sendhub_http_request_duration_seconds_bucket{le=\"" + number(buckets[i]) + "\"} " +
           std::to_string(bucket_counts_[i]) + "\n";
  out += "sendhub_http_request_duration_seconds_bucket{le=\"+Inf\"} " + std::to_string(count_) + "\n";
  out += "sendhub_http_request_duration_seconds_sum " + number(sum_seconds_) + "\n";
  out += "sendhub_http_request_duration_seconds_count " + std::to_string(count_) + "\n";
  out += "# HELP sendhub_db_queries_total Statements run against the database.\n";
  out += "# TYPE sendhub_db_queries_total counter\n";
  out += "sendhub_db_queries_total " + std::to_string(db_queries) + "\n";
  out += "# HELP sendhub_db_seconds_total Time spent in the database.\n";
  out += "# TYPE sendhub_db_seconds_total counter\n";
  out += "sendhub_db_seconds_total " + number(db_seconds) + "\n";
  out += "# HELP sendhub_db_errors_total Database statements that failed.\n";
  out += "# TYPE sendhub_db_errors_total counter\n";
  out += "sendhub_db_errors_total " + std::to_string(db_errors) + "\n";
  return out;
}

}  // namespace sendhub::web
