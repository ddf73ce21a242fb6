// Where an annual review is, in plain English for the family and everyone else on the case: the
// meeting, the report, the council's decision and, when the plan is being changed, the 15 days
// to comment and the date the amended plan is due. Every date comes from the statutory timeline.
#pragma once

#include <optional>

#include "domain/statutory/family_summary.h"
#include "domain/statutory/timeline.h"

namespace sendhub::review {

// meeting_on: the date arranged (the review_meeting_scheduled event carries it too).
statutory::FamilySummary review_summary(const statutory::CaseHistory& history, const statutory::Timeline& timeline,
                                        calendar::Date today);

}  // namespace sendhub::review
