// Generated at build time from src/store/migrations/<dialect>/NNNN_name.sql (see CMakeLists.txt).
#pragma once

#include <vector>

#include "store/migrations.h"

namespace sendhub::store {

const std::vector<Migration>& embedded_migrations();

}  // namespace sendhub::store
