// One case's contribution to the area's KPIs, worked out by the statutory engine from its
// events: the due dates come from the same timeline the case page shows, so a KPI and the case
// page can never disagree about whether a time limit was met.
#pragma once

#include <optional>
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

}  // namespace sendhub::kpi
