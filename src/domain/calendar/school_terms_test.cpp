#include "domain/calendar/school_terms.h"

#include <gtest/gtest.h>

namespace sendhub::calendar {
namespace {

constexpr std::string_view york = R"({"816": {"name": "City of York", "closures": [
  {"name": "Summer holiday", "first_day": "2026-07-22", "last_day": "2026-09-01"},
  {"name": "Christmas", "first_day": "2025-12-20", "last_day": "2026-01-04"}]}})";

TEST(SchoolTerms, ReadsClosuresPerAuthorityInDateOrder) {
  auto calendars = parse_school_calendars(york);
  ASSERT_TRUE(calendars) << calendars.error().message;
  const auto& cal = calendars->at("816");
  EXPECT_EQ(cal.name, "City of York");
  ASSERT_EQ(cal.closures.size(), 2u);
  EXPECT_EQ(cal.closures[0].name, "Christmas");
  EXPECT_EQ(cal.closures[1].length_in_days(), 42);
  EXPECT_EQ(format_date(cal.closures[1].reopens()), "2026-09-02");
  EXPECT_TRUE(cal.is_closed(*parse_date("2026-08-01")));
  EXPECT_FALSE(cal.is_closed(*parse_date("2026-09-02")));
  auto long_ones = cal.closures_of_at_least(28);
  ASSERT_EQ(long_ones.size(), 1u);
  EXPECT_EQ(long_ones[0].name, "Summer holiday");
}

TEST(SchoolTerms, ErrorsSayWhichAuthorityAndClosure) {
  auto bad_date = parse_school_calendars(R"({"816": {"closures": [{"first_day": "2026-02-30", "last_day": "2026-03-01"}]}})");
  ASSERT_FALSE(bad_date);
  EXPECT_NE(bad_date.error().message.find("LA 816 closure 0"), std::string::npos) << bad_date.error().message;
  EXPECT_FALSE(parse_school_calendars(R"({"81": {"closures": []}})"));
  EXPECT_FALSE(parse_school_calendars(R"({"816": {"closures": [{"first_day": "2026-03-02", "last_day": "2026-03-01"}]}})"));
  EXPECT_FALSE(parse_school_calendars(R"({"816": {"closures": [
      {"name": "a", "first_day": "2026-03-01", "last_day": "2026-03-10"},
      {"name": "b", "first_day": "2026-03-10", "last_day": "2026-03-12"}]}})"));
  EXPECT_FALSE(parse_school_calendars("[1,2]"));
}

}  // namespace
}  // namespace sendhub::calendar
