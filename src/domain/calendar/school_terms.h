// School closures per local authority, as configuration: each LA publishes its term dates and
// schools' closure periods differ between authorities. Read from JSON such as
//   {"816": {"name": "City of York", "closures": [
//       {"name": "Summer holiday", "first_day": "2026-07-22", "last_day": "2026-09-01"}]}}
// The statutory engine uses closures of 4 weeks or more for the reg 10(4)(a) exception.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/calendar/date.h"

namespace sendhub::calendar {

struct Closure {
  std::string name;
  Date first_day;  // first day the institution is closed
  Date last_day;   // last day it is closed; it reopens the day after
  Date reopens() const { return last_day + std::chrono::days{1}; }
  int length_in_days() const { return static_cast<int>((last_day - first_day).count()) + 1; }
};

struct SchoolCalendar {
  std::string la_code;
  std::string name;
  std::vector<Closure> closures;  // in date order, not overlapping

  bool is_closed(Date date) const;
  // Closures of at least `days` consecutive days.
  std::vector<Closure> closures_of_at_least(int days) const;
};

// Keyed by three-digit LA code. Errors name the LA and closure at fault.
Result<std::map<std::string, SchoolCalendar>> parse_school_calendars(std::string_view json);

}  // namespace sendhub::calendar
