// Keeping AreaFacts::copies in step with the records and their children. Records only grow or
// change in place for the same child, so new records are copied on their own; a change to any
// child's facts copies everything again.
#pragma once

#include "domain/kpi/area_facts.h"

namespace sendhub::kpi {

// children_changed: some child's facts changed since the last call (or never synced).
void sync_child_copies(AreaFacts& area, bool children_changed);

}  // namespace sendhub::kpi
