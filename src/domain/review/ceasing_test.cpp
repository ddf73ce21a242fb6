#include "domain/review/ceasing.h"

#include <gtest/gtest.h>

namespace sendhub::review {
namespace {

calendar::Date d(const char* s) { return *calendar::parse_date(s); }

CeaseSteps complete() { return {"2", "Needs are now met by the school's own support.", true, true, d("2012-05-01")}; }

TEST(Ceasing, AllStepsDoneMayCease) { EXPECT_TRUE(cease_problems(complete(), d("2026-12-03")).empty()); }

TEST(Ceasing, EachMissingStepIsNamed) {
  CeaseSteps s{"", "", false, false, d("2012-05-01")};
  auto p = cease_problems(s, d("2026-12-03"));
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].field, "cease_reason");
  EXPECT_EQ(p[1].field, "family_consulted");
  EXPECT_EQ(p[2].field, "setting_consulted");
  EXPECT_EQ(p[3].field, "reasons");
}

TEST(Ceasing, UnderEighteenOnlyWhenThePlanIsNoLongerNeeded) {
  auto s = complete();
  s.reason_code = "4";  // paid employment
  s.date_of_birth = d("2008-12-04");
  EXPECT_EQ(cease_problems(s, d("2026-12-03")).size(), 1u);   // 17 until tomorrow
  EXPECT_TRUE(cease_problems(s, d("2026-12-04")).empty());    // 18 today
}

TEST(Ceasing, TheNineSen2Reasons) {
  ASSERT_EQ(cease_reasons().size(), 9u);
  EXPECT_EQ(cease_reasons().front().code, "1");
  EXPECT_EQ(cease_reasons().back().code, "9");
  EXPECT_FALSE(cease_reason("10"));
  EXPECT_TRUE(cease_reason("5")->under_18_allowed);
}

}  // namespace
}  // namespace sendhub::review
