// The plans a council maintains, as the review-planning lists need them: each child's plan with
// its first issue, the latest review meeting, the review being arranged, the latest amendment
// and whether it has ended. Read in three queries for a whole authority, not one per plan.
#pragma once

#include <map>
#include <memory>
#include <mutex>
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

// The register for one authority or one setting, kept in memory by a server and read again only
// when the caseload counter (moved by triggers on cases, events, children, plans and their
// versions, on every engine) has changed, so a review list costs one small read. `records` holds
// each plan's record in the same order as `plans`, for the domain's list functions.
class PlanRegister {
 public:
  struct Snapshot {
    std::int64_t counter = -1;
    std::vector<RegisteredPlan> plans;
    std::vector<review::PlanOnRecord> records;
    const RegisteredPlan& of(const review::PlanOnRecord* p) const { return plans[static_cast<std::size_t>(p - records.data())]; }
  };
  // la_codes: the council's authorities; setting_urn: a SENCO's pupils (then la_codes is empty).
  Result<std::shared_ptr<const Snapshot>> current(store::Connection& c, const std::vector<std::string>& la_codes,
                                                  const std::string& setting_urn);

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const Snapshot>> snapshots_;
};

// Where the next review's 12 months run from: the latest review meeting held, or the first final
// plan; nothing when the plan has never been issued.
Result<std::optional<calendar::Date>> review_anchor(store::Connection& c, const std::string& plan_id);

// The review of this plan now open, if any.
Result<std::optional<std::string>> open_review_of(store::Connection& c, const std::string& plan_id);

}  // namespace sendhub::app
