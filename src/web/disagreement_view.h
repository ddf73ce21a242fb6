// The page of a disagreement (mediation and appeal) or of a tribunal order: where it is in plain
// English, the statutory timeline, what was recorded, and for the SEN team the form for each
// step that may come next.
#pragma once

#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "web/form_problems.h"
#include "web/session_support.h"

namespace sendhub::web {

struct DisagreementForms {
  std::string step;  // the step whose form is redrawn with its problems
  std::vector<FieldProblem> problems;
  const FormFields* typed = nullptr;
};

// The date field each step's form uses (the ids must differ, as all forms share one page).
std::string step_date_field(const std::string& step);

// The disagreements about decisions in a case, and for the SEN team the link to record one, on
// the case or review page ({{#DISAGREEMENTS}} in its template).
Result<void> show_disagreements(Site& site, ctemplate::TemplateDictionary& d, const SignedIn& who, const app::CaseRecord& k);

Result<Response> disagreement_page(Site& site, const Request& req, const SignedIn& who, const app::CaseRecord& k,
                                   const DisagreementForms& forms);

}  // namespace sendhub::web
