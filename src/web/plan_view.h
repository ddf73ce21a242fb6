// A plan drawn as the accessible HTML document families read (and print): sections A to K with
// each item's links to the needs and outcomes it serves. In editing mode each item also gets
// "Change" and "Remove" for the council. Shared by the plan page, the print page and the
// page of changes between versions.
#pragma once

#include <ctemplate/template.h>

#include <string>

#include "domain/plan/plan.h"

namespace sendhub::web {

struct PlanDrawing {
  bool editing = false;
  std::string case_id, csrf_token;
};

// Fills an include of plan_document.tpl.
void draw_plan(ctemplate::TemplateDictionary& doc, const plan::Plan& p, const PlanDrawing& how);

// "Draft for your comments (version 2)", "Final plan (version 3)", "Working copy".
std::string plan_status_words(const plan::Plan& p, bool working_copy);

}  // namespace sendhub::web
