#include "app/batch_insert.h"


namespace sendhub::app {

std::string placeholders(std::size_t n, int first) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? ", $" : "$") + std::to_string(first + static_cast<int>(i));
  return out;
}

BatchInsert::BatchInsert(store::Connection& c, std::string head, std::string tail, std::size_t width,
                         std::function<std::string(int)> row_sql, std::size_t chunk)
    : c_(c), head_(std::move(head)), tail_(std::move(tail)), width_(width), chunk_(chunk), row_sql_(std::move(row_sql)) {
  if (!row_sql_) row_sql_ = [width](int first) { return "(" + placeholders(width, first) + ")"; };
}

Result<void> BatchInsert::add(std::vector<store::Value> row) {
  if (row.size() != width_) return fail(ErrorCode::internal, "a batch row has the wrong number of values");
  for (auto& v : row) values_.push_back(std::move(v));
  if (values_.size() >= width_ * chunk_) return flush();
  return {};
}

Result<void> BatchInsert::flush() {
  if (values_.empty()) return {};
  std::string sql = head_;
  const std::size_t rows = values_.size() / width_;
  for (std::size_t i = 0; i < rows; ++i) sql += (i ? ", " : "") + row_sql_(static_cast<int>(i * width_) + 1);
  sql += tail_;
  auto done = c_.execute(sql, values_);
  values_.clear();
  if (!done) return std::unexpected(done.error());
  return {};
}

Result<void> delete_where_in(store::Connection& c, const std::string& table, const std::string& column,
                             const std::vector<store::Value>& keys) {
  for (std::size_t start = 0; start < keys.size(); start += 500) {
    const std::size_t n = std::min<std::size_t>(500, keys.size() - start);
    std::vector<store::Value> slice(keys.begin() + static_cast<long>(start), keys.begin() + static_cast<long>(start + n));
    auto done = c.execute("DELETE FROM " + table + " WHERE " + column + " IN (" + placeholders(n) + ")", slice);
    if (!done) return std::unexpected(done.error());
  }
  return {};
}

}  // namespace sendhub::app
