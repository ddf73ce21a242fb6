// A copy of the KPI facts kept in the store (issue 8 cold start): derived, never the source (the
// case events are), written after a full load and by the hourly job, so a server or `sendhub kpi`
// starts by reading it and then only the changes the kpi_changes feed has had since, instead of
// replaying every case's events through the statutory engine.
//
// A snapshot is used only when its fingerprint matches this build's: the facts' format and the
// statutory rules and bank holidays the due dates were worked out with. Facts do not depend on
// the day they were worked out (only a milestone's status does, and no fact reads it), so a
// snapshot stays good across days.
#pragma once

#include <optional>
#include <string>

#include "app/kpi/area_loader.h"

namespace sendhub::app::kpi {

struct Snapshot {
  LoadedArea area;
  std::int64_t feed_seq = 0, feed_xmin = 0;  // where the kpi_changes feed stood before the facts were read
};

// Bytes for the facts and the index; decode_area rejects anything it did not write.
std::string encode_area(const LoadedArea& area);
Result<LoadedArea> decode_area(std::string_view bytes);

// This build's fingerprint (the facts' format, the rules and the bank holidays).
const std::string& snapshot_fingerprint();

// Replaces the stored snapshot, in one transaction of the caller's.
Result<void> save_snapshot(store::Connection& c, const LoadedArea& area, std::int64_t feed_seq, std::int64_t feed_xmin);
// The stored snapshot when there is one made by this build; nothing otherwise.
Result<std::optional<Snapshot>> load_snapshot(store::Connection& c);

}  // namespace sendhub::app::kpi
