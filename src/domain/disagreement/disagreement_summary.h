// Where a disagreement is, in plain English for the family and everyone else on the case:
// mediation, the certificate, the appeal and its deadline, the council's response, and, after the
// tribunal's order, what the council must do and by when. Every date comes from the timeline.
#pragma once

#include <string_view>

#include "domain/statutory/family_summary.h"
#include "domain/statutory/timeline.h"

namespace sendhub::disagreement {

// For a disagreement or tribunal_order case.
statutory::FamilySummary disagreement_summary(const statutory::CaseHistory& history, const statutory::Timeline& timeline,
                                              calendar::Date today);

// What the council must do: "make and keep an EHC plan".
std::string_view order_words(statutory::Order order);

// How a mediation ended and how an appeal ended, with their stored values.
struct Choice {
  std::string_view value, label;
};
const std::vector<Choice>& mediation_outcomes();
const std::vector<Choice>& appeal_outcomes();
std::string_view label_of(const std::vector<Choice>& choices, std::string_view value);

}  // namespace sendhub::disagreement
