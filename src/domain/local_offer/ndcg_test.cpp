#include "domain/local_offer/ndcg.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "domain/local_offer/review.h"

namespace sendhub::local_offer {
namespace {

TEST(Ndcg, IdealOrderScoresOneAndWorseOrdersLess) {
  const std::map<std::string, int> judged{{"a", 3}, {"b", 2}, {"c", 0}};
  const std::vector<std::string> ideal{"a", "b", "c"}, swapped{"b", "a"}, late{"x", "y", "a", "b"}, none{"x"};
  EXPECT_DOUBLE_EQ(ndcg_at(ideal, judged, 10), 1.0);
  const double s = ndcg_at(swapped, judged, 10), l = ndcg_at(late, judged, 10);
  EXPECT_LT(s, 1.0);
  EXPECT_LT(l, s);
  EXPECT_DOUBLE_EQ(ndcg_at(none, judged, 10), 0.0);
  // Worked value: DCG(b,a) = 3/log2(2) + 7/log2(3); ideal 7 + 3/log2(3).
  EXPECT_NEAR(s, (3.0 + 7.0 / std::log2(3.0)) / (7.0 + 3.0 / std::log2(3.0)), 1e-12);
}

TEST(Ndcg, OnlyTheFirstKCount) {
  const std::map<std::string, int> judged{{"a", 3}};
  std::vector<std::string> ranked(10, "x");
  ranked.push_back("a");
  EXPECT_DOUBLE_EQ(ndcg_at(ranked, judged, 10), 0.0);
  EXPECT_GT(ndcg_at(ranked, judged, 11), 0.0);
}

TEST(Ndcg, NonsenseShouldFindNothing) {
  const std::map<std::string, int> nothing_relevant{{"a", 0}};
  EXPECT_DOUBLE_EQ(ndcg_at(std::vector<std::string>{}, nothing_relevant, 10), 1.0);
  EXPECT_DOUBLE_EQ(ndcg_at(std::vector<std::string>{"a"}, nothing_relevant, 10), 0.0);
}

TEST(Review, DueAfterTheIntervalAndRemindedFortnightly) {
  using namespace std::chrono;
  const calendar::Date checked{2026y / January / 1}, today{2026y / July / 10};
  auto state = review_state(checked, 180, today);
  EXPECT_EQ(state.due, calendar::Date{2026y / June / 30});
  EXPECT_TRUE(state.overdue);
  EXPECT_EQ(state.days_overdue, 10);
  EXPECT_FALSE(review_state(checked, 365, today).overdue);
  EXPECT_TRUE(review_state(std::nullopt, 180, today).overdue);  // never checked
  EXPECT_TRUE(reminder_due(state, std::nullopt, today));
  EXPECT_FALSE(reminder_due(state, today - days{13}, today));
  EXPECT_TRUE(reminder_due(state, today - days{14}, today));
  EXPECT_FALSE(reminder_due(review_state(checked, 365, today), std::nullopt, today));
}

}  // namespace
}  // namespace sendhub::local_offer
