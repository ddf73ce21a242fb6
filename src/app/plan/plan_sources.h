// "Tell it once": what a plan takes from the shared record instead of anyone typing it again —
// the child's details and setting, the family's views for section A, and the advice gathered
// in the assessment for section K (linked by its id, with each recommended provision ready to
// be carried into the plan).
#pragma once

#include <string>
#include <vector>

#include "app/casework/advice.h"
#include "app/casework/family_views.h"
#include "domain/plan/plan.h"
#include "store/database.h"

namespace sendhub::app {

// Name, date of birth, year group for the plan date (the record's, when it agrees) and setting.
Result<plan::Child> child_for_plan(store::Connection& c, const std::string& child_id, const std::string& plan_date);
Result<plan::LocalAuthorityRef> authority_for_plan(store::Connection& c, const std::string& la_code);

// Adds advice not yet in section K (matched by document_ref "advice/ID"); true when any was added.
bool bring_in_advice(plan::Plan& plan, const std::vector<SubmittedAdvice>& advice);

// The family's four answers as section A items, replacing those brought in before.
// voice: "parent" or "young_person", whoever wrote them.
void bring_in_views(plan::Plan& plan, const StoredFamilyViews& views, const std::string& voice);

// Who wrote the family's newest views: "young_person" when the young person did, else "parent".
Result<std::string> voice_of_views(store::Connection& c, const std::string& child_id);

}  // namespace sendhub::app
