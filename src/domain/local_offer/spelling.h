// Spelling tolerance: a word the directory has never seen ("autisim") is matched to the
// closest word it has ("autism"), by edit distance with transpositions, preferring the word more
// services use. Short words are left alone: at four letters or fewer one typo is already a
// different word ("sen" is not "ten").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sendhub::local_offer {

// Optimal string alignment distance (insert, delete, substitute, swap two neighbours), counted
// in bytes; anything above `limit` is reported as limit + 1.
int edit_distance(std::string_view a, std::string_view b, int limit);

class Vocabulary {
 public:
  void add(std::string_view word, int count = 1);
  // Call once after the last add(), before the lookups.
  void finish();
  bool contains(std::string_view word) const;
  // Some word starts with `prefix` (so "physio" is a word being typed, not a typo).
  bool has_prefix(std::string_view prefix) const;
  // The closest known word, when the word is unknown and something is close enough.
  std::optional<std::string> suggest(std::string_view word) const;
  std::size_t size() const { return sorted_.size(); }

 private:
  std::unordered_map<std::string, int> counts_;
  std::vector<std::string> sorted_;
};

}  // namespace sendhub::local_offer
