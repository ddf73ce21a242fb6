// The last steps of an assessment: the council sends the draft plan (reg 13), the family
// comments and names the school or setting they want within 15 days (reg 13(1)(b)), and the
// council issues the final plan naming a setting (reg 13(2)). Each step emails the family.
#pragma once

#include "app/casework/case_event_job.h"

namespace sendhub::app {

// The working copy of the structured plan becomes draft version N (it must be complete: see
// plan/issue_plan.h). note: an optional covering note to the family.
Result<std::vector<identity::FieldProblem>> send_draft_plan(store::Database& db, const access::Actor& actor,
                                                            const std::string& case_id, const std::string& summary,
                                                            const RequestContext& ctx);

// The family's comments and preferred setting; only while the draft is out and the plan is not final.
Result<std::vector<identity::FieldProblem>> respond_to_draft(store::Database& db, const access::Actor& actor,
                                                             const std::string& case_id, const std::string& comments,
                                                             const std::string& school_preference, const RequestContext& ctx);

struct FamilyResponse {
  std::string author_name, submitted_at, comments, school_preference;
};
Result<std::vector<FamilyResponse>> family_responses(store::Database& db, const std::string& case_id);

// The final plan, naming the setting in its section I; closes the assessment.
Result<std::vector<identity::FieldProblem>> issue_final_plan(store::Database& db, const access::Actor& actor,
                                                             const std::string& case_id, const RequestContext& ctx);

}  // namespace sendhub::app
