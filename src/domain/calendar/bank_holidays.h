// England and Wales bank holidays: computed from the Banking and Financial Dealings Act 1971
// pattern (New Year, Good Friday, Easter Monday, early May, spring, summer, Christmas, Boxing
// Day, with substitute days when one falls at a weekend), then corrected by the one-off changes
// made by royal proclamation, which are kept as data: a future proclamation is one line in
// bank_holidays.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "domain/calendar/date.h"

namespace sendhub::calendar {

struct ProclaimedChange {
  Date date;
  bool added;              // false: a usual holiday moved away from this date
  std::string_view reason;
};

const std::vector<ProclaimedChange>& proclaimed_changes();

// Easter Sunday (Gregorian, anonymous algorithm).
Date easter_sunday(std::chrono::year y);

// The year's bank holidays in date order.
std::vector<Date> bank_holidays(std::chrono::year y);

bool is_bank_holiday(Date date);
// Not a Saturday, Sunday or England and Wales bank holiday.
bool is_working_day(Date date);
// "Within n working days of D": the nth day after D that is a working day.
Date add_working_days(Date date, int n);

}  // namespace sendhub::calendar
