// GOV.UK error pattern for any form: an error summary linking to each field, and per field an
// error message and the error classes. A template shows them with {{>ERROR_SUMMARY}} and, for a
// field named "display_name", {{DISPLAY_NAME_GROUP_CLASS}}, {{DISPLAY_NAME_INPUT_CLASS}} and a
// {{#DISPLAY_NAME_ERROR}}{{MESSAGE}}{{/DISPLAY_NAME_ERROR}} section.
#pragma once

#include <ctemplate/template.h>

#include <string>
#include <vector>

#include "domain/identity/invitation_rules.h"
#include "web/form_decoder.h"

namespace sendhub::web {

using identity::FieldProblem;

void show_problems(ctemplate::TemplateDictionary& d, const std::vector<FieldProblem>& problems);

// The new-password and confirm fields ({{>PASSWORD_FIELDS}}), with their problems.
void password_fields(ctemplate::TemplateDictionary& d, const std::vector<FieldProblem>& problems);

// A GOV.UK date input ({{>INCLUDE}} of date_input.tpl) for field `name`, its three parts named
// NAME_day, NAME_month and NAME_year, kept as typed, with its problem if any.
void date_input(ctemplate::TemplateDictionary& d, const char* include, const std::string& name, std::string_view legend,
                std::string_view hint, const FormFields* typed, const std::vector<FieldProblem>& problems);
// "YYYY-MM-DD" from the three parts, or "" when all are empty (so "not given" can be told apart).
std::string date_from_parts(const FormFields& form, const std::string& name);

// "Error: " before the title when there are problems, as GOV.UK asks.
std::string page_title(std::string_view title, const std::vector<FieldProblem>& problems);

}  // namespace sendhub::web
