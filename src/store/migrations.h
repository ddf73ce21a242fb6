// Versioned schema migrations, one SQL file per version and dialect in src/store/migrations/,
// embedded in the binary at build time. Each runs in its own transaction together with the row
// that records it, so a failed migration leaves the schema exactly as it was.
#pragma once

#include <string>
#include <vector>

#include "store/database.h"

namespace sendhub::store {

struct Migration {
  int version;
  std::string name;
  std::string sqlite_sql;
  std::string postgres_sql;
};

// Every migration this build knows, in ascending version order.
const std::vector<Migration>& migrations();
int latest_schema_version();

// 0 for an empty database.
Result<int> current_schema_version(Database& db);
// Applies the pending migrations; refuses a database newer than this build. Returns the version.
Result<int> migrate(Database& db);
Result<int> migrate(Database& db, const std::vector<Migration>& known);
// For start-up: an error unless the schema is exactly at latest_schema_version().
Result<void> check_schema(Database& db);
Result<void> check_schema(Database& db, int latest);

}  // namespace sendhub::store
