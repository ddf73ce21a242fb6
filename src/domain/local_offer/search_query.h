// A family's words turned into a search: filler words dropped, phrases and acronyms from the
// synonym list expanded, unknown words corrected to the closest word the directory uses, and
// ordinary words matched as prefixes ("physio" finds physiotherapy). Each unit is one idea the
// results must contain (all of them, or failing that any of them); its alternatives are the
// ways of saying it.
//
// The expressions for each engine are built here too, from words that hold only letters and
// digits (no quotes, no backslashes), so nothing a person types can change the query's syntax;
// each expression is one bound parameter of a fixed SQL statement.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/local_offer/spelling.h"

namespace sendhub::local_offer {

struct Alternative {
  std::vector<std::string> words;  // a phrase when more than one
  bool prefix = false;             // a single word that may be the start of a longer one
  bool operator==(const Alternative&) const = default;
};

struct QueryUnit {
  std::string typed;  // the words this unit came from
  std::vector<Alternative> alternatives;
};

struct Correction {
  std::string typed, used;
};

struct SearchQuery {
  std::vector<QueryUnit> units;
  std::vector<Correction> corrections;
  bool empty() const { return units.empty(); }
};

inline constexpr std::size_t longest_query_text = 200;  // bytes read of what was typed
inline constexpr std::size_t most_units = 8;

SearchQuery build_query(std::string_view typed, const Vocabulary& vocabulary);

// SQLite FTS5 MATCH text: units joined by AND (all) or OR (any); every word quoted.
std::string fts5_match(const SearchQuery& query, bool all_units);

// PostgreSQL to_tsquery text: every word quoted ('speech' <-> 'therapy', 'physio':*), units
// joined by & (all) or | (any). Quoting keeps a word in any script one operand.
std::string tsquery_text(const SearchQuery& query, bool all_units);

}  // namespace sendhub::local_offer
