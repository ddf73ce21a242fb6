// What the made-up areas (demo_scale.cpp for York, demo_england.cpp for England) draw from: a
// seeded generator and weighted picks, so the same seed gives the same area on every machine.
#pragma once

#include <cstdint>
#include <random>
#include <utility>

namespace sendhub::app::demo {

struct Random {
  std::mt19937_64 engine;
  // Raw engine output (not a standard distribution), so the same seed gives the same area everywhere.
  int below(int n) { return static_cast<int>(engine() % static_cast<std::uint64_t>(n)); }
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
};

using Mix = std::pair<const char*, int>;  // a code and its weight

// The national primary-need mix of plans (statutory-rules.md §5, January 2025), per thousand.
inline constexpr Mix need_mix[] = {{"ASD", 315}, {"SLCN", 213}, {"SEMH", 207}, {"MLD", 106}, {"SLD", 39}, {"PD", 39},
                                   {"SPLD", 24}, {"HI", 14}, {"PMLD", 13}, {"OTH", 12}, {"VI", 8}, {"MSI", 3}};

template <std::size_t N>
const char* pick(Random& r, const Mix (&mix)[N]) {
  int total = 0;
  for (const auto& [code, weight] : mix) total += weight;
  int at = r.below(total);
  for (const auto& [code, weight] : mix)
    if ((at -= weight) < 0) return code;
  return mix[0].first;
}

}  // namespace sendhub::app::demo
