#include "app/kpi/kpi_state.h"

#include <chrono>
#include <set>

#include "app/casework/cases.h"
#include "app/identity/sessions.h"
#include "app/kpi/area_snapshot.h"
#include "domain/kpi/child_copies.h"

namespace sendhub::app::kpi {
namespace {

// Where the feed stands: its last row, and on PostgreSQL the oldest transaction still running
// (rows it writes may carry a smaller seq than rows already seen).
Result<std::pair<std::int64_t, std::int64_t>> feed_position(store::Connection& c, bool pg) {
  auto rows = c.query(pg ? "SELECT COALESCE(max(seq), 0), pg_snapshot_xmin(pg_current_snapshot())::text::bigint FROM kpi_changes"
                         : "SELECT COALESCE(max(seq), 0), 0 FROM kpi_changes");
  if (!rows) return std::unexpected(rows.error());
  return std::pair{rows->front().get_int(0), rows->front().get_int(1)};
}

}  // namespace

Result<void> KpiState::catch_up(store::Connection& c) {
  const bool pg = db_.dialect() == store::Dialect::postgres;
  const calendar::Date today = day_of(unix_now());
  auto full_load = [&]() -> Result<void> {
    const auto start = std::chrono::steady_clock::now();
    auto at = feed_position(c, pg);  // first, so anything written during the load is applied after
    if (!at) return std::unexpected(at.error());
    auto loaded = load_area(c, today);
    if (!loaded) return std::unexpected(loaded.error());
    area_ = std::move(*loaded);
    std::tie(last_seq_, last_xmin_) = *at;
    stats_.load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    ++stats_.full_reloads;
    save_snapshot_ = true;
    return {};
  };
  if (!area_) {
    // A start: the stored snapshot and the changes since, or everything when there is none.
    const auto start = std::chrono::steady_clock::now();
    auto snapshot = load_snapshot(c);
    if (!snapshot) return std::unexpected(snapshot.error());
    if (!*snapshot) return full_load();
    area_ = std::move((*snapshot)->area);
    last_seq_ = (*snapshot)->feed_seq;
    last_xmin_ = (*snapshot)->feed_xmin;
    stats_.from_snapshot = true;
    auto caught_up = catch_up(c);
    stats_.load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return caught_up;
  }
  // SQLite has one writer, so every row below last_seq_ was committed when it was read.
  const store::Value p[] = {last_seq_, last_xmin_};
  auto changes = pg ? c.query("SELECT seq, COALESCE(case_id, ''), COALESCE(child_id, '') FROM kpi_changes WHERE seq > $1 OR xid >= $2", p)
                    : c.query("SELECT seq, COALESCE(case_id, ''), COALESCE(child_id, '') FROM kpi_changes WHERE seq > $1",
                              std::span(p, 1));
  if (!changes) return std::unexpected(changes.error());
  if (changes->empty()) return {};
  std::set<std::string> cases, children;
  std::int64_t seq = last_seq_;
  for (const auto& r : *changes) {
    seq = std::max(seq, r.get_int(0));
    if (!r.get_text(2).empty()) children.insert(r.get_text(2));
    if (!r.get_text(1).empty()) cases.insert(r.get_text(1));
  }
  if (children.contains("*")) return full_load();
  auto at = feed_position(c, pg);
  if (!at) return std::unexpected(at.error());
  for (const auto& child : children)
    if (auto ok = reload_child(c, *area_, child); !ok) return ok;
  for (const auto& k : cases)
    if (auto ok = reload_case(c, *area_, k, today); !ok) return ok;
  sendhub::kpi::sync_child_copies(area_->facts, false);  // copies everything again if a child changed
  stats_.changes_applied += static_cast<std::int64_t>(changes->size());
  changes_since_snapshot_ += static_cast<std::int64_t>(changes->size());
  if (changes_since_snapshot_ >= snapshot_after_changes) save_snapshot_ = true;
  last_seq_ = seq;
  last_xmin_ = at->second;
  return {};
}

Result<void> KpiState::with_area(const std::function<void(const LoadedArea&)>& fn) {
  std::lock_guard lock(mutex_);
  auto ok = db_.read([&](store::Connection& c) { return catch_up(c); });
  if (!ok) return ok;
  if (save_snapshot_) {
    // A cache: failing to save it costs the next start time, never a figure.
    save_snapshot_ = false;
    changes_since_snapshot_ = 0;
    if (db_.write([&](store::Connection& c) { return save_snapshot(c, *area_, last_seq_, last_xmin_); })) ++stats_.snapshots_saved;
  }
  fn(*area_);
  return {};
}

KpiStateStats KpiState::stats() {
  std::lock_guard lock(mutex_);
  return stats_;
}

}  // namespace sendhub::app::kpi
