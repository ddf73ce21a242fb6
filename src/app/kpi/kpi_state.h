// What the KPIs need, kept in memory by a server (issue 8): loaded once from the store, then
// brought up to date on each request from the kpi_changes feed, reading only the cases and
// children written since, so a dashboard request never rescans the database. A start reads the
// snapshot the last full load left (area_snapshot.h) and the changes since, when there is one.
#pragma once

#include <functional>
#include <mutex>
#include <optional>

#include "app/kpi/area_loader.h"

namespace sendhub::app::kpi {

struct KpiStateStats {
  double load_ms = 0;           // the cold start
  bool from_snapshot = false;   // the cold start read the stored snapshot
  std::int64_t changes_applied = 0;
  std::int64_t full_reloads = 0;
  std::int64_t snapshots_saved = 0;
};

// After this many changes applied since the snapshot, the next request saves a new one, so a
// start never has to apply more than about this many changes one by one.
inline constexpr std::int64_t snapshot_after_changes = 50000;

class KpiState {
 public:
  explicit KpiState(store::Database& db) : db_(db) {}
  // Catches up with the feed, then runs fn on the facts (while no other request changes them).
  Result<void> with_area(const std::function<void(const LoadedArea&)>& fn);
  KpiStateStats stats();

 private:
  Result<void> catch_up(store::Connection& c);

  store::Database& db_;
  std::mutex mutex_;
  std::optional<LoadedArea> area_;
  std::int64_t last_seq_ = 0, last_xmin_ = 0;
  std::int64_t changes_since_snapshot_ = 0;
  bool save_snapshot_ = false;
  KpiStateStats stats_;
};

}  // namespace sendhub::app::kpi
