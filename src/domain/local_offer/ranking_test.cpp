#include "domain/local_offer/ranking.h"

#include <gtest/gtest.h>

namespace sendhub::local_offer {
namespace {

SearchQuery query(std::vector<std::vector<Alternative>> units) {
  SearchQuery q;
  for (auto& alternatives : units) q.units.push_back({"", std::move(alternatives)});
  return q;
}
Alternative word(std::string w, bool prefix = false) { return {{std::move(w)}, prefix}; }
Alternative phrase(std::vector<std::string> words) { return {std::move(words), false}; }

// Filler services, so that the words searched for are rare enough to weigh something.
RankingIndex index_with(std::initializer_list<std::array<const char*, 3>> services) {
  RankingIndex index;
  for (const auto& s : services) index.add(s[0], s[1], s[2]);
  for (int i = 0; i < 20; ++i) index.add("Library " + std::to_string(i), "Leisure", "Books and quiet rooms for families.");
  index.finish();
  return index;
}

std::vector<double> scores(const RankingIndex& index, const SearchQuery& q, std::vector<std::size_t> services) {
  return index.scores(q, services);
}

TEST(Ranking, AWordInTheNameCountsMoreThanInTheKeywordsAndMoreThanInTheDescription) {
  auto index = index_with({{"Respite care", "", "Overnight stays."},
                           {"Overnight stays", "Respite", "Overnight stays."},
                           {"Overnight stays", "", "Respite overnight."}});
  auto s = scores(index, query({{word("respite")}}), {0, 1, 2});
  EXPECT_GT(s[0], s[1]);
  EXPECT_GT(s[1], s[2]);
  EXPECT_GT(s[2], 0);
}

TEST(Ranking, ARareWordWeighsMoreThanACommonOne) {
  // "club" is in four services, "chess" in one: a service with "chess" beats one with "club".
  auto index = index_with({{"Chess", "", ""}, {"Club", "", ""}, {"Club two", "", ""}, {"Club three", "", ""}, {"Club four", "", ""}});
  auto s = scores(index, query({{word("chess"), word("club")}}), {0, 1});
  EXPECT_GT(s[0], s[1]);
}

TEST(Ranking, APhraseCountsOnlyItsWordsSideBySideInOneField) {
  auto index = index_with({{"Speech therapy", "", ""}, {"Speech and drama", "", "Therapy dogs."}, {"Speech", "Therapy", ""}});
  auto s = scores(index, query({{phrase({"speech", "therapy"})}}), {0, 1, 2});
  EXPECT_GT(s[0], 0);
  EXPECT_EQ(s[1], 0);
  EXPECT_EQ(s[2], 0);  // the end of one field and the start of the next are not side by side
}

TEST(Ranking, APrefixFindsLongerWordsAndAWholeWordDoesNot) {
  auto index = index_with({{"Physiotherapy", "", ""}, {"Physio", "", ""}});
  auto prefix = scores(index, query({{word("physio", true)}}), {0, 1});
  EXPECT_GT(prefix[0], 0);
  EXPECT_GT(prefix[1], 0);
  auto whole = scores(index, query({{word("physio")}}), {0, 1});
  EXPECT_EQ(whole[0], 0);
  EXPECT_GT(whole[1], 0);
}

TEST(Ranking, APluralAndItsSingularAreOneWordButOtherEndingsInSAreNot) {
  auto index = index_with({{"Parent carer assessment", "", ""}, {"Youth clubs", "", ""}, {"Bus pass", "", ""}, {"Glasses", "", ""}});
  EXPECT_GT(scores(index, query({{phrase({"carers", "assessment"})}}), {0}).front(), 0);
  EXPECT_GT(scores(index, query({{phrase({"youth", "club"})}}), {1}).front(), 0);
  EXPECT_GT(scores(index, query({{word("bus")}}), {2}).front(), 0);
  EXPECT_EQ(scores(index, query({{word("bu")}}), {2}).front(), 0);
  EXPECT_GT(scores(index, query({{word("glasses")}}), {3}).front(), 0);
}

TEST(Ranking, ALongDescriptionDilutesItsWords) {
  auto index = index_with({{"Group", "", "Autism support."},
                           {"Group", "", "Autism support, with a great many other words about the group, the hall, the car park, "
                                         "the opening hours, the cost and who to ask about anything at all."}});
  auto s = scores(index, query({{word("autism")}}), {0, 1});
  EXPECT_GT(s[0], s[1]);
}

TEST(Ranking, EveryUnitAddsToTheScoreAndAnUnknownWordAddsNothing) {
  auto index = index_with({{"Swimming for autistic children", "", ""}, {"Swimming", "", ""}});
  auto both = scores(index, query({{word("swimming")}, {word("autistic")}}), {0, 1});
  EXPECT_GT(both[0], both[1]);
  auto unknown = scores(index, query({{word("zebra")}}), {0, 1});
  EXPECT_EQ(unknown[0], 0);
  EXPECT_EQ(unknown[1], 0);
  // A service number past the end scores nothing rather than reading out of bounds.
  EXPECT_EQ(scores(index, query({{word("swimming")}}), {999}).front(), 0);
}

TEST(Ranking, AnEmptyIndexScoresNothing) {
  RankingIndex index;
  index.finish();
  EXPECT_TRUE(index.scores(query({{word("respite")}}), {}).empty());
  EXPECT_EQ(index.scores(query({{word("respite")}}), std::vector<std::size_t>{0}).front(), 0);
}

}  // namespace
}  // namespace sendhub::local_offer
