#include "domain/local_offer/spelling.h"

#include <algorithm>
#include <cstdlib>

namespace sendhub::local_offer {

int edit_distance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  // Three rows are enough for the transposition step.
  std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
  for (int j = 0; j <= m; ++j) previous[j] = j;
  for (int i = 1; i <= n; ++i) {
    current[0] = i;
    int row_best = current[0];
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, before[j - 2] + 1);
      current[j] = v;
      row_best = std::min(row_best, v);
    }
    if (row_best > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

void Vocabulary::add(std::string_view word, int count) {
  if (word.empty()) return;
  counts_[std::string(word)] += count;
}

void Vocabulary::finish() {
  sorted_.clear();
  sorted_.reserve(counts_.size());
  for (const auto& [w, _] : counts_) sorted_.push_back(w);
  std::sort(sorted_.begin(), sorted_.end());
}

bool Vocabulary::contains(std::string_view word) const { return counts_.contains(std::string(word)); }

bool Vocabulary::has_prefix(std::string_view prefix) const {
  auto it = std::lower_bound(sorted_.begin(), sorted_.end(), prefix,
                             [](const std::string& w, std::string_view p) { return std::string_view(w) < p; });
  return it != sorted_.end() && std::string_view(*it).starts_with(prefix);
}

std::optional<std::string> Vocabulary::suggest(std::string_view word) const {
  if (word.size() <= 4 || contains(word) || has_prefix(word)) return std::nullopt;
  const int limit = word.size() <= 6 ? 1 : 2;
  const std::string* best = nullptr;
  int best_distance = limit + 1, best_count = 0;
  for (const auto& candidate : sorted_) {
    if (candidate.size() < 4) continue;
    const int d = edit_distance(word, candidate, limit);
    if (d > limit) continue;
    const int count = counts_.at(candidate);
    if (d < best_distance || (d == best_distance && count > best_count) ||
        (d == best_distance && count == best_count && best && candidate < *best)) {
      best = &candidate;
      best_distance = d;
      best_count = count;
    }
  }
  if (!best) return std::nullopt;
  return *best;
}

}  // namespace sendhub::local_offer
