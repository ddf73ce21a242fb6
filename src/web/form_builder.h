// GOV.UK form fields in the order a form asks them, for templates that loop over {{#FIELD}}
// (plan_form.tpl): text areas, inputs, selects, radios, checkboxes and dates, each with its
// error message and what was typed kept.
#pragma once

#include <ctemplate/template.h>

#include <string>
#include <utility>
#include <vector>

#include "web/form_decoder.h"
#include "web/form_problems.h"

namespace sendhub::web {

using Options = std::vector<std::pair<std::string, std::string>>;  // value, label

class FormBuilder {
 public:
  // Draws the fields into the template's {{>FORM_FIELDS}} (form_fields.tpl); the error summary
  // goes in d itself.
  static FormBuilder in_fields_of(ctemplate::TemplateDictionary& d, const FormFields& values, const std::vector<FieldProblem>& problems);
  // values: what the form holds now (typed, or taken from what is saved).
  FormBuilder(ctemplate::TemplateDictionary& d, const FormFields& values, const std::vector<FieldProblem>& problems);

  void hidden(const std::string& name);
  void textarea(const std::string& name, const std::string& label, const std::string& hint = "", int rows = 4);
  void input(const std::string& name, const std::string& label, const std::string& hint = "",
             const std::string& width = "govuk-input--width-20", bool numeric = false);
  void select(const std::string& name, const std::string& label, const Options& options);
  void radios(const std::string& name, const std::string& legend, const Options& options, const std::string& hint = "");
  void checkboxes(const std::string& name, const std::string& legend, const Options& options, const std::string& hint = "",
                  const std::string& when_empty = "There is nothing to choose yet.");
  // A GOV.UK date input whose value is YYYY-MM-DD in `name`, or typed in NAME_day/_month/_year.
  void date(const std::string& name, const std::string& legend, const std::string& hint);

 private:
  ctemplate::TemplateDictionary* field(const std::string& name, const char* kind);
  void choices(const std::string& name, const std::string& legend, const Options& options, const std::string& hint,
               bool multiple, const std::string& when_empty);

  ctemplate::TemplateDictionary& d_;
  const FormFields& values_;
  const std::vector<FieldProblem>& problems_;
};

std::string first_words(const std::string& text, std::size_t max_chars = 90);

}  // namespace sendhub::web
