#include "domain/calendar/date.h"

#include <gtest/gtest.h>

namespace sendhub::calendar {
namespace {

Date d(std::string_view s) { return *parse_date(s); }

TEST(Date, ParsesAndFormatsRealDates) {
  EXPECT_EQ(format_date(d("2024-02-29")), "2024-02-29");
  EXPECT_EQ(format_date(d("2000-02-29")), "2000-02-29");  // divisible by 400: a leap year
  EXPECT_EQ(format_date(d("2026-12-31")), "2026-12-31");
}

TEST(Date, RejectsImpossibleAndMalformedDates) {
  for (const char* bad : {"2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "2023-1-1",
                          "2023-01-01T00:00", "23-01-01", "2023/01/01", "", "2023-01-0a", " 2023-01-01"}) {
    auto r = parse_date(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::invalid_input);
  }
  EXPECT_NE(parse_date("2023-02-29").error().message.find("not a real date"), std::string::npos);
}

TEST(Date, AddMonthsKeepsDayOrTakesTheLastDayOfTheMonth) {
  EXPECT_EQ(format_date(add_months(d("2025-01-15"), 2)), "2025-03-15");
  EXPECT_EQ(format_date(add_months(d("2025-01-31"), 1)), "2025-02-28");
  EXPECT_EQ(format_date(add_months(d("2024-01-31"), 1)), "2024-02-29");  // leap year
  EXPECT_EQ(format_date(add_months(d("2024-02-29"), 12)), "2025-02-28");
  EXPECT_EQ(format_date(add_months(d("2025-08-31"), 1)), "2025-09-30");
  EXPECT_EQ(format_date(add_months(d("2025-10-31"), 2)), "2025-12-31");
  EXPECT_EQ(format_date(add_months(d("2025-11-30"), 3)), "2026-02-28");
  EXPECT_EQ(format_date(add_months(d("2026-07-31"), -5)), "2026-02-28");
}

TEST(Date, LongFormIsGovukStyleWithoutLeadingZero) {
  EXPECT_EQ(format_long_date(*parse_date("2026-11-04")), "4 November 2026");
  EXPECT_EQ(format_long_date(*parse_date("2028-02-29")), "29 February 2028");
  EXPECT_EQ(format_long_date(*parse_date("2025-01-31")), "31 January 2025");
}

}  // namespace
}  // namespace sendhub::calendar
