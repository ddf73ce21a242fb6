// Synthetic demonstration data for `sendhub demo` and `serve --demo`. Everything here is made up;
// no real child, family or professional appears in SENDhub's repository.
#pragma once

#include "domain/error.h"
#include "store/database.h"

namespace sendhub::app {

// Idempotent: loading twice leaves the same data as loading once.
Result<void> load_demo_data(store::Database& db);

}  // namespace sendhub::app
