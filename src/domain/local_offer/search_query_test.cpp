#include "domain/local_offer/search_query.h"

#include <gtest/gtest.h>

#include <set>

#include "domain/local_offer/search_words.h"
#include "domain/local_offer/synonyms.h"

namespace sendhub::local_offer {
namespace {

Vocabulary vocabulary_of(std::initializer_list<const char*> words) {
  Vocabulary v;
  for (const char* w : words) v.add(w);
  v.finish();
  return v;
}

std::set<std::string> alternatives_of(const QueryUnit& unit) {
  std::set<std::string> out;
  for (const auto& a : unit.alternatives) {
    std::string s;
    for (const auto& w : a.words) s += (s.empty() ? "" : " ") + w;
    out.insert(s + (a.prefix ? "*" : ""));
  }
  return out;
}

TEST(SearchWords, SplitLowerCaseAndKeepEveryScript) {
  EXPECT_EQ(words_of("Speech & Language THERAPY!"), (std::vector<std::string>{"speech", "and", "language", "therapy"}));
  EXPECT_EQ(words_of("children's centre"), (std::vector<std::string>{"childrens", "centre"}));
  EXPECT_EQ(words_of("post-16 O.T."), (std::vector<std::string>{"post", "16", "o", "t"}));
  EXPECT_EQ(words_of("Zespół terapii"), (std::vector<std::string>{"zespół", "terapii"}));
  EXPECT_EQ(words_of("a\xff\xfe" "b"), (std::vector<std::string>{"a", "b"}));  // not UTF-8: a break
  EXPECT_EQ(words_of("one\xE2\x80\x94two"), (std::vector<std::string>{"one", "two"}));  // em dash
  EXPECT_TRUE(words_of("").empty());
}

TEST(SearchWords, FillerWordsAreKnown) {
  EXPECT_TRUE(is_filler_word("for"));
  EXPECT_TRUE(is_filler_word("my"));
  EXPECT_FALSE(is_filler_word("ot"));
  EXPECT_FALSE(is_filler_word("autism"));
}

TEST(Synonyms, EveryEntryIsWrittenAsTheSearchReadsIt) {
  std::set<std::string> seen;
  for (const auto& g : synonym_groups()) {
    ASSERT_FALSE(g.members.empty());
    for (auto list : {g.members, g.also})
      for (auto m : list) {
        std::string rejoined;
        for (const auto& w : words_of(m)) rejoined += (rejoined.empty() ? "" : " ") + w;
        EXPECT_EQ(rejoined, m) << "synonym entry \"" << m << "\" is not lower case words with single spaces";
      }
    for (auto m : g.members) EXPECT_TRUE(seen.insert(std::string(m)).second) << "\"" << m << "\" is in two groups";
  }
}

TEST(SearchQuery, AcronymsOfTwoLettersAreKeptAndExpanded) {
  auto q = build_query("OT", vocabulary_of({}));
  ASSERT_EQ(q.units.size(), 1u);
  auto alts = alternatives_of(q.units[0]);
  EXPECT_TRUE(alts.contains("ot"));
  EXPECT_TRUE(alts.contains("occupational therapy"));
  auto ep = build_query("ep", vocabulary_of({}));
  EXPECT_TRUE(alternatives_of(ep.units.at(0)).contains("educational psychologist"));
}

TEST(SearchQuery, PhrasesMatchTheLongestSynonymFirst) {
  auto q = build_query("speech and language therapy for my son", vocabulary_of({}));
  ASSERT_EQ(q.units.size(), 1u);  // "for", "my", "son" are fillers
  EXPECT_EQ(q.units[0].typed, "speech and language therapy");
  EXPECT_TRUE(alternatives_of(q.units[0]).contains("salt"));
  auto two = build_query("respite autism", vocabulary_of({}));
  ASSERT_EQ(two.units.size(), 2u);
  EXPECT_TRUE(alternatives_of(two.units[0]).contains("short breaks"));
  EXPECT_TRUE(alternatives_of(two.units[1]).contains("asd"));
}

TEST(SearchQuery, UnknownWordsAreCorrectedAndThenExpanded) {
  auto v = vocabulary_of({"autism", "autistic", "therapy", "swimming"});
  auto q = build_query("autisim", v);
  ASSERT_EQ(q.corrections.size(), 1u);
  EXPECT_EQ(q.corrections[0].typed, "autisim");
  EXPECT_EQ(q.corrections[0].used, "autism");
  auto alts = alternatives_of(q.units.at(0));
  EXPECT_TRUE(alts.contains("autisim*"));
  EXPECT_TRUE(alts.contains("asd"));
  EXPECT_TRUE(build_query("therapy", v).corrections.empty());
  EXPECT_TRUE(build_query("thera", v).corrections.empty());  // a prefix being typed, not a typo
}

TEST(SearchQuery, PrefixesOnlyForPlainWordsOfThreeLettersOrMore) {
  auto q = build_query("physio zx język", vocabulary_of({}));
  ASSERT_EQ(q.units.size(), 3u);
  EXPECT_TRUE(alternatives_of(q.units[0]).contains("physio"));  // a synonym member: exact
  EXPECT_TRUE(alternatives_of(q.units[1]).contains("zx"));
  EXPECT_TRUE(alternatives_of(q.units[2]).contains("język"));
  auto plain = build_query("gardening", vocabulary_of({}));
  EXPECT_TRUE(alternatives_of(plain.units.at(0)).contains("gardening*"));
}

TEST(SearchQuery, NumbersAndFillersAloneMakeAnEmptyQuery) {
  EXPECT_TRUE(build_query("for my 5 year old", vocabulary_of({})).empty());
  EXPECT_TRUE(build_query("", vocabulary_of({})).empty());
}

TEST(SearchQuery, EngineExpressionsQuoteEveryWord) {
  auto q = build_query("OT swimming\" OR x NOT y", vocabulary_of({}));
  const auto match = fts5_match(q, true);
  EXPECT_NE(match.find("(\"ot\" OR \"occupational therapy\""), std::string::npos) << match;
  EXPECT_NE(match.find(" AND (\"x\")"), std::string::npos) << match;
  EXPECT_EQ(match.find("\"\""), std::string::npos);
  const auto ts = tsquery_text(q, false);
  EXPECT_NE(ts.find("('ot' | 'occupational' <-> 'therapy'"), std::string::npos) << ts;
  EXPECT_NE(ts.find(") | ('x')"), std::string::npos) << ts;
  EXPECT_NE(ts.find("'not':*"), std::string::npos) << ts;
  EXPECT_EQ(ts.find("''"), std::string::npos);
}

TEST(SearchQuery, LongInputIsCut) {
  std::string many;
  for (int i = 0; i < 200; ++i) many += "word" + std::to_string(i % 10) + "x ";
  auto q = build_query(many, vocabulary_of({}));
  EXPECT_LE(q.units.size(), most_units);
}

TEST(Spelling, EditDistanceCountsTranspositionsOnce) {
  EXPECT_EQ(edit_distance("autism", "autisim", 2), 1);
  EXPECT_EQ(edit_distance("respite", "repsite", 2), 1);
  EXPECT_EQ(edit_distance("therapy", "therapy", 2), 0);
  EXPECT_EQ(edit_distance("abc", "xyz", 1), 2);  // above the limit: limit + 1
  EXPECT_EQ(edit_distance("short", "muchlongerword", 2), 3);
}

TEST(Spelling, SuggestionsPreferTheCommonerWordAndLeaveShortWordsAlone) {
  Vocabulary v;
  v.add("respite", 5);
  v.add("resplite", 1);
  v.add("sen", 3);
  v.finish();
  EXPECT_EQ(v.suggest("respiet"), "respite");
  EXPECT_EQ(v.suggest("ten"), std::nullopt);
  EXPECT_EQ(v.suggest("respite"), std::nullopt);
  EXPECT_EQ(v.suggest("zzzzzzzz"), std::nullopt);
  EXPECT_TRUE(v.has_prefix("resp"));
}

}  // namespace
}  // namespace sendhub::local_offer
