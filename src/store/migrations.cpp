#include "store/migrations.h"

#include <algorithm>
#include <set>

#include "store/embedded_migrations.h"

namespace sendhub::store {
namespace {

Result<void> ensure_table(Database& db) {
  return db.write([&](Connection& c) -> Result<void> {
    return c.execute_script(db.dialect() == Dialect::sqlite
                                ? "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                  "name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT"
                                : "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                  "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  });
}

std::unexpected<Error> newer_than_known(int found, int latest) {
  return std::unexpected(Error{ErrorCode::unavailable,
                               "the database schema is at version " + std::to_string(found) +
                                   ", newer than this SENDhub knows (version " + std::to_string(latest) +
                                   "); run a SENDhub at least as new as the one that migrated it",
                               {}});
}

}  // namespace

const std::vector<Migration>& migrations() { return embedded_migrations(); }

int latest_schema_version() { return migrations().empty() ? 0 : migrations().back().version; }

Result<int> current_schema_version(Database& db) {
  int version = 0;
  auto ok = db.read([&](Connection& c) -> Result<void> {
    auto exists = c.query(db.dialect() == Dialect::sqlite
                              ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
                              : "SELECT count(*) FROM pg_tables WHERE tablename = 'schema_migrations' AND schemaname = current_schema()");
    if (!exists) return std::unexpected(exists.error());
    if ((*exists)[0].get_int(0) == 0) return {};
    auto rows = c.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (!rows) return std::unexpected(rows.error());
    version = static_cast<int>((*rows)[0].get_int(0));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return version;
}

// Every version recorded, so a migration numbered below the newest (written on a branch that
// landed later) is still run.
Result<std::set<int>> applied_versions(Database& db) {
  std::set<int> out;
  if (auto current = current_schema_version(db); !current) return std::unexpected(current.error());
  else if (*current == 0) return out;
  auto ok = db.read([&](Connection& c) -> Result<void> {
    auto rows = c.query("SELECT version FROM schema_migrations");
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) out.insert(static_cast<int>(r.get_int(0)));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<int> migrate(Database& db) { return migrate(db, migrations()); }

Result<int> migrate(Database& db, const std::vector<Migration>& known) {
  if (auto ok = ensure_table(db); !ok) return std::unexpected(ok.error());
  auto current = current_schema_version(db);
  if (!current) return current;
  int latest = known.empty() ? 0 : known.back().version;
  if (*current > latest) return newer_than_known(*current, latest);
  auto applied = applied_versions(db);
  if (!applied) return std::unexpected(applied.error());
  int version = *current;
  for (const auto& m : known) {
    if (applied->contains(m.version)) continue;
    auto ok = db.write([&](Connection& c) -> Result<void> {
      if (auto run = c.execute_script(db.dialect() == Dialect::sqlite ? m.sqlite_sql : m.postgres_sql); !run) {
        return std::unexpected(Error{run.error().code,
                                     "migration " + std::to_string(m.version) + " (" + m.name + ") failed: " + run.error().message,
                                     {}});
      }
      const Value params[] = {static_cast<std::int64_t>(m.version), m.name, std::string("migrated")};
      auto recorded = c.execute(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, " +
              std::string(db.dialect() == Dialect::sqlite ? "strftime('%Y-%m-%dT%H:%M:%SZ','now'))"
                                                          : "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"),
          std::span<const Value>(params, 2));
      if (!recorded) return std::unexpected(recorded.error());
      return {};
    });
    if (!ok) return std::unexpected(ok.error());
    version = std::max(version, m.version);
  }
  return version;
}

Result<void> check_schema(Database& db) { return check_schema(db, latest_schema_version()); }

Result<void> check_schema(Database& db, int latest) {
  auto current = current_schema_version(db);
  if (!current) return std::unexpected(current.error());
  if (*current > latest) return newer_than_known(*current, latest);
  if (*current < latest)
    return fail(ErrorCode::unavailable, "the database schema is at version " + std::to_string(*current) +
                                            " but this SENDhub needs version " + std::to_string(latest) +
                                            "; run `sendhub migrate` first");
  auto applied = applied_versions(db);
  if (!applied) return std::unexpected(applied.error());
  for (const auto& m : migrations())
    if (m.version <= latest && !applied->contains(m.version))
      return fail(ErrorCode::unavailable, "the database has not had migration " + std::to_string(m.version) + " (" + m.name +
                                              "); run `sendhub migrate` first");
  return {};
}

}  // namespace sendhub::store
