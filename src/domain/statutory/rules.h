// THE table of statutory time limits. Every due date SENDhub shows is computed from a row here,
// and docs/statutory-rules.md is checked against it (rules_test.cpp), so a change in the law is
// one edit in rules.cpp. Counting follows the words of the regulations exactly; see Counting.
#pragma once

#include <span>
#include <string_view>

#include "domain/calendar/date.h"
#include "domain/statutory/case_history.h"

namespace sendhub::statutory {

enum class Counting {
  within_weeks,            // "within N weeks of D": D + 7N days
  within_days,             // "within N days of D": D + N
  days_beginning_with,     // "N days beginning with D": D + N - 1
  within_months,           // "within N months of D": same day N months later, or that month's last day
  period_of_months,        // "the period of N months starting with D": the day before D + N months
  within_working_days,     // "within N working days of D": the Nth working day after D
  weeks_before,            // "at least N weeks before D": D - 7N
  months_before,           // "at least N months before D": D - N months
  before_date_in_year,     // "before DAY MONTH" of the anchor's calendar year: the day before
  on_the_day,              // "on the day of D" or "immediately": D
};

struct Rule {
  std::string_view id;          // unique row name, e.g. "ehc.final_plan"
  std::string_view key;         // milestone key in the timeline ("advice:" rows add the adviser)
  Process process;
  std::string_view anchor;      // the event the limit runs from, in words
  Counting counting;
  int amount;                   // weeks, days or months; for before_date_in_year, the month
  int day_of_month;             // before_date_in_year only
  std::string_view regulation;  // e.g. "SEND Regs 2014 reg 13(2)"
  std::string_view explanation; // plain English, for families
};

std::span<const Rule> rules();
// The row with this id; the table is fixed, so an unknown id is a programming error (aborts).
const Rule& rule(std::string_view id);

calendar::Date due_date(const Rule& rule, calendar::Date anchor);

}  // namespace sendhub::statutory
