#include "domain/statutory/decision_rights.h"

namespace sendhub::statutory {

using namespace std::chrono;

calendar::Date last_friday_in_june(std::chrono::year y) {
  calendar::Date d = sys_days{y / June / 30};
  while (weekday(d) != Friday) d -= days{1};
  return d;
}

calendar::Date end_of_compulsory_school_age(calendar::Date dob) {
  // A 29 February birthday lands in late February or on 1 March: the same school year either way.
  const calendar::Date sixteenth = calendar::add_months(dob, 16 * 12);
  const year_month_day ymd{sixteenth};
  // A birthday from September onwards falls in the school year that ends next summer.
  const std::chrono::year leaving_year = ymd.month() >= September ? ymd.year() + years{1} : ymd.year();
  return last_friday_in_june(leaving_year);
}

bool young_person_holds_rights(calendar::Date dob, calendar::Date today) {
  return today > end_of_compulsory_school_age(dob);
}

}  // namespace sendhub::statutory
