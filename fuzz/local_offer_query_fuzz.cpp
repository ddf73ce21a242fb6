// The search box and the postcode box: whatever is typed, the engine expressions hold only
// quoted words (no quote or backslash inside one, valid UTF-8), and an accepted postcode is in
// Royal Mail's shape. First line of the input is "what", the rest "where".
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/local_offer/place.h"
#include "domain/local_offer/search_query.h"

namespace lo = sendhub::local_offer;

namespace {

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const auto nl = in.find('\n');
  const std::string_view what = in.substr(0, nl), where = nl == std::string_view::npos ? "" : in.substr(nl + 1);
  static const lo::Vocabulary vocabulary = [] {
    lo::Vocabulary v;
    for (const char* w : {"autism", "therapy", "speech", "respite", "swimming", "zespół"}) v.add(w);
    v.finish();
    return v;
  }();
  const auto q = lo::build_query(what, vocabulary);
  if (q.units.size() > lo::most_units) __builtin_trap();
  for (const auto& u : q.units)
    for (const auto& a : u.alternatives)
      for (const auto& w : a.words)
        if (w.empty() || w.find_first_of("\"'\\ ") != std::string::npos || !valid_utf8(w)) __builtin_trap();
  for (const auto& text : {lo::fts5_match(q, true), lo::fts5_match(q, false), lo::tsquery_text(q, true)})
    if (!valid_utf8(text) || text.find('\0') != std::string::npos) __builtin_trap();
  auto place = lo::parse_place(where);
  if (place) {
    if (place->district.empty() || !lo::is_postcode_district(place->district)) __builtin_trap();
    if (!place->postcode.empty() && !place->postcode.starts_with(place->district + " ")) __builtin_trap();
  }
  return 0;
}
