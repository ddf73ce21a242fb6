// SQL for many rows in few statements: placeholder lists, and INSERT … VALUES (…), (…) … in
// chunks, so writing thousands of records (an import, the audit entries of an export) makes a
// few hundred round trips to PostgreSQL rather than tens of thousands.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "store/database.h"

namespace sendhub::app {

// "$1, $2 …" for n placeholders starting at first.
std::string placeholders(std::size_t n, int first = 1);

class BatchInsert {
 public:
  // head: "INSERT INTO t (a, b) VALUES "; tail: " ON CONFLICT …" (may be empty); width: values a row.
  // row_sql(first) is one row's "(…)" with placeholders from $first; plain "($first, …)" by default.
  BatchInsert(store::Connection& c, std::string head, std::string tail, std::size_t width,
              std::function<std::string(int)> row_sql = {}, std::size_t chunk = 100);
  Result<void> add(std::vector<store::Value> row);  // runs a statement when the chunk is full
  Result<void> flush();

 private:
  store::Connection& c_;
  std::string head_, tail_;
  std::size_t width_, chunk_;
  std::function<std::string(int)> row_sql_;
  std::vector<store::Value> values_;
};

// DELETE … WHERE column IN (…) for many keys, in chunks.
Result<void> delete_where_in(store::Connection& c, const std::string& table, const std::string& column,
                             const std::vector<store::Value>& keys);

}  // namespace sendhub::app
