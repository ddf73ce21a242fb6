#include "web/form_problems.h"

#include <cctype>
#include <set>

namespace sendhub::web {

void show_problems(ctemplate::TemplateDictionary& d, const std::vector<FieldProblem>& problems) {
  if (problems.empty()) return;
  auto* summary = d.AddIncludeDictionary("ERROR_SUMMARY");
  summary->SetFilename("error_summary.tpl");
  std::set<std::string> seen;
  for (const auto& p : problems) {
    if (!seen.insert(p.field).second) continue;  // one message per field, the first found
    auto* item = summary->AddSectionDictionary("ERROR");
    item->SetValue("FIELD", p.field);
    item->SetValue("MESSAGE", p.message);
    std::string upper;
    for (char c : p.field) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    d.SetValue(upper + "_GROUP_CLASS", "govuk-form-group--error");
    d.SetValue(upper + "_INPUT_CLASS", "govuk-input--error");
    d.AddSectionDictionary(upper + "_ERROR")->SetValue("MESSAGE", p.message);
  }
}

void password_fields(ctemplate::TemplateDictionary& d, const std::vector<FieldProblem>& problems) {
  auto* fields = d.AddIncludeDictionary("PASSWORD_FIELDS");
  fields->SetFilename("password_fields.tpl");
  show_problems(*fields, problems);
}

std::string page_title(std::string_view title, const std::vector<FieldProblem>& problems) {
  return (problems.empty() ? "" : "Error: ") + std::string(title);
}

}  // namespace sendhub::web
