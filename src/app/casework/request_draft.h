// A request for an EHC needs assessment written over several pages and visits: each page's
// answer is saved as it is given, evidence is added as documents on the child's record, and
// sending opens the case with the evidence on it, in one transaction. Whoever may ask for the
// child (access::may contribute_advice) has one draft of their own; nobody else sees it.
#pragma once

#include <string>
#include <vector>

#include "app/casework/request_assessment.h"
#include "app/record/documents.h"
#include "domain/request/assessment_request.h"

namespace sendhub::app {

struct RequestDraft {
  request::Answers answers;
  std::vector<DocumentSummary> evidence;
  std::string updated_at;  // empty: nothing saved yet
  bool from_school = false;
};

// not_found when the actor may not ask for this child.
Result<RequestDraft> load_request_draft(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                        const RequestContext& ctx);

// Saves this page's answer (typed holds it) and notes the page as passed. Problems, or nothing.
Result<std::vector<identity::FieldProblem>> save_request_step(store::Database& db, const access::Actor& actor,
                                                              const std::string& child_id, request::Step step,
                                                              const request::Answers& typed, const RequestContext& ctx);

// A report or letter for the request, kept on the child's record and taken onto the case when sent.
Result<std::vector<identity::FieldProblem>> add_request_evidence(store::Database& db, const access::Actor& actor,
                                                                 DocumentUpload upload, const RequestContext& ctx);

// Every page checked again, then the case opened (or the open one named) and the draft removed.
Result<AssessmentRequestResult> send_request_draft(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                                   const RequestContext& ctx);

// Forgets the draft's answers; documents already added stay on the child's record.
Result<void> discard_request_draft(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                   const RequestContext& ctx);

}  // namespace sendhub::app
