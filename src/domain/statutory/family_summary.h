// Where an EHC needs assessment is, in plain English for the family: what happened last, what
// happens next and by when, and what they can do now. Built from the same timeline as every
// other view, so the dates always agree with the case page and the API.
#pragma once

#include <string>
#include <vector>

#include "domain/statutory/timeline.h"

namespace sendhub::statutory {

struct FamilySummary {
  std::string stage;                 // a short name: "Deciding whether to assess"
  std::string where_now;             // "We received the request on 6 January 2025."
  std::string next_step;             // "The council will decide … by 17 February 2025."
  std::vector<std::string> you_can;  // things the family may do now
};

// Who an adviser is, for families: "the health team", "the educational psychologist" …
std::string_view adviser_for_families(Adviser adviser);

FamilySummary family_summary(const CaseHistory& history, const Timeline& timeline, Date today);

}  // namespace sendhub::statutory
