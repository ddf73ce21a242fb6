// The plan editor's forms, one per kind of thing in the plan: how each is filled from what is
// saved, drawn with its questions, and turned into an edit of the plan (plan/plan_edits.h).
#pragma once

#include <string>
#include <string_view>

#include "app/plan/plan_editor.h"
#include "web/form_builder.h"

namespace sendhub::web {

struct PlanForm {
  std::string_view kind;  // "need", "outcome" … as in /cases/:id/plan/edit/:kind
  // The values of the item being changed (or the section asked for, when adding).
  void (*prefill)(FormFields& values, const plan::Plan& plan, const std::string& item, const std::string& section);
  std::string (*heading)(const FormFields& values);
  // The section the form edits, for the page's caption and the link back.
  std::string (*section)(const FormFields& values, const plan::Plan& plan);
  void (*draw)(FormBuilder& form, const plan::Plan& plan, const FormFields& values);
  app::PlanEdit (*edit)(const FormFields& values, const std::string& today);
};

// nullptr for a kind there is no form for.
const PlanForm* plan_form(std::string_view kind);

}  // namespace sendhub::web
