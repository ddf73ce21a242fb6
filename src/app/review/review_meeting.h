// The review meeting, recorded by the school or setting that led it: when it was held, when the
// advice went out, progress towards each outcome in section E, what is working, what is not and
// the changes recommended. Recording it sends the report to everyone (reg 20(7)) and starts the
// council's four weeks to decide.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"
#include "domain/plan/plan.h"

namespace sendhub::app {

struct ReviewMeetingRecord {
  std::string case_id;
  std::string held_on;               // YYYY-MM-DD
  std::string advice_circulated_on;  // YYYY-MM-DD; empty: not recorded
  std::map<std::string, std::string> progress;  // outcome id -> a progress_choices() value
  std::map<std::string, std::string> comments;  // outcome id -> what was said
  std::string working, not_working, changes;
};

Result<std::vector<identity::FieldProblem>> record_review_meeting(store::Database& db, const access::Actor& actor,
                                                                  const ReviewMeetingRecord& record, const RequestContext& ctx);

// The plan in force under review: its newest final version (section E is what the meeting reviews).
Result<std::optional<plan::Plan>> plan_in_force(store::Connection& c, const std::string& plan_id);

}  // namespace sendhub::app
