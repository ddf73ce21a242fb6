// The parts of the case page for the weeks the draft plan is with the family: the schools and
// settings consulted (and, for a consulted school's SENCO, the answer form), and the meetings
// the family asks for (and the council arranges). Drawn as templates/case_draft_stage.tpl.
#pragma once

#include <ctemplate/template.h>

#include "web/case_view.h"

namespace sendhub::web {

struct DraftStage {
  bool drafted = false, final_issued = false, may_act = false, family = false;
};

Result<void> draw_draft_stage(Site& site, ctemplate::TemplateDictionary& page, const SignedIn& who, const app::CaseRecord& k,
                              const DraftStage& stage, const CaseForms& forms);

}  // namespace sendhub::web
