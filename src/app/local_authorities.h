// Use cases about the local authorities this deployment hosts.
#pragma once

#include <vector>

#include "domain/error.h"
#include "domain/local_authority.h"
#include "store/database.h"

namespace sendhub::app {

Result<std::vector<LocalAuthority>> list_local_authorities(store::Database& db);

// Adds an authority, or does nothing when one with that code is already there.
Result<void> ensure_local_authority(store::Database& db, const LocalAuthority& authority);

}  // namespace sendhub::app
