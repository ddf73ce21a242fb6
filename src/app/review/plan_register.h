// The plans a council maintains, as the review-planning lists need them: each child's plan with
// its first issue, the latest review meeting, the review being arranged, the latest amendment
// and whether it has ended. Read in three queries for a whole authority, not one per plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/review/review_planning.h"
#include "store/database.h"

namespace sendhub::app {

struct RegisteredPlan {
  std::string plan_id, la_code;
  review::PlanOnRecord record;
};

// Plans with a final version, for one authority; setting_urn non-empty: only pupils placed there.
Result<std::vector<RegisteredPlan>> plans_on_record(store::Connection& c, const std::string& la_code,
                                                    const std::string& setting_urn = {});

// Where the next review's 12 months run from: the latest review meeting held, or the first final
// plan; nothing when the plan has never been issued.
Result<std::optional<calendar::Date>> review_anchor(store::Connection& c, const std::string& plan_id);

// The review of this plan now open, if any.
Result<std::optional<std::string>> open_review_of(store::Connection& c, const std::string& plan_id);

}  // namespace sendhub::app
