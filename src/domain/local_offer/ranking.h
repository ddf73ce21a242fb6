// Ranks the services a search matched, in memory. The engine (SQLite FTS5 or PostgreSQL's
// tsvector) decides which services match; asking it to rank them too costs about 2 µs a
// service for every way of saying the words, so a common word such as "parenting" (a third of
// a 5,000-service directory) took longer than the whole search should. Here each service's
// three fields are kept as word numbers, and a match is scored by BM25 as FTS5's bm25() does:
// each way of saying a unit weighs more the fewer services use it, a word in the name counts
// ten times and in the keywords (other name, categories, organisation) four times one in the
// description, and a long description dilutes its words. Both engines then rank alike; words
// are compared in the singular ("carers" and "carer" are one word), as the engines' stemmers
// would let them match.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/local_offer/search_query.h"

namespace sendhub::local_offer {

enum class Field : std::uint8_t { name, keywords, description };
inline constexpr double field_weights[] = {10.0, 4.0, 1.0};

class RankingIndex {
 public:
  // Services are numbered in the order they are added, from 0.
  void add(std::string_view name, std::string_view keywords, std::string_view description);
  void finish();  // after the last add, before any score
  std::size_t size() const { return docs_.size(); }

  // Each listed service's score for the query (higher is better), in the order listed; 0 when
  // none of the query's words is found in its text as written.
  std::vector<double> scores(const SearchQuery& query, std::span<const std::size_t> services) const;

 private:
  struct Range {
    std::uint32_t from = 0, to = 0;  // word numbers [from, to): one word, or every word with a prefix
    bool contains(std::uint32_t w) const { return w >= from && w < to; }
  };
  using Phrase = std::vector<Range>;
  struct Doc {
    std::vector<std::uint32_t> words;  // the fields one after another
    std::uint32_t end[3] = {0, 0, 0};  // where each field ends in words
  };
  struct Occurrence {
    std::uint32_t doc, at;  // at: the word's place in the doc's words
  };
  Phrase compile(const Alternative& a) const;
  int field_of(const Doc& d, std::uint32_t at) const;

  std::vector<std::vector<std::string>> pending_;  // words as added, until finish()
  std::vector<std::string> vocabulary_;            // sorted: a prefix's words are one range
  std::vector<Doc> docs_;
  std::vector<std::vector<Occurrence>> postings_;  // word number → where it occurs, in doc order
  double average_length_ = 0;
};

}  // namespace sendhub::local_offer
