// The school or setting (or the council) arranges the annual review meeting: a date at least
// two weeks away, so everyone invited gets the notice reg 20(3) requires, and the invitations to
// the family, the council, health and social care (and the young person when they take part).
// The review becomes its own case, so its clock is on the caseload and the family's page.
#pragma once

#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct ReviewSchedule {
  std::string plan_id;
  std::string meeting_on;  // YYYY-MM-DD
  std::string where;
  std::vector<std::string> invited;  // values of invitees()
};

struct ScheduledReview {
  std::string case_id;  // the new review, or the one already being arranged
  bool already_open = false;
  std::vector<identity::FieldProblem> problems;
};

// not_found when the actor may not arrange a review for this child.
Result<ScheduledReview> schedule_review(store::Database& db, const access::Actor& actor, const ReviewSchedule& schedule,
                                        const RequestContext& ctx);

}  // namespace sendhub::app
