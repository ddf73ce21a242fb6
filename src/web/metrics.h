// Request counters and latency histogram in Prometheus text format. Labels are route names and
// status codes only: never paths, queries or anything a person typed.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace sendhub::web {

class Metrics {
 public:
  // 20 ms is a bucket edge because it is the page-time target (docs/performance.md).
  static constexpr std::array<double, 13> buckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.025,
                                                   0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

  void record(std::string_view route, std::string_view method, unsigned status, std::chrono::nanoseconds took);
  // db_queries and db_seconds come from the store's own counters.
  std::string render(std::uint64_t db_queries, double db_seconds, std::uint64_t db_errors) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::uint64_t> requests_;  // key: route\tmethod\tstatus
  std::array<std::uint64_t, buckets.size()> bucket_counts_{};
  std::uint64_t count_ = 0;
  double sum_seconds_ = 0;
};

}  // namespace sendhub::web
