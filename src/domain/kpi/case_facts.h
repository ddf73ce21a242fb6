// One case's contribution to the area's KPIs, worked out by the statutory engine from its
// events: the due dates come from the same timeline the case page shows, so a KPI and the case
// page can never disagree about whether a time limit was met.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/kpi/area_facts.h"

namespace sendhub::kpi {

struct CaseFacts {
  std::optional<RequestFacts> request;
  std::vector<AdviceFacts> advice;  // `request` is left for the caller, who knows where it goes
  std::optional<ReviewFacts> review;
  std::optional<TransferFacts> transfer;
  std::optional<DisagreementFacts> disagreement;
  Day ceased = no_day;          // an annual review decided to cease the plan
  std::vector<Day> appealable;  // decisions in this case a family may appeal to the Tribunal
};

// Fails on a history the statutory engine rejects (the caller counts and reports those).
Result<CaseFacts> case_facts(const statutory::CaseHistory& history, std::uint32_t child, calendar::Date today);

// A review or phase-transfer case whose amended plan named a school after the family said which
// one they wanted: nothing when no amended plan was issued, or either name is blank.
std::optional<SchoolChoiceFacts> school_choice_facts(const statutory::CaseHistory& history, std::uint32_t child,
                                                     std::string_view preference, std::string_view named);

// Whether two ways of writing a school's name are the same school: letters and digits compared
// without capitals, spaces or punctuation, and "St" read as "Saint" ("St. Peter's" and "Saint
// Peters" are one school). A family's words and the plan's may differ in nothing else.
bool same_school(std::string_view a, std::string_view b);

}  // namespace sendhub::kpi
