#include "web/dashboard_tables.h"

#include <gtest/gtest.h>

namespace sendhub::web {
namespace {

TEST(FilterWords, NameEachChosenFilterByItsMeaningAndKeepAnUnknownCodeAsTyped) {
  EXPECT_EQ(filter_words({}), "");
  FilterChoice f;
  f.need = "ASD";
  f.district = "YO10";
  EXPECT_EQ(filter_words(f), "primary need: Autistic spectrum disorder, postcode district: YO10");
  f.sex = "Q";
  EXPECT_NE(filter_words(f).find(": Q,"), std::string::npos) << filter_words(f);
}

TEST(SmallNumbers, CountsFromOneToFourAreHiddenButNotZeroOrFive) {
  EXPECT_FALSE(small_number(k::Unit::count, {0, 0}));
  EXPECT_TRUE(small_number(k::Unit::count, {1, 0}));
  EXPECT_TRUE(small_number(k::Unit::count, {4, 0}));
  EXPECT_FALSE(small_number(k::Unit::count, {5, 0}));
  // A rate is hidden when its count or its total is small: 3 of 3 is 100% and identifies each child.
  EXPECT_TRUE(small_number(k::Unit::percent, {3, 40}));
  EXPECT_TRUE(small_number(k::Unit::percent, {0, 4}));
  EXPECT_FALSE(small_number(k::Unit::percent, {0, 40}));
  EXPECT_FALSE(small_number(k::Unit::percent, {20, 40}));
}

TEST(SmallNumbers, OneHiddenCellTakesTheNextSmallestWithItSoTheTotalDoesNotGiveItAway) {
  const std::vector<k::Figure> cells{{30, 0}, {2, 0}, {9, 0}, {0, 0}, {12, 0}};
  EXPECT_EQ(suppressed_cells(k::Unit::count, cells), (std::vector<bool>{false, true, true, false, false}));
}

TEST(SmallNumbers, TwoHiddenCellsNeedNoMore) {
  const std::vector<k::Figure> cells{{30, 0}, {2, 0}, {9, 0}, {3, 0}};
  EXPECT_EQ(suppressed_cells(k::Unit::count, cells), (std::vector<bool>{false, true, false, true}));
}

TEST(SmallNumbers, NothingSmallHidesNothing) {
  const std::vector<k::Figure> cells{{30, 50}, {7, 9}, {0, 0}};
  EXPECT_EQ(suppressed_cells(k::Unit::percent, cells), (std::vector<bool>{false, false, false}));
}

}  // namespace
}  // namespace sendhub::web
