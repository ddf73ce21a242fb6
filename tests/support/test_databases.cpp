#include "support/test_databases.h"

#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

namespace sendhub::testing {
namespace {

std::string random_suffix() {
  static std::mt19937_64 rng{std::random_device{}()};
  return std::to_string(rng());
}

std::string postgres_base_url() {
  const char* state = std::getenv("SENDHUB_TEST_POSTGRES_STATE");
  if (state == nullptr) throw std::runtime_error("SENDHUB_TEST_POSTGRES_STATE is not set: run the tests through ctest");
  std::ifstream in(std::filesystem::path(state) / "url");
  std::string url;
  if (!std::getline(in, url) || url.empty())
    throw std::runtime_error("the PostgreSQL test cluster is not running (no url in " + std::string(state) + ")");
  return url;
}

void run_on(const std::string& url, std::string_view sql) {
  auto db = store::open_database(url, 1);
  if (!db) throw std::runtime_error(db.error().message);
  auto ok = (*db)->write([&](store::Connection& c) { return c.execute_script(sql); });
  (*db)->close();
  if (!ok) throw std::runtime_error(ok.error().message);
}

}  // namespace

TestDatabase::TestDatabase(std::string_view engine, int readers) : engine_(engine) {
  if (engine == "sqlite") {
    path_ = (std::filesystem::temp_directory_path() / ("sendhub-test-" + random_suffix() + ".db")).string();
    url_ = "sqlite:" + path_;
  } else if (engine == "postgres") {
    base_url_ = postgres_base_url();
    schema_ = "t_" + random_suffix();
    run_on(base_url_, "CREATE SCHEMA " + schema_);
    url_ = base_url_ + "?options=-csearch_path%3D" + schema_;
  } else {
    throw std::runtime_error("unknown engine " + std::string(engine));
  }
  auto db = store::open_database(url_, readers);
  if (!db) throw std::runtime_error(db.error().message);
  db_ = std::move(*db);
}

TestDatabase::~TestDatabase() {
  if (db_) db_->close();
  db_.reset();
  if (!path_.empty()) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix, ec);
  }
  if (!schema_.empty()) {
    try {
      run_on(base_url_, "DROP SCHEMA " + schema_ + " CASCADE");
    } catch (const std::exception&) {
      // The cluster is removed after the run anyway.
    }
  }
}

std::unique_ptr<store::Database> TestDatabase::reopen(int readers) const {
  auto db = store::open_database(url_, readers);
  if (!db) throw std::runtime_error(db.error().message);
  return std::move(*db);
}

void TestDatabase::run_as_administrator(std::string_view sql) const { run_on(url_, sql); }

}  // namespace sendhub::testing
