#include "domain/calendar/date.h"

#include <cstdio>

namespace sendhub::calendar {

using namespace std::chrono;

Result<Date> parse_date(std::string_view text) {
  auto bad = [&](std::string why) {
    return fail(ErrorCode::invalid_input, "\"" + std::string(text.substr(0, 32)) + "\" " + why);
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad("is not a date in the form YYYY-MM-DD");
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p)
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') return bad("is not a date in the form YYYY-MM-DD");
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  if (parts[0] < 1900 || parts[0] > 2199) return bad("has a year outside 1900 to 2199");
  year_month_day ymd{year{parts[0]}, month{static_cast<unsigned>(parts[1])}, day{static_cast<unsigned>(parts[2])}};
  if (!ymd.ok()) return bad("is not a real date");
  return sys_days{ymd};
}

std::string format_date(Date date) {
  year_month_day ymd{date};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string format_long_date(Date date) {
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  year_month_day ymd{date};
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " + months[static_cast<unsigned>(ymd.month()) - 1] + " " +
         std::to_string(static_cast<int>(ymd.year()));
}

Date add_months(Date date, int n) {
  year_month_day ymd{date};
  year_month ym = year_month{ymd.year(), ymd.month()} + months{n};
  year_month_day_last last{ym.year(), month_day_last{ym.month()}};
  day d = ymd.day() > last.day() ? last.day() : ymd.day();
  return sys_days{year_month_day{ym.year(), ym.month(), d}};
}

std::chrono::year year_of(Date date) { return year_month_day{date}.year(); }

std::chrono::weekday weekday_of(Date date) { return weekday{date}; }

}  // namespace sendhub::calendar
