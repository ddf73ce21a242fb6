#include "store/database.h"

#include <charconv>
#include <cstdio>

namespace sendhub::store {

bool Row::is_null(int col) const { return std::holds_alternative<std::monostate>(value(col)); }

std::int64_t Row::get_int(int col) const {
  const Value& v = value(col);
  if (auto i = std::get_if<std::int64_t>(&v)) return *i;
  if (auto d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  if (auto s = std::get_if<std::string>(&v)) {
    std::int64_t out = 0;
    std::from_chars(s->data(), s->data() + s->size(), out);
    return out;
  }
  return 0;
}

double Row::get_double(int col) const {
  const Value& v = value(col);
  if (auto d = std::get_if<double>(&v)) return *d;
  if (auto i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
  if (auto s = std::get_if<std::string>(&v)) return std::strtod(s->c_str(), nullptr);
  return 0;
}

std::string Row::get_text(int col) const {
  const Value& v = value(col);
  if (auto s = std::get_if<std::string>(&v)) return *s;
  if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
  if (auto d = std::get_if<double>(&v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *d);
    return buf;
  }
  return {};
}

namespace {

// The read transaction read_together() opened on this thread, if any.
struct SharedRead {
  const Database* db = nullptr;
  Connection* connection = nullptr;
};
thread_local SharedRead shared_read;

}  // namespace

Result<void> Database::read(const Work& fn) {
  if (shared_read.db == this) return fn(*shared_read.connection);
  return read_transaction(fn);
}

Result<void> Database::read_together(const std::function<Result<void>()>& fn) {
  if (shared_read.db == this) return fn();
  return read_transaction([&](Connection& c) -> Result<void> {
    const SharedRead outer = shared_read;
    shared_read = {this, &c};
    auto result = fn();
    shared_read = outer;
    return result;
  });
}

Result<void> Database::ping() {
  return read([](Connection& c) -> Result<void> {
    auto rows = c.query("SELECT 1");
    if (!rows) return std::unexpected(rows.error());
    return {};
  });
}

Result<std::unique_ptr<Database>> open_database(std::string_view url, int readers) {
  if (readers < 1) readers = 1;
  if (url.starts_with("sqlite:")) {
    std::string path(url.substr(7));
    if (path.empty()) return fail(ErrorCode::invalid_input, "the database URL needs a file after sqlite:");
    return open_sqlite(path, readers);
  }
  if (url.starts_with("postgres://") || url.starts_with("postgresql://")) return open_postgres(std::string(url), readers);
  return fail(ErrorCode::invalid_input, "the database URL must start with sqlite: or postgres://");
}

}  // namespace sendhub::store
