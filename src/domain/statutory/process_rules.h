// Internal to the engine: one function per statutory process, each given the history with its
// events sorted by date and already checked to belong to the process.
#pragma once

#include "domain/statutory/timeline.h"

namespace sendhub::statutory::detail {

// The first event of a type, and all of them.
// "advice:health" and so on: the milestone of one adviser's advice (static storage).
std::string_view advice_key(Adviser a);
const Event* first(const std::vector<Event>& events, EventType type);
const Event* last(const std::vector<Event>& events, EventType type);
std::optional<Date> first_on_or_after(const std::vector<Event>& events, EventType type, Date from);
std::optional<Date> date_of(const Event* event);
std::unexpected<Error> impossible(const Event& event, std::string why);
// An error naming the first event dated before `start`.
Result<void> none_before(const CaseHistory& h, const Event& start, std::string_view what);
void add(Timeline& t, const Rule& rule, std::string_view key, Date due, std::optional<Date> done, Date today,
         bool not_applicable = false);

// A period for the family's comments (15 days beginning with the day something was sent). It
// is met once it has run its course, and missed if the plan it protects was issued inside it.
void add_representation_period(Timeline& t, const Rule& rule, Date sent, const Event* plan_issued, Date today);

Result<void> ehc_needs_assessment(const CaseHistory& h, Date today, Timeline& out);
Result<void> annual_review(const CaseHistory& h, Date today, Timeline& out);
Result<void> phase_transfer(const CaseHistory& h, Date today, Timeline& out);
Result<void> reassessment(const CaseHistory& h, Date today, Timeline& out);
Result<void> la_transfer(const CaseHistory& h, Date today, Timeline& out);
Result<void> disagreement(const CaseHistory& h, Date today, Timeline& out);
Result<void> tribunal_order(const CaseHistory& h, Date today, Timeline& out);

}  // namespace sendhub::statutory::detail
