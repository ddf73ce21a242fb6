// When decisions pass from parents to the young person: at the end of compulsory school age
// (Children and Families Act 2014 s.80 and the Mental Capacity Act), which is the school leaving
// date, the last Friday in June (Education Act 1996 s.8), worked out as s.8(3) words it:
// someone who turns 16 between 1 September and the end of June leaves on the next last-Friday-
// in-June; someone who turns 16 in July or August, or after that Friday, left on the one before.
#pragma once

#include "domain/calendar/date.h"

namespace sendhub::statutory {

calendar::Date last_friday_in_june(std::chrono::year year);
calendar::Date end_of_compulsory_school_age(calendar::Date date_of_birth);

// From the day after the school leaving date, the young person holds the rights.
bool young_person_holds_rights(calendar::Date date_of_birth, calendar::Date today);

}  // namespace sendhub::statutory
