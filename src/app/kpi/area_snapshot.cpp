#include "app/kpi/area_snapshot.h"

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <type_traits>

#include "domain/calendar/bank_holidays.h"
#include "domain/encoding/base64.h"
#include "domain/kpi/child_copies.h"
#include "domain/statutory/rules.h"

namespace sendhub::app::kpi {
namespace {

// Bump when case_facts, the statutory engine or the layout below changes what a snapshot holds.
constexpr std::string_view format = "sendhub-kpi-facts-3";
constexpr std::size_t part_bytes = 12 << 20;  // of base64 text per row, a multiple of 4

class Writer {
 public:
  template <class T>
  void pod(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  template <class T>
  void vec(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    pod<std::uint64_t>(v.size());
    if (!v.empty()) out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void str(const std::string& s) {
    pod<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void strings(const std::vector<std::string>& v) {
    pod<std::uint64_t>(v.size());
    for (const auto& s : v) str(s);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return in_.empty(); }
  std::string_view rest() const { return in_; }
  template <class T>
  T pod() {
    T v{};
    if (!take(sizeof v)) return v;
    std::memcpy(&v, in_.data() - sizeof v, sizeof v);
    return v;
  }
  template <class T>
  void vec(std::vector<T>& v) {
    const auto n = pod<std::uint64_t>();
    if (!ok_ || n > in_.size() / std::max<std::size_t>(sizeof(T), 1)) return fail();
    v.resize(n);
    if (take(n * sizeof(T)) && n > 0) std::memcpy(v.data(), in_.data() - n * sizeof(T), n * sizeof(T));
  }
  std::string str() {
    const auto n = pod<std::uint32_t>();
    if (!take(n)) return {};
    return std::string(in_.data() - n, n);
  }
  void strings(std::vector<std::string>& v) {
    const auto n = pod<std::uint64_t>();
    if (!ok_ || n > in_.size()) return fail();
    v.clear();
    v.reserve(n);
    for (std::uint64_t i = 0; i < n && ok_; ++i) v.push_back(str());
  }

 private:
  bool take(std::size_t n) {
    if (!ok_ || n > in_.size()) {
      fail();
      return false;
    }
    in_.remove_prefix(n);
    return true;
  }
  void fail() { ok_ = false; }
  std::string_view in_;
  bool ok_ = true;
};

// Interned tables: index i holds table[i]; 0 is "" and not in the map.
void reindex(std::unordered_map<std::string, std::uint32_t>& map, const std::vector<std::string>& table, std::size_t first) {
  map.clear();
  map.reserve(table.size());
  for (std::size_t i = first; i < table.size(); ++i) map.emplace(table[i], static_cast<std::uint32_t>(i));
}

template <class T>
bool within(std::int32_t slot, const std::vector<T>& v) { return slot >= -1 && slot < static_cast<std::int64_t>(v.size()); }
template <class T>
bool all_within(const std::vector<std::uint32_t>& at, const std::vector<T>& v) {
  return std::all_of(at.begin(), at.end(), [&](std::uint32_t i) { return i < v.size(); });
}

// Every record names a child, and every advice a request, that the snapshot holds.
bool records_in_range(const sendhub::kpi::AreaFacts& f) {
  const auto n = f.children.size();
  auto named = [&](const auto& records) {
    return std::all_of(records.begin(), records.end(), [&](const auto& r) { return r.child < n || r.child == sendhub::kpi::removed; });
  };
  return named(f.requests) && named(f.reviews) && named(f.transfers) && named(f.plans) && named(f.disagreements) &&
         named(f.appealable) && named(f.choices) && named(f.complaints) &&
         std::all_of(f.advice.begin(), f.advice.end(),
                     [&](const auto& a) { return a.request < f.requests.size() || a.request == sendhub::kpi::removed; });
}

// The cases and complaints, into `index`, or (index null) only checked: their shape, and that
// every place they point to is in the facts.
bool read_lookups(Reader& r, const sendhub::kpi::AreaFacts& f, AreaIndex* index) {
  const auto complaints = r.pod<std::uint64_t>();
  for (std::uint64_t i = 0; i < complaints && r.ok(); ++i) {
    auto id = r.str();
    const auto at = r.pod<std::uint32_t>();
    if (at >= f.complaints.size()) return false;
    if (index) index->complaints.emplace(std::move(id), at);
  }
  const auto cases = r.pod<std::uint64_t>();
  if (index && r.ok()) index->cases.reserve(static_cast<std::size_t>(cases));
  for (std::uint64_t i = 0; i < cases && r.ok(); ++i) {
    auto id = r.str();
    CaseSlot s;
    s.child = r.pod<std::uint32_t>();
    for (auto* v : {&s.request, &s.review, &s.transfer, &s.disagreement, &s.choice}) *v = r.pod<std::int32_t>();
    r.vec(s.advice);
    r.vec(s.appealable);
    if (s.child >= f.children.size() || !within(s.request, f.requests) || !within(s.review, f.reviews) ||
        !within(s.transfer, f.transfers) || !within(s.disagreement, f.disagreements) || !within(s.choice, f.choices) ||
        !all_within(s.advice, f.advice) || !all_within(s.appealable, f.appealable))
      return false;
    if (index) index->cases.emplace(std::move(id), std::move(s));
  }
  return r.ok() && r.at_end();
}

}  // namespace

std::string encode_area(const LoadedArea& area) {
  const auto& f = area.facts;
  const auto& x = area.index;
  Writer w;
  w.str(std::string(format));
  for (const auto* table : {&f.las, &f.districts, &f.settings, &f.organisations}) w.strings(*table);
  w.vec(f.children);
  w.vec(f.requests);
  w.vec(f.advice);
  w.vec(f.reviews);
  w.vec(f.transfers);
  w.vec(f.plans);
  w.vec(f.disagreements);
  w.vec(f.appealable);
  w.vec(f.choices);
  w.vec(f.complaints);
  w.strings(x.child_ids);
  w.strings(x.plan_ids);
  w.strings(x.case_ids_of_requests);
  w.pod<std::uint64_t>(x.histories_rejected);
  // The lookups by id last: a start that only reads the figures leaves them unread, and an area
  // that has not needed them since still holds their bytes as they were read.
  std::string out = w.take();
  if (!area.index_complete) return out + area.unread_index;
  Writer lookups;
  lookups.pod<std::uint64_t>(x.complaints.size());
  for (const auto& [id, i] : x.complaints) lookups.str(id), lookups.pod(i);
  lookups.pod<std::uint64_t>(x.cases.size());
  for (const auto& [id, s] : x.cases) {
    lookups.str(id);
    lookups.pod(s.child);
    for (auto v : {s.request, s.review, s.transfer, s.disagreement, s.choice}) lookups.pod(v);
    lookups.vec(s.advice);
    lookups.vec(s.appealable);
  }
  return out + lookups.take();
}

Result<LoadedArea> decode_area(std::string_view bytes) {
  Reader r(bytes);
  if (r.str() != format) return fail(ErrorCode::invalid_input, "not a KPI snapshot of this format");
  LoadedArea area;
  auto& f = area.facts;
  auto& x = area.index;
  for (auto* table : {&f.las, &f.districts, &f.settings, &f.organisations}) r.strings(*table);
  r.vec(f.children);
  r.vec(f.requests);
  r.vec(f.advice);
  r.vec(f.reviews);
  r.vec(f.transfers);
  r.vec(f.plans);
  r.vec(f.disagreements);
  r.vec(f.appealable);
  r.vec(f.choices);
  r.vec(f.complaints);
  r.strings(x.child_ids);
  r.strings(x.plan_ids);
  r.strings(x.case_ids_of_requests);
  x.histories_rejected = static_cast<std::size_t>(r.pod<std::uint64_t>());
  if (!r.ok() || x.child_ids.size() != f.children.size() || x.plan_ids.size() != f.plans.size() ||
      x.case_ids_of_requests.size() != f.requests.size() || !records_in_range(f))
    return fail(ErrorCode::invalid_input, "the KPI snapshot is cut short or damaged");
  const std::string_view lookups = r.rest();
  Reader check(lookups);
  if (!read_lookups(check, f, nullptr)) return fail(ErrorCode::invalid_input, "the KPI snapshot is cut short or damaged");
  area.unread_index = std::string(lookups);
  area.index_complete = false;
  // What can be worked out again is not stored.
  reindex(x.las, f.las, 1);
  reindex(x.districts, f.districts, 1);
  reindex(x.settings, f.settings, 1);
  reindex(x.organisations, f.organisations, 1);
  sendhub::kpi::sync_child_copies(f, true);
  return area;
}

void complete_index(LoadedArea& area) {
  if (area.index_complete) return;
  auto& f = area.facts;
  auto& x = area.index;
  reindex(x.children, x.child_ids, 0);
  reindex(x.plans, x.plan_ids, 0);
  for (std::size_t i = 0; i < f.plans.size(); ++i)
    if (f.plans[i].child < x.child_ids.size()) x.plans_of_child[x.child_ids[f.plans[i].child]].push_back(static_cast<std::uint32_t>(i));
  Reader r(area.unread_index);
  read_lookups(r, f, &x);  // checked when the snapshot was read
  area.unread_index.clear();
  area.unread_index.shrink_to_fit();
  area.index_complete = true;
}

const std::string& snapshot_fingerprint() {
  static const std::string fingerprint = [] {
    std::string text(format);
    for (const auto& rule : statutory::rules())
      text += "|" + std::string(rule.id) + "," + std::string(rule.key) + "," + std::to_string(static_cast<int>(rule.process)) + "," +
              std::to_string(static_cast<int>(rule.counting)) + "," + std::to_string(rule.amount) + "," + std::to_string(rule.day_of_month);
    for (int y = 2000; y <= 2060; ++y)
      for (auto d : calendar::bank_holidays(std::chrono::year{y})) text += "|" + calendar::format_date(d);
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
    char hex[sizeof hash * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return std::string(hex);
  }();
  return fingerprint;
}

Result<void> save_snapshot(store::Connection& c, const LoadedArea& area, std::int64_t feed_seq, std::int64_t feed_xmin) {
  const std::string text = encoding::to_base64(encode_area(area));
  if (auto n = c.execute("DELETE FROM kpi_snapshot"); !n) return std::unexpected(n.error());
  for (std::size_t at = 0, part = 0; at < text.size(); at += part_bytes, ++part) {
    const store::Value p[] = {static_cast<std::int64_t>(part), snapshot_fingerprint(), feed_seq, feed_xmin, text.substr(at, part_bytes)};
    auto n = c.execute("INSERT INTO kpi_snapshot (part, fingerprint, feed_seq, feed_xmin, data) VALUES ($1, $2, $3, $4, $5)", p);
    if (!n) return std::unexpected(n.error());
  }
  return {};
}

Result<std::optional<Snapshot>> load_snapshot(store::Connection& c) {
  auto rows = c.query("SELECT feed_seq, feed_xmin, data, fingerprint FROM kpi_snapshot ORDER BY part", {});
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<Snapshot>{};
  std::string bytes;
  for (const auto& r : *rows) {
    // Each part is whole groups of four characters (part_bytes), so each decodes on its own.
    if (r.get_text(3) != snapshot_fingerprint() || r.get_int(0) != rows->front().get_int(0)) return std::optional<Snapshot>{};
    const auto* text = std::get_if<std::string>(&r.value(2));
    if (!text || !encoding::append_from_base64(*text, bytes)) return std::optional<Snapshot>{};
  }
  const std::int64_t seq = rows->front().get_int(0), xmin = rows->front().get_int(1);
  rows->clear();  // the text, before the facts are built
  auto area = decode_area(bytes);
  if (!area) return std::optional<Snapshot>{};  // damaged: a full load will write a good one
  return std::optional<Snapshot>{Snapshot{std::move(*area), seq, xmin}};
}

}  // namespace sendhub::app::kpi
