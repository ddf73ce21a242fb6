#include "app/local_offer/postcodes.h"

#include <charconv>
#include <vector>

#include "app/local_offer/directory_reader.h"
#include "domain/identifiers/identifiers.h"

namespace sendhub::app::local_offer {
namespace {

using store::Value;

// One CSV record's cells (RFC 4180 quoting, as ONSPD writes it).
std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') out.back().push_back('"'), ++i;
      else if (c == '"') quoted = false;
      else out.back().push_back(c);
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back().push_back(c);
    }
  }
  return out;
}

std::optional<double> number(const std::string& s) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

int column(const std::vector<std::string>& header, std::initializer_list<std::string_view> names) {
  for (auto name : names)
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
  return -1;
}

int authority_column(const std::vector<std::string>& header) {
  int at = column(header, {"laua", "oslaua"});
  if (at >= 0) return at;
  for (std::size_t i = 0; i < header.size(); ++i)  // lad25cd, lad24cd …
    if (header[i].starts_with("lad") && header[i].ends_with("cd")) return static_cast<int>(i);
  return -1;
}

Result<void> flush(store::Connection& c, std::vector<Value>& rows) {
  if (rows.empty()) return {};
  std::string sql = "INSERT INTO postcode_centroids (postcode, kind, latitude, longitude, la_code) VALUES ";
  const std::size_t n = rows.size() / 4;
  for (std::size_t i = 0; i < n; ++i) {
    const int b = static_cast<int>(i * 4) + 1;
    sql += (i ? ", ($" : "($") + std::to_string(b) + ", 'unit', $" + std::to_string(b + 1) + ", $" + std::to_string(b + 2) +
           ", $" + std::to_string(b + 3) + ")";
  }
  sql += " ON CONFLICT (postcode) DO UPDATE SET kind = excluded.kind, latitude = excluded.latitude, "
         "longitude = excluded.longitude, la_code = excluded.la_code";
  auto done = c.execute(sql, rows);
  rows.clear();
  if (!done) return std::unexpected(done.error());
  return {};
}

}  // namespace

Result<std::optional<PlaceFix>> locate(store::Connection& c, const lo::Place& place) {
  for (const std::string* key : {&place.postcode, &place.district}) {
    if (key->empty()) continue;
    const Value p[] = {*key};
    auto rows = c.query("SELECT latitude, longitude, kind FROM postcode_centroids WHERE postcode = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) continue;
    const auto& r = rows->front();
    return std::optional<PlaceFix>{PlaceFix{{r.get_double(0), r.get_double(1)}, r.get_text(2) == "unit", place.label()}};
  }
  return std::optional<PlaceFix>{};
}

Result<OnspdImport> import_onspd(store::Database& db, std::istream& csv) {
  std::string line;
  if (!std::getline(csv, line)) return fail(ErrorCode::invalid_input, "The file is empty");
  auto header = cells_of(line);
  for (auto& h : header)
    for (char& ch : h) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  const int postcode_at = column(header, {"pcds", "pcd", "pcd2"}), lat_at = column(header, {"lat"}),
            long_at = column(header, {"long"}), doterm_at = column(header, {"doterm"}), la_at = authority_column(header);
  if (postcode_at < 0 || lat_at < 0 || long_at < 0)
    return fail(ErrorCode::invalid_input, "The first line must name the columns, including pcds (or pcd), lat and long, "
                                          "as the ONS Postcode Directory does");
  OnspdImport out;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    std::vector<Value> batch;
    while (std::getline(csv, line)) {
      if (line.empty() || line == "\r") continue;
      auto cells = cells_of(line);
      auto cell = [&](int at) -> std::string { return at >= 0 && at < static_cast<int>(cells.size()) ? cells[at] : ""; };
      auto postcode = identifiers::parse_postcode(cell(postcode_at));
      auto lat = number(cell(lat_at)), lon = number(cell(long_at));
      if (!postcode || !lat || !lon) {
        ++out.unreadable;
        continue;
      }
      if (!cell(doterm_at).empty()) {
        ++out.terminated;
        continue;
      }
      if (*lat > 90 || !lo::valid_coordinates({*lat, *lon})) {  // 99.999999: no grid reference
        ++out.without_position;
        continue;
      }
      batch.insert(batch.end(), {Value(*postcode), Value(*lat), Value(*lon), Value(cell(la_at))});
      ++out.imported;
      if (batch.size() >= 4 * 400)
        if (auto flushed = flush(c, batch); !flushed) return flushed;
    }
    return flush(c, batch);
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app::local_offer
