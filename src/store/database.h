// The storage port: the only way SENDhub code reaches a database. SQL is written once with
// $1, $2 … placeholders; the SQLite and PostgreSQL adapters run it unchanged. Work happens
// inside a transaction: write() on the one writer (SQLite) or a pooled connection (PostgreSQL),
// read() on a reader that sees one consistent snapshot and never blocks the writer.
// Thread safety: a Database may be used from any number of threads; a Connection only inside
// the callback it was given to.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/error.h"

namespace sendhub::store {

// NULL, integer, real, text. Blobs travel as text (std::string holds any bytes).
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  int size() const { return static_cast<int>(values_.size()); }
  bool is_null(int col) const;
  // Integers stored as text (PostgreSQL's untyped results) are converted; NULL reads as 0 / "".
  std::int64_t get_int(int col) const;
  double get_double(int col) const;
  std::string get_text(int col) const;
  const Value& value(int col) const { return values_.at(static_cast<std::size_t>(col)); }

 private:
  std::vector<Value> values_;
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Result<std::vector<Row>> query(std::string_view sql, std::span<const Value> params = {}) = 0;
  // Rows affected.
  virtual Result<std::int64_t> execute(std::string_view sql, std::span<const Value> params = {}) = 0;
  // Several statements without parameters (migrations).
  virtual Result<void> execute_script(std::string_view sql) = 0;
};

enum class Dialect { sqlite, postgres };

struct DatabaseStats {
  std::atomic<std::uint64_t> queries{0};
  std::atomic<std::uint64_t> nanoseconds{0};
  std::atomic<std::uint64_t> errors{0};
};

using Work = std::function<Result<void>(Connection&)>;

class Database {
 public:
  virtual ~Database() = default;
  virtual Dialect dialect() const = 0;
  // Commits when fn succeeds, rolls back and returns fn's error when it fails.
  virtual Result<void> write(const Work& fn) = 0;
  // Inside read_together() on this thread, runs fn in that transaction; otherwise in its own.
  Result<void> read(const Work& fn);
  // Runs fn with every read() this thread makes of this database inside one read transaction:
  // one snapshot and one pooled connection for a whole page of small reads, instead of a
  // transaction (and, on PostgreSQL, two more round trips) each. Writes inside fn still get
  // their own transaction on another connection, and reads made after them in fn do not see
  // them: use it for pages that only read (and audit). A thread then holds one connection for
  // reading and may take one more to write, so pools are sized for two per thread.
  // SQLite overrides it to keep each read on its own (see sqlite_database.cpp).
  virtual Result<void> read_together(const std::function<Result<void>()>& fn);
  // A cheap read, for /healthz.
  Result<void> ping();
  // Waits for transactions under way, then closes every connection. Idempotent.
  virtual void close() = 0;
  const DatabaseStats& stats() const { return stats_; }

 protected:
  virtual Result<void> read_transaction(const Work& fn) = 0;
  DatabaseStats stats_;
};

// "sqlite:PATH" or "postgres://…" / "postgresql://…". readers: size of the read pool.
Result<std::unique_ptr<Database>> open_database(std::string_view url, int readers = 4);

// Adapters (the factory above chooses).
Result<std::unique_ptr<Database>> open_sqlite(const std::string& path, int readers);
Result<std::unique_ptr<Database>> open_postgres(const std::string& url, int pool_size);

}  // namespace sendhub::store
