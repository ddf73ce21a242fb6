#include "domain/local_offer/search_query.h"

#include <algorithm>

#include "domain/local_offer/search_words.h"
#include "domain/local_offer/synonyms.h"

namespace sendhub::local_offer {
namespace {

constexpr std::size_t most_alternatives = 12;

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Only plain ASCII words are matched as prefixes: in other scripts three bytes may be a single
// character, and a one-character prefix would match far too much.
bool ascii_word(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void add_alternative(QueryUnit& unit, Alternative a) {
  if (unit.alternatives.size() >= most_alternatives) return;
  if (std::find(unit.alternatives.begin(), unit.alternatives.end(), a) == unit.alternatives.end())
    unit.alternatives.push_back(std::move(a));
}

QueryUnit synonym_unit(std::string typed, const SynonymGroup& group) {
  QueryUnit unit{std::move(typed), {}};
  for (auto& words : expansions(group)) add_alternative(unit, {std::move(words), false});
  return unit;
}

// Letters and digits in any script are the only bytes a word holds (search_words.cpp), so
// quoting is all FTS5 needs; a word is never an operator inside quotes.
std::string fts5_alternative(const Alternative& a) {
  std::string out = "\"" + joined(a.words) + "\"";
  if (a.prefix) out += "*";
  return out;
}

}  // namespace

SearchQuery build_query(std::string_view typed, const Vocabulary& vocabulary) {
  SearchQuery q;
  const auto words = words_of(typed.substr(0, longest_query_text));
  for (std::size_t i = 0; i < words.size() && q.units.size() < most_units;) {
    if (auto m = match_synonym(words, i); m.group) {
      std::vector<std::string> matched(words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(i + m.words));
      q.units.push_back(synonym_unit(joined(matched), *m.group));
      i += m.words;
      continue;
    }
    const std::string& w = words[i++];
    if (is_filler_word(w) || all_digits(w)) continue;
    QueryUnit unit{w, {}};
    add_alternative(unit, {{w}, w.size() >= 3 && ascii_word(w)});
    if (auto better = vocabulary.suggest(w)) {
      q.corrections.push_back({w, *better});
      const std::vector<std::string> one{*better};
      if (auto m = match_synonym(one, 0); m.group) {
        for (auto& words_of_member : expansions(*m.group)) add_alternative(unit, {std::move(words_of_member), false});
      } else {
        add_alternative(unit, {{*better}, false});
      }
    }
    q.units.push_back(std::move(unit));
  }
  return q;
}

std::string fts5_match(const SearchQuery& query, bool all_units) {
  std::string out;
  for (const auto& unit : query.units) {
    std::string alternatives;
    for (const auto& a : unit.alternatives) alternatives += (alternatives.empty() ? "" : " OR ") + fts5_alternative(a);
    out += (out.empty() ? "" : all_units ? " AND " : " OR ") + ("(" + alternatives + ")");
  }
  return out;
}

std::string tsquery_text(const SearchQuery& query, bool all_units) {
  std::string out;
  for (const auto& unit : query.units) {
    std::string alternatives;
    for (const auto& a : unit.alternatives) {
      std::string phrase;
      for (const auto& w : a.words) phrase += (phrase.empty() ? "'" : " <-> '") + w + "'";
      if (a.prefix) phrase += ":*";
      alternatives += (alternatives.empty() ? "" : " | ") + phrase;
    }
    out += (out.empty() ? "" : all_units ? " & " : " | ") + ("(" + alternatives + ")");
  }
  return out;
}

}  // namespace sendhub::local_offer
