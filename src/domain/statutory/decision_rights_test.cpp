#include "domain/statutory/decision_rights.h"

#include <gtest/gtest.h>

namespace sendhub::statutory {
namespace {

calendar::Date d(std::string_view s) { return *calendar::parse_date(s); }
std::string leaving(std::string_view dob) { return calendar::format_date(end_of_compulsory_school_age(d(dob))); }

TEST(DecisionRights, LastFridayInJune) {
  EXPECT_EQ(calendar::format_date(last_friday_in_june(std::chrono::year{2026})), "2026-06-26");
  EXPECT_EQ(calendar::format_date(last_friday_in_june(std::chrono::year{2028})), "2028-06-30");  // the 30th itself
  EXPECT_EQ(calendar::format_date(last_friday_in_june(std::chrono::year{2027})), "2027-06-25");
}

TEST(DecisionRights, SchoolLeavingDateFollowsEducationAct1996Section8) {
  EXPECT_EQ(leaving("2010-09-01"), "2027-06-25");  // 16 on 1 September 2026: leaves summer 2027
  EXPECT_EQ(leaving("2010-08-31"), "2026-06-26");  // 16 in the summer holiday: the June before
  EXPECT_EQ(leaving("2010-06-27"), "2026-06-26");  // 16 the day after the leaving date: that date
  EXPECT_EQ(leaving("2010-06-26"), "2026-06-26");  // 16 on the leaving date itself
  EXPECT_EQ(leaving("2010-01-15"), "2026-06-26");
  EXPECT_EQ(leaving("2012-02-29"), "2028-06-30");  // leap-day birthday
  EXPECT_EQ(leaving("2008-02-29"), "2024-06-28");  // leap-day birthday, 16 in a leap year too
}

TEST(DecisionRights, RightsPassTheDayAfterTheLeavingDate) {
  EXPECT_FALSE(young_person_holds_rights(d("2010-01-15"), d("2026-06-26")));
  EXPECT_TRUE(young_person_holds_rights(d("2010-01-15"), d("2026-06-27")));
  EXPECT_FALSE(young_person_holds_rights(d("2015-05-01"), d("2026-11-24")));
}

}  // namespace
}  // namespace sendhub::statutory
