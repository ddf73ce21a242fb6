// The annual review's page: where it is in plain English, the statutory timeline, the meeting,
// the report, the decision, replies to proposed changes, and the form for whoever acts next.
#pragma once

#include <vector>

#include "app/casework/cases.h"
#include "web/form_problems.h"
#include "web/session_support.h"

namespace sendhub::web {

struct ReviewForms {
  std::vector<FieldProblem> meeting, decision, reply, amended, advice;
  const FormFields* typed = nullptr;
};

Result<Response> review_page(Site& site, const Request& req, const SignedIn& who, const app::CaseRecord& k, const ReviewForms& forms);

}  // namespace sendhub::web
