// A request for an EHC needs assessment, made online by a parent or carer, a young person, or
// the child's school or setting (with the family's agreement recorded), or recorded by the
// council SEN team when one arrives another way. An open request for the same child is shown,
// not silently duplicated.
#pragma once

#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct AssessmentRequestDraft {
  std::string child_id;
  std::string reason;          // "Why are you asking?" in the person's own words
  bool family_agreed = false;  // schools only: the family knows and agrees
};

struct AssessmentRequestResult {
  std::string case_id;                               // the new case, or the open one already there
  bool already_open = false;
  std::vector<identity::FieldProblem> problems;      // empty when accepted
};

// The same inside a transaction the caller holds (sending a draft request also moves its evidence).
Result<void> request_assessment_in(store::Connection& c, const access::Actor& actor, const AssessmentRequestDraft& draft,
                                   const RequestContext& ctx, AssessmentRequestResult& out);

// not_found when the actor may not request for this child.
Result<AssessmentRequestResult> request_assessment(store::Database& db, const access::Actor& actor,
                                                   const AssessmentRequestDraft& draft, const RequestContext& ctx);

}  // namespace sendhub::app
