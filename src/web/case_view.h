// The case page, drawn from the case's events through the statutory engine: the family's
// summary, the timeline, what has happened, the advice and the family's responses, and the forms
// for whoever may act next. Form handlers draw it again with their problems and what was typed.
#pragma once

#include <vector>

#include "app/casework/advice.h"
#include "app/casework/cases.h"
#include "app/casework/family_views.h"
#include "domain/statutory/family_summary.h"
#include "web/form_problems.h"
#include "web/session_support.h"

namespace sendhub::web {

struct CaseForms {
  std::vector<FieldProblem> decision, advice, received, draft, response, final_plan, not_to_issue, withdraw, exception, message, document, chase;
  std::vector<FieldProblem> consult, consult_answer, meeting, arrange;  // the draft stage (case_draft_stage.h)
  std::string arrange_id;  // the meeting request whose form is redrawn
  const FormFields* typed = nullptr;
};

Result<Response> case_page(Site& site, const Request& req, const SignedIn& who, const app::CaseRecord& k,
                           const CaseForms& forms);

std::string long_date(calendar::Date d);
// "Done on time", "Overdue" … and the GOV.UK tag class for a milestone's status.
std::string status_label(statutory::Status s);
std::string status_tag(statutory::Status s);
// What a case or review page opens with: the child, the stage in plain English, who holds it,
// what the family can do, and the statutory timeline.
void case_heading(ctemplate::TemplateDictionary& d, const SignedIn& who, const app::CaseRecord& k,
                  const statutory::FamilySummary& summary, const statutory::Timeline& timeline);
// A form section: shown, with its problems and, when redrawn, what was typed in these fields.
ctemplate::TemplateDictionary* form(ctemplate::TemplateDictionary& d, const char* name, const std::vector<FieldProblem>& problems,
                                    const FormFields* typed, std::initializer_list<const char*> fields);
bool council_team(access::Role role);
// The people who may be asked for each kind of advice ({{>ADVICE_PEOPLE}} in the form), and the
// advice received ({{>ADVICE_LIST}}), on a case or review page.
Result<void> advice_people_fields(Site& site, ctemplate::TemplateDictionary& form, const app::CaseRecord& k, std::string_view legend,
                                  const std::vector<FieldProblem>& problems);
void advice_list(ctemplate::TemplateDictionary& d, const std::vector<app::SubmittedAdvice>& advice);
// The child's and family's views for section A ({{>FAMILY_VIEWS}}), flagged when over 12 months old.
void family_views(ctemplate::TemplateDictionary& d, const std::optional<app::StoredFamilyViews>& views, const std::string& child_id,
                  bool family_may_add);
// "EHC needs assessment", "Annual review" … for a case's process as stored.
std::string process_title(const std::string& process);

}  // namespace sendhub::web
