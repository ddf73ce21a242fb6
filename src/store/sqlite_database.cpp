// SQLite adapter: WAL, synchronous=FULL, foreign keys on, one writer connection behind a mutex
// (BEGIN IMMEDIATE, so a write never fails half-way with SQLITE_BUSY) and a pool of read-only
// readers, each with its own prepared-statement cache.
#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <unordered_map>

#include "store/database.h"

namespace sendhub::store {
namespace {

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(sqlite3* db, DatabaseStats& stats) : db_(db), stats_(stats) {}
  ~SqliteConnection() override {
    for (auto& [sql, prepared] : cache_) sqlite3_finalize(prepared.stmt);
    sqlite3_close_v2(db_);
  }

  Result<std::vector<Row>> query(std::string_view sql, std::span<const Value> params) override {
    std::vector<Row> rows;
    auto ok = run(sql, params, &rows);
    if (!ok) return std::unexpected(ok.error());
    return rows;
  }

  Result<std::int64_t> execute(std::string_view sql, std::span<const Value> params) override {
    auto ok = run(sql, params, nullptr);
    if (!ok) return std::unexpected(ok.error());
    return static_cast<std::int64_t>(sqlite3_changes64(db_));
  }

  Result<void> execute_script(std::string_view sql) override {
    char* message = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string m = message ? message : "unknown error";
      sqlite3_free(message);
      return error_from(sqlite3_extended_errcode(db_), m);
    }
    return {};
  }

  // Transaction control through the statement cache: BEGIN and COMMIT run on every request, and
  // re-parsing them each time showed up in the HTTP benchmark. Not counted as queries.
  Result<void> control(std::string_view sql) { return run_unmeasured(sql, {}, nullptr); }

 private:
  Result<void> run(std::string_view sql, std::span<const Value> params, std::vector<Row>* rows) {
    auto started = std::chrono::steady_clock::now();
    auto result = run_unmeasured(sql, params, rows);
    stats_.queries.fetch_add(1, std::memory_order_relaxed);
    stats_.nanoseconds.fetch_add(static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count()));
    if (!result) stats_.errors.fetch_add(1, std::memory_order_relaxed);
    return result;
  }

  Result<void> run_unmeasured(std::string_view sql, std::span<const Value> params, std::vector<Row>* rows) {
    auto prepared = prepare(sql);
    if (!prepared) return std::unexpected(prepared.error());
    sqlite3_stmt* s = (*prepared)->stmt;
    // Reset and clear on every way out, so no statement keeps a read transaction open.
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{s};
    if (auto ok = bind(**prepared, params); !ok) return ok;
    const int columns = sqlite3_column_count(s);
    for (;;) {
      int rc = sqlite3_step(s);
      if (rc == SQLITE_DONE) return {};
      if (rc != SQLITE_ROW) return error_from(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_));
      if (rows == nullptr) continue;
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(columns));
      for (int i = 0; i < columns; ++i) {
        switch (sqlite3_column_type(s, i)) {
          case SQLITE_INTEGER: values.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(s, i))); break;
          case SQLITE_FLOAT: values.emplace_back(sqlite3_column_double(s, i)); break;
          case SQLITE_NULL: values.emplace_back(std::monostate{}); break;
          default: {
            auto* text = static_cast<const char*>(sqlite3_column_blob(s, i));
            values.emplace_back(std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(s, i))));
          }
        }
      }
      rows->emplace_back(std::move(values));
    }
  }

  // A statement and, for each "$N", SQLite's index for it: SQLite numbers them by first
  // appearance, and finding one by name walks the whole list, which made binding a statement
  // of thousands of parameters (a batch insert) take a second. Worked out once per statement.
  struct Prepared {
    sqlite3_stmt* stmt;
    std::vector<int> index_of;  // [N - 1]: the index of $N, 0 if the statement does not use it
  };

  Result<const Prepared*> prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) return &it->second;
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt, &tail) !=
        SQLITE_OK)
      return std::unexpected(Error{ErrorCode::internal, std::string("SQL could not be prepared: ") + sqlite3_errmsg(db_), {}});
    if (stmt == nullptr) return std::unexpected(Error{ErrorCode::internal, "empty SQL statement", {}});
    Prepared prepared{stmt, {}};
    for (int i = 1, n = sqlite3_bind_parameter_count(stmt); i <= n; ++i) {
      const char* name = sqlite3_bind_parameter_name(stmt, i);
      if (!name || name[0] != '$') continue;
      const long number = std::strtol(name + 1, nullptr, 10);
      if (number < 1) continue;
      if (prepared.index_of.size() < static_cast<std::size_t>(number)) prepared.index_of.resize(static_cast<std::size_t>(number), 0);
      prepared.index_of[static_cast<std::size_t>(number - 1)] = i;
    }
    return &cache_.emplace(std::move(key), std::move(prepared)).first->second;
  }

  // By the index each "$N" has in this statement, never by position.
  Result<void> bind(const Prepared& p, std::span<const Value> params) {
    sqlite3_stmt* s = p.stmt;
    const int wanted = sqlite3_bind_parameter_count(s);
    int bound = 0;
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = i < p.index_of.size() ? p.index_of[i] : 0;
      if (index == 0) continue;
      ++bound;
      const Value& v = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::monostate>(v)) rc = sqlite3_bind_null(s, index);
      else if (auto n = std::get_if<std::int64_t>(&v)) rc = sqlite3_bind_int64(s, index, *n);
      else if (auto d = std::get_if<double>(&v)) rc = sqlite3_bind_double(s, index, *d);
      else {
        const auto& text = std::get<std::string>(v);
        rc = sqlite3_bind_text64(s, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      }
      if (rc != SQLITE_OK) return std::unexpected(Error{ErrorCode::internal, "could not bind $" + std::to_string(i + 1), {}});
    }
    if (bound != wanted)
      return std::unexpected(Error{ErrorCode::internal,
                                   "the statement uses " + std::to_string(wanted) + " parameters but " +
                                       std::to_string(bound) + " were given",
                                   {}});
    return {};
  }

 public:
  static std::unexpected<Error> error_from(int code, std::string message) {
    switch (code & 0xff) {
      case SQLITE_CONSTRAINT:
        // SQLite names the constraint ("UNIQUE constraint failed: t.c"), never the values.
        return std::unexpected(Error{ErrorCode::conflict, "the change breaks a database rule (" + message + ")", {}});
      case SQLITE_BUSY:
      case SQLITE_LOCKED: return std::unexpected(Error{ErrorCode::unavailable, "the database is busy; try again", {}});
      case SQLITE_FULL:
      case SQLITE_IOERR:
      case SQLITE_CANTOPEN:
      case SQLITE_READONLY:
        return std::unexpected(Error{ErrorCode::unavailable, "the database cannot be written: " + message, {}});
      default: return std::unexpected(Error{ErrorCode::internal, "database error: " + message, {}});
    }
  }

 private:
  sqlite3* db_;
  DatabaseStats& stats_;
  std::unordered_map<std::string, Prepared> cache_;
};

Result<std::unique_ptr<SqliteConnection>> connect(const std::string& path, bool read_only, DatabaseStats& stats) {
  sqlite3* db = nullptr;
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return fail(ErrorCode::unavailable, "cannot open the SQLite database " + path + ": " + message);
  }
  sqlite3_extended_result_codes(db, 1);
  auto connection = std::make_unique<SqliteConnection>(db, stats);
  // Reads map the file rather than copying each page through a per-connection 2 MB cache: a
  // search touches more of the full-text index than that, on whichever reader it gets.
  std::string pragmas = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA mmap_size=1073741824; PRAGMA cache_size=-16384;";
  if (read_only) pragmas += "PRAGMA query_only=1;";
  else pragmas += "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";
  if (auto ok = connection->execute_script(pragmas); !ok) return std::unexpected(ok.error());
  return connection;
}

class SqliteDatabase final : public Database {
 public:
  Dialect dialect() const override { return Dialect::sqlite; }

  static Result<std::unique_ptr<Database>> open(const std::string& path, int readers) {
    auto db = std::unique_ptr<SqliteDatabase>(new SqliteDatabase());
    auto writer = connect(path, false, db->stats_);
    if (!writer) return std::unexpected(writer.error());
    db->writer_ = std::move(*writer);
    for (int i = 0; i < readers; ++i) {
      auto reader = connect(path, true, db->stats_);
      if (!reader) return std::unexpected(reader.error());
      db->idle_readers_.push_back(std::move(*reader));
    }
    db->reader_count_ = readers;
    return std::unique_ptr<Database>(std::move(db));
  }

  ~SqliteDatabase() override { close(); }

  Result<void> write(const Work& fn) override {
    std::lock_guard lock(writer_mutex_);
    if (!writer_) return fail(ErrorCode::unavailable, "the database is closed");
    return transaction(*writer_, "BEGIN IMMEDIATE", fn);
  }

  // SQLite reads are in-process, so sharing a transaction saves nothing, and a snapshot held
  // while the page writes its audit entry stops the WAL from being checkpointed: under steady
  // load the WAL then grows and every read slows. Each read keeps its own short transaction.
  Result<void> read_together(const std::function<Result<void>()>& fn) override { return fn(); }

  Result<void> read_transaction(const Work& fn) override {
    std::unique_ptr<SqliteConnection> reader;
    {
      std::unique_lock lock(readers_mutex_);
      readers_ready_.wait(lock, [&] { return closed_ || !idle_readers_.empty(); });
      if (closed_) return fail(ErrorCode::unavailable, "the database is closed");
      reader = std::move(idle_readers_.back());
      idle_readers_.pop_back();
    }
    auto result = transaction(*reader, "BEGIN", fn);
    {
      std::lock_guard lock(readers_mutex_);
      idle_readers_.push_back(std::move(reader));
    }
    readers_ready_.notify_all();
    return result;
  }

  void close() override {
    {
      std::unique_lock lock(readers_mutex_);
      if (closed_) return;
      readers_ready_.wait(lock, [&] { return static_cast<int>(idle_readers_.size()) == reader_count_; });
      closed_ = true;
      idle_readers_.clear();
    }
    readers_ready_.notify_all();
    std::lock_guard lock(writer_mutex_);
    if (writer_) {
      (void)writer_->execute_script("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA optimize;");
      writer_.reset();
    }
  }

 private:
  SqliteDatabase() = default;

  static Result<void> transaction(SqliteConnection& c, const char* begin, const Work& fn) {
    if (auto ok = c.control(begin); !ok) return ok;
    auto result = fn(c);
    if (result) {
      if (auto ok = c.control("COMMIT"); !ok) {
        (void)c.control("ROLLBACK");
        return ok;
      }
      return {};
    }
    (void)c.control("ROLLBACK");
    return result;
  }

  std::mutex writer_mutex_;
  std::unique_ptr<SqliteConnection> writer_;
  std::mutex readers_mutex_;
  std::condition_variable readers_ready_;
  std::vector<std::unique_ptr<SqliteConnection>> idle_readers_;
  int reader_count_ = 0;
  bool closed_ = false;
};

}  // namespace

Result<std::unique_ptr<Database>> open_sqlite(const std::string& path, int readers) {
  return SqliteDatabase::open(path, readers);
}

}  // namespace sendhub::store
