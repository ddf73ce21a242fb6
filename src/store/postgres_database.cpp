// PostgreSQL adapter over libpq: a pool of connections, statements prepared once per connection
// and run with text parameters ($1 … are PostgreSQL's own syntax). Reads run in REPEATABLE READ
// READ ONLY transactions, so they see one snapshot.
#include <libpq-fe.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <unordered_map>

#include "store/database.h"

namespace sendhub::store {
namespace {

// Type OIDs from pg_type.h: integers and floats come back as numbers, everything else as text.
constexpr Oid int8_oid = 20, int2_oid = 21, int4_oid = 23, float4_oid = 700, float8_oid = 701, bool_oid = 16,
              numeric_oid = 1700;

std::unexpected<Error> error_from(const PGresult* res, PGconn* conn) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string sqlstate = state ? state : "";
  if (sqlstate.starts_with("23")) {
    // The primary message names the constraint; the DETAIL field, which holds values, is never used.
    const char* constraint = PQresultErrorField(res, PG_DIAG_CONSTRAINT_NAME);
    const char* table = PQresultErrorField(res, PG_DIAG_TABLE_NAME);
    std::string what = std::string(constraint ? constraint : "a constraint") + (table ? std::string(" on ") + table : "");
    return std::unexpected(Error{ErrorCode::conflict, "the change breaks a database rule (" + what + ")", {}});
  }
  if (sqlstate == "40001" || sqlstate == "40P01")
    return std::unexpected(Error{ErrorCode::conflict, "another change got there first; try again", {}});
  if (sqlstate.starts_with("08") || sqlstate.starts_with("57") || PQstatus(conn) != CONNECTION_OK)
    return std::unexpected(Error{ErrorCode::unavailable, "the database connection failed", {}});
  if (sqlstate.starts_with("42") || sqlstate.starts_with("25")) {
    const char* primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
    return std::unexpected(Error{ErrorCode::internal, std::string("database error: ") + (primary ? primary : sqlstate), {}});
  }
  // Other messages (data exceptions, for instance) may quote values, so only the code is kept.
  return std::unexpected(Error{ErrorCode::internal, "database error (SQLSTATE " + sqlstate + ")", {}});
}

class PostgresConnection final : public Connection {
 public:
  PostgresConnection(PGconn* conn, DatabaseStats& stats) : conn_(conn), stats_(stats) {}
  ~PostgresConnection() override { PQfinish(conn_); }

  Result<std::vector<Row>> query(std::string_view sql, std::span<const Value> params) override {
    std::vector<Row> rows;
    auto ok = run(sql, params, &rows, nullptr);
    if (!ok) return std::unexpected(ok.error());
    return rows;
  }

  Result<std::int64_t> execute(std::string_view sql, std::span<const Value> params) override {
    std::int64_t affected = 0;
    auto ok = run(sql, params, nullptr, &affected);
    if (!ok) return std::unexpected(ok.error());
    return affected;
  }

  Result<void> execute_script(std::string_view sql) override {
    std::string text(sql);
    PGresult* res = PQexec(conn_, text.c_str());
    auto status = PQresultStatus(res);
    Result<void> out;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) out = error_from(res, conn_);
    PQclear(res);
    return out;
  }

  bool healthy() const { return PQstatus(conn_) == CONNECTION_OK; }
  void reset() {
    PQreset(conn_);
    prepared_.clear();
  }

 private:
  Result<void> run(std::string_view sql, std::span<const Value> params, std::vector<Row>* rows, std::int64_t* affected) {
    auto started = std::chrono::steady_clock::now();
    auto result = run_unmeasured(sql, params, rows, affected);
    stats_.queries.fetch_add(1, std::memory_order_relaxed);
    stats_.nanoseconds.fetch_add(static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count()));
    if (!result) stats_.errors.fetch_add(1, std::memory_order_relaxed);
    return result;
  }

  Result<void> run_unmeasured(std::string_view sql, std::span<const Value> params, std::vector<Row>* rows,
                              std::int64_t* affected) {
    auto name = prepare(sql);
    if (!name) return std::unexpected(name.error());
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (std::holds_alternative<std::monostate>(v)) continue;
      if (auto n = std::get_if<std::int64_t>(&v)) text[i] = std::to_string(*n);
      else if (auto d = std::get_if<double>(&v)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", *d);
        text[i] = buf;
      } else text[i] = std::get<std::string>(v);
      values[i] = text[i].c_str();
    }
    PGresult* res = PQexecPrepared(conn_, name->c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                                   nullptr, 0);
    auto status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      auto err = error_from(res, conn_);
      PQclear(res);
      return err;
    }
    if (affected) {
      const char* n = PQcmdTuples(res);
      *affected = (n && *n) ? std::atoll(n) : 0;
    }
    if (rows) {
      const int nrows = PQntuples(res), ncols = PQnfields(res);
      rows->reserve(static_cast<std::size_t>(nrows));
      for (int r = 0; r < nrows; ++r) {
        std::vector<Value> row;
        row.reserve(static_cast<std::size_t>(ncols));
        for (int c = 0; c < ncols; ++c) {
          if (PQgetisnull(res, r, c)) {
            row.emplace_back(std::monostate{});
            continue;
          }
          const char* v = PQgetvalue(res, r, c);
          Oid type = PQftype(res, c);
          if (type == int8_oid || type == int4_oid || type == int2_oid) row.emplace_back(static_cast<std::int64_t>(std::atoll(v)));
          else if (type == float4_oid || type == float8_oid || type == numeric_oid) row.emplace_back(std::strtod(v, nullptr));
          else if (type == bool_oid) row.emplace_back(static_cast<std::int64_t>(v[0] == 't' ? 1 : 0));
          else row.emplace_back(std::string(v, static_cast<std::size_t>(PQgetlength(res, r, c))));
        }
        rows->emplace_back(std::move(row));
      }
    }
    PQclear(res);
    return {};
  }

  Result<std::string> prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = prepared_.find(key); it != prepared_.end()) return it->second;
    std::string name = "s" + std::to_string(prepared_.size() + 1);
    PGresult* res = PQprepare(conn_, name.c_str(), key.c_str(), 0, nullptr);
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
      auto err = error_from(res, conn_);
      PQclear(res);
      return err;
    }
    PQclear(res);
    prepared_.emplace(std::move(key), name);
    return name;
  }

  PGconn* conn_;
  DatabaseStats& stats_;
  std::unordered_map<std::string, std::string> prepared_;
};

class PostgresDatabase final : public Database {
 public:
  Dialect dialect() const override { return Dialect::postgres; }

  static Result<std::unique_ptr<Database>> open(const std::string& url, int pool_size) {
    auto db = std::unique_ptr<PostgresDatabase>(new PostgresDatabase());
    for (int i = 0; i < pool_size; ++i) {
      PGconn* conn = PQconnectdb(url.c_str());
      if (PQstatus(conn) != CONNECTION_OK) {
        // libpq's message can echo the host and user but never the password.
        std::string message = PQerrorMessage(conn);
        PQfinish(conn);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
        return fail(ErrorCode::unavailable, "cannot connect to PostgreSQL: " + message);
      }
      PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);  // notices may quote data
      // PostgreSQL's default random_page_cost (4) assumes spinning disks and makes it scan a
      // whole table of case events rather than use its index; 1.1 suits SSDs. A value an
      // administrator has already chosen is left alone.
      PGresult* tuned = PQexec(conn, "SELECT set_config('random_page_cost', '1.1', false) "
                                     "WHERE current_setting('random_page_cost') = '4'");
      PQclear(tuned);
      db->idle_.push_back(std::make_unique<PostgresConnection>(conn, db->stats_));
    }
    db->size_ = pool_size;
    return std::unique_ptr<Database>(std::move(db));
  }

  ~PostgresDatabase() override { close(); }

  Result<void> write(const Work& fn) override { return with_connection("BEGIN", fn); }
  Result<void> read_transaction(const Work& fn) override {
    return with_connection("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", fn);
  }

  void close() override {
    std::unique_lock lock(mutex_);
    if (closed_) return;
    ready_.wait(lock, [&] { return static_cast<int>(idle_.size()) == size_; });
    closed_ = true;
    idle_.clear();
    ready_.notify_all();
  }

 private:
  PostgresDatabase() = default;

  Result<void> with_connection(const char* begin, const Work& fn) {
    std::unique_ptr<PostgresConnection> c;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [&] { return closed_ || !idle_.empty(); });
      if (closed_) return fail(ErrorCode::unavailable, "the database is closed");
      c = std::move(idle_.back());
      idle_.pop_back();
    }
    if (!c->healthy()) c->reset();
    auto result = c->execute_script(begin);
    if (result) {
      result = fn(*c);
      if (result) {
        result = c->execute_script("COMMIT");
        if (!result) (void)c->execute_script("ROLLBACK");
      } else {
        (void)c->execute_script("ROLLBACK");
      }
    }
    {
      std::lock_guard lock(mutex_);
      idle_.push_back(std::move(c));
    }
    ready_.notify_all();
    return result;
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::vector<std::unique_ptr<PostgresConnection>> idle_;
  int size_ = 0;
  bool closed_ = false;
};

}  // namespace

Result<std::unique_ptr<Database>> open_postgres(const std::string& url, int pool_size) {
  return PostgresDatabase::open(url, pool_size);
}

}  // namespace sendhub::store
