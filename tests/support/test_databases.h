// Fresh, empty databases for tests, on either engine: a temporary SQLite file, or a new schema
// on the throwaway PostgreSQL cluster started by the ctest `postgres` fixture. A missing
// cluster is a failure, never a skip, so a broken PostgreSQL adapter cannot hide.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace sendhub::testing {

inline const std::vector<std::string> engines{"sqlite", "postgres"};

class TestDatabase {
 public:
  // Throws std::runtime_error if the engine is unknown or unreachable (tests only).
  explicit TestDatabase(std::string_view engine, int readers = 4);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  store::Database& db() { return *db_; }
  const std::string& url() const { return url_; }
  // Opens another handle on the same database (to simulate a second server, or a restart).
  std::unique_ptr<store::Database> reopen(int readers = 4) const;
  // Runs SQL outside SENDhub's port, as an administrator with direct access would.
  void run_as_administrator(std::string_view sql) const;

 private:
  std::string engine_;
  std::string url_;
  std::string path_;    // SQLite file
  std::string schema_;  // PostgreSQL schema
  std::string base_url_;
  std::unique_ptr<store::Database> db_;
};

}  // namespace sendhub::testing
