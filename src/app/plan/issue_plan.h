// Sending the plan: the working copy becomes a new, immutable version — a draft for the
// family's comments (reg 13(1)) or the final plan (reg 13(2)) — after the checks of
// plan_readiness say it is complete. Called inside the transaction that records the event.
#pragma once

#include <string>

#include "app/casework/cases.h"
#include "domain/plan/plan.h"

namespace sendhub::app {

struct IssuedPlan {
  std::int64_t version = 0;
  plan::Plan plan;
};

// invalid_input (field "plan") naming what must be put right first, when the plan is not ready;
// not_found when the case has no plan. review_from: where the next review's 12 months run from
// (the review meeting, for an amended plan); otherwise the day a final plan is issued.
Result<IssuedPlan> issue_plan_version(store::Connection& c, const CaseRecord& k, const std::string& status,
                                      const std::string& user_id, std::int64_t now,
                                      std::optional<calendar::Date> review_from = std::nullopt);

// The date the first annual review is due for a plan issued on this day, from the statutory engine.
std::string first_review_due(calendar::Date issued);

}  // namespace sendhub::app
