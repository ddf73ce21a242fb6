#include "domain/calendar/bank_holidays.h"

#include <algorithm>
#include <array>
#include <bitset>

namespace sendhub::calendar {

using namespace std::chrono;

const std::vector<ProclaimedChange>& proclaimed_changes() {
  static const std::vector<ProclaimedChange> changes = {
      {sys_days{2020y / May / 4}, false, "early May bank holiday moved to 8 May for VE Day 75"},
      {sys_days{2020y / May / 8}, true, "VE Day 75"},
      {sys_days{2022y / May / 30}, false, "spring bank holiday moved to 2 June"},
      {sys_days{2022y / June / 2}, true, "spring bank holiday (moved)"},
      {sys_days{2022y / June / 3}, true, "Platinum Jubilee"},
      {sys_days{2022y / September / 19}, true, "State funeral of Queen Elizabeth II"},
      {sys_days{2023y / May / 8}, true, "Coronation of King Charles III"},
  };
  return changes;
}

Date easter_sunday(year y) {
  const int Y = static_cast<int>(y);
  const int a = Y % 19, b = Y / 100, c = Y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const unsigned month_number = static_cast<unsigned>((h + l - 7 * m + 114) / 31);
  const unsigned day_number = static_cast<unsigned>((h + l - 7 * m + 114) % 31 + 1);
  return sys_days{y / month{month_number} / day{day_number}};
}

namespace {

Date first_weekday(year y, month m, weekday wd) { return sys_days{y / m / wd[1]}; }
Date last_weekday(year y, month m, weekday wd) { return sys_days{y / m / wd[last]}; }

// A fixed-date holiday at a weekend moves to the next weekday not already taken.
void add_with_substitute(std::vector<Date>& taken, Date date) {
  while (weekday{date} == Saturday || weekday{date} == Sunday ||
         std::find(taken.begin(), taken.end(), date) != taken.end())
    date += days{1};
  taken.push_back(date);
}

}  // namespace

std::vector<Date> bank_holidays(year y) {
  std::vector<Date> out;
  add_with_substitute(out, sys_days{y / January / 1});
  const Date easter = easter_sunday(y);
  out.push_back(easter - days{2});
  out.push_back(easter + days{1});
  out.push_back(first_weekday(y, May, Monday));
  out.push_back(last_weekday(y, May, Monday));
  out.push_back(last_weekday(y, August, Monday));
  add_with_substitute(out, sys_days{y / December / 25});
  add_with_substitute(out, sys_days{y / December / 26});
  for (const auto& change : proclaimed_changes()) {
    if (year_month_day{change.date}.year() != y) continue;
    if (change.added) out.push_back(change.date);
    else out.erase(std::remove(out.begin(), out.end(), change.date), out.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// 2015 to 2040 precomputed as one bit a day, since working-day counting is on hot paths.
constexpr int first_cached_year = 2015, last_cached_year = 2040;
const Date cache_start = sys_days{year{first_cached_year} / January / 1};
const Date cache_end = sys_days{year{last_cached_year} / December / 31};

const std::bitset<9600>& holiday_bits() {
  static const std::bitset<9600> bits = [] {
    std::bitset<9600> b;
    for (int y = first_cached_year; y <= last_cached_year; ++y)
      for (Date d : bank_holidays(year{y})) b.set(static_cast<std::size_t>((d - cache_start).count()));
    return b;
  }();
  return bits;
}

}  // namespace

bool is_bank_holiday(Date date) {
  if (date >= cache_start && date <= cache_end)
    return holiday_bits().test(static_cast<std::size_t>((date - cache_start).count()));
  auto list = bank_holidays(year_month_day{date}.year());
  return std::find(list.begin(), list.end(), date) != list.end();
}

bool is_working_day(Date date) {
  weekday wd{date};
  return wd != Saturday && wd != Sunday && !is_bank_holiday(date);
}

Date add_working_days(Date date, int n) {
  while (n > 0) {
    date += days{1};
    if (is_working_day(date)) --n;
  }
  return date;
}

}  // namespace sendhub::calendar
