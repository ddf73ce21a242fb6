// Calendar dates as std::chrono::sys_days, with a strict YYYY-MM-DD reader and writer and the
// month arithmetic the SEND Regulations use.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace sendhub::calendar {

using Date = std::chrono::sys_days;

// Exactly YYYY-MM-DD, a real calendar date (no 2023-02-29), years 1900 to 2199.
Result<Date> parse_date(std::string_view text);
std::string format_date(Date date);
// GOV.UK style for pages and letters: "24 November 2026".
std::string format_long_date(Date date);

// The same day-of-month n months later (or earlier, for negative n); the last day of that month
// when it has no such day (31 January + 1 month = 28 or 29 February).
Date add_months(Date date, int months);

inline Date add_days(Date date, int days) { return date + std::chrono::days{days}; }

std::chrono::year year_of(Date date);
std::chrono::weekday weekday_of(Date date);

}  // namespace sendhub::calendar
