#include "domain/plan/vocabulary.h"

#include <gtest/gtest.h>

namespace sendhub::plan {
namespace {

calendar::Date d(const char* s) { return *calendar::parse_date(s); }

TEST(PlanVocabulary, YearGroupsHaveTheAgesOfTheFormat) {
  EXPECT_EQ(school_year_age("E1"), 0);
  EXPECT_EQ(school_year_age("N2"), 3);
  EXPECT_EQ(school_year_age("R"), 4);
  EXPECT_EQ(school_year_age("1"), 5);
  EXPECT_EQ(school_year_age("14"), 18);
  EXPECT_FALSE(school_year_age("X"));
  EXPECT_TRUE(is_year_group("X"));
  for (const char* bad : {"0", "15", "01", "Y4", "r", ""}) EXPECT_FALSE(is_year_group(bad)) << bad;
}

TEST(PlanVocabulary, AgeCountsTheBirthdayAsReachedOnTheDay) {
  EXPECT_EQ(age_on(d("2016-11-20"), d("2026-11-19")), 9);
  EXPECT_EQ(age_on(d("2016-11-20"), d("2026-11-20")), 10);
  // Born on 29 February: a year older on 1 March in other years.
  EXPECT_EQ(age_on(d("2012-02-29"), d("2021-02-28")), 8);
  EXPECT_EQ(age_on(d("2012-02-29"), d("2021-03-01")), 9);
  EXPECT_EQ(age_on(d("2012-02-29"), d("2024-02-29")), 12);
}

TEST(PlanVocabulary, TheAugustBeforeTheSchoolYear) {
  EXPECT_EQ(august_before_school_year(d("2026-03-02")), d("2025-08-31"));
  EXPECT_EQ(august_before_school_year(d("2026-08-31")), d("2025-08-31"));
  EXPECT_EQ(august_before_school_year(d("2026-09-01")), d("2026-08-31"));
}

TEST(PlanVocabulary, PhaseEndsAreExactlyThoseOfTheFormat) {
  for (const char* ok : {"end_of_eyfs", "end_of_key_stage_1", "end_of_key_stage_5", "end_of_year_r", "end_of_year_1", "end_of_year_14"})
    EXPECT_TRUE(is_phase_end(ok)) << ok;
  for (const char* bad : {"end_of_key_stage_6", "end_of_key_stage_0", "end_of_year_15", "end_of_year_01", "end_of_year_R", "end_of_year_"})
    EXPECT_FALSE(is_phase_end(bad)) << bad;
  for (const auto& t : phase_ends()) EXPECT_TRUE(is_phase_end(t.code)) << t.code;
}

TEST(PlanVocabulary, SessionsAWeekForComparisons) {
  EXPECT_DOUBLE_EQ(*sessions_per_week(1, "day"), 5);
  EXPECT_DOUBLE_EQ(*sessions_per_week(3, "fortnight"), 1.5);
  EXPECT_DOUBLE_EQ(*sessions_per_week(13, "half_term"), 2);
  EXPECT_DOUBLE_EQ(*sessions_per_week(39, "year"), 1);
  EXPECT_FALSE(sessions_per_week(1, "month"));
}

TEST(PlanVocabulary, AreasFitTheirSections) {
  EXPECT_TRUE(area_fits_section("semh", "B"));
  EXPECT_FALSE(area_fits_section("health", "B"));
  EXPECT_TRUE(area_fits_section("health", "C"));
  EXPECT_FALSE(area_fits_section("semh", "C"));
  EXPECT_TRUE(area_fits_section("social_care", "D"));
  EXPECT_FALSE(area_fits_section("social_care", "E"));
}

}  // namespace
}  // namespace sendhub::plan
