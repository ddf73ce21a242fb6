#include "domain/calendar/bank_holidays.h"

#include <gtest/gtest.h>

namespace sendhub::calendar {
namespace {

using namespace std::chrono;

std::vector<std::string> holidays(int y) {
  std::vector<std::string> out;
  for (Date x : bank_holidays(year{y})) out.push_back(format_date(x));
  return out;
}

Date d(std::string_view s) { return *parse_date(s); }

TEST(BankHolidays, EasterSundays) {
  EXPECT_EQ(format_date(easter_sunday(2019y)), "2019-04-21");
  EXPECT_EQ(format_date(easter_sunday(2024y)), "2024-03-31");
  EXPECT_EQ(format_date(easter_sunday(2025y)), "2025-04-20");
  EXPECT_EQ(format_date(easter_sunday(2038y)), "2038-04-25");  // latest possible
  EXPECT_EQ(format_date(easter_sunday(2035y)), "2035-03-25");
}

TEST(BankHolidays, OrdinaryYear2025) {
  EXPECT_EQ(holidays(2025), (std::vector<std::string>{"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
                                                      "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"}));
}

TEST(BankHolidays, SubstituteDaysWhenChristmasAndBoxingDayFallAtTheWeekend) {
  // 2021: Christmas Saturday, Boxing Day Sunday → Monday 27 and Tuesday 28.
  auto y2021 = holidays(2021);
  EXPECT_EQ(std::vector<std::string>(y2021.end() - 2, y2021.end()), (std::vector<std::string>{"2021-12-27", "2021-12-28"}));
  // 2022: Christmas Sunday → Boxing Day Monday 26 and substitute Tuesday 27; New Year Saturday → 3 January.
  auto y2022 = holidays(2022);
  EXPECT_EQ(y2022.front(), "2022-01-03");
  EXPECT_EQ(std::vector<std::string>(y2022.end() - 2, y2022.end()), (std::vector<std::string>{"2022-12-26", "2022-12-27"}));
  // 2026: Boxing Day Saturday → Monday 28.
  EXPECT_EQ(holidays(2026).back(), "2026-12-28");
}

TEST(BankHolidays, OneOffChanges2020To2023) {
  EXPECT_EQ(holidays(2020), (std::vector<std::string>{"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08",
                                                      "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"}));
  EXPECT_EQ(holidays(2022), (std::vector<std::string>{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02",
                                                      "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
                                                      "2022-12-26", "2022-12-27"}));
  EXPECT_EQ(holidays(2023), (std::vector<std::string>{"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01",
                                                      "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
                                                      "2023-12-26"}));
  EXPECT_FALSE(is_bank_holiday(d("2020-05-04")));
  EXPECT_FALSE(is_bank_holiday(d("2022-05-30")));
}

TEST(BankHolidays, EveryYearFrom2015To2040HasEightOrMoreOnWeekdays) {
  for (int y = 2015; y <= 2040; ++y) {
    auto list = bank_holidays(year{y});
    EXPECT_GE(list.size(), 8u) << y;
    for (Date x : list) {
      EXPECT_NE(weekday{x}, Saturday) << format_date(x);
      EXPECT_NE(weekday{x}, Sunday) << format_date(x);
      EXPECT_TRUE(is_bank_holiday(x)) << format_date(x);
    }
  }
}

TEST(WorkingDays, SkipWeekendsAndBankHolidays) {
  EXPECT_TRUE(is_working_day(d("2025-12-24")));
  EXPECT_FALSE(is_working_day(d("2025-12-25")));
  EXPECT_FALSE(is_working_day(d("2025-12-27")));  // Saturday
  // Friday 19 Dec 2025 + 3 working days: Mon 22, Tue 23, Wed 24.
  EXPECT_EQ(format_date(add_working_days(d("2025-12-19"), 3)), "2025-12-24");
  // Wed 24 Dec 2025 + 1: Thu 25 and Fri 26 are holidays, then the weekend → Mon 29.
  EXPECT_EQ(format_date(add_working_days(d("2025-12-24"), 1)), "2025-12-29");
  // Easter 2025: Thu 17 April + 1 → Good Friday 18 and Easter Monday 21 skipped → Tue 22.
  EXPECT_EQ(format_date(add_working_days(d("2025-04-17"), 1)), "2025-04-22");
  // Platinum Jubilee: Wed 1 June 2022 + 1 → Thu 2 and Fri 3 are holidays → Mon 6.
  EXPECT_EQ(format_date(add_working_days(d("2022-06-01"), 1)), "2022-06-06");
  // From a Saturday the count starts on Monday.
  EXPECT_EQ(format_date(add_working_days(d("2025-11-22"), 1)), "2025-11-24");
}

TEST(WorkingDays, OutsideTheCachedYearsStillComputes) {
  EXPECT_TRUE(is_bank_holiday(d("2041-12-25")));
  EXPECT_TRUE(is_bank_holiday(d("2014-04-18")));  // Good Friday 2014
  EXPECT_FALSE(is_working_day(d("2041-01-01")));
}

}  // namespace
}  // namespace sendhub::calendar
