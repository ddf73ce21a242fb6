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

void date_input(ctemplate::TemplateDictionary& d, const char* include, const std::string& name, std::string_view legend,
                std::string_view hint, const FormFields* typed, const std::vector<FieldProblem>& problems) {
  auto* f = d.AddIncludeDictionary(include);
  f->SetFilename("date_input.tpl");
  f->SetValue("NAME", name);
  f->SetValue("LEGEND", std::string(legend));
  f->SetValue("HINT", std::string(hint));
  if (typed) {
    f->SetValue("DAY", typed->get(name + "_day"));
    f->SetValue("MONTH", typed->get(name + "_month"));
    f->SetValue("YEAR", typed->get(name + "_year"));
  }
  for (const auto& p : problems)
    if (p.field == name) {
      f->SetValue("GROUP_CLASS", "govuk-form-group--error");
      f->SetValue("INPUT_CLASS", "govuk-input--error");
      f->AddSectionDictionary("ERROR")->SetValue("MESSAGE", p.message);
      break;
    }
}

std::string date_from_parts(const FormFields& f, const std::string& name) {
  auto day = f.get(name + "_day"), month = f.get(name + "_month"), year = f.get(name + "_year");
  if (day.empty() && month.empty() && year.empty()) return "";
  auto two = [](std::string s) { return s.size() == 1 ? "0" + s : s; };
  return year + "-" + two(month) + "-" + two(day);
}

std::string page_title(std::string_view title, const std::vector<FieldProblem>& problems) {
  return (problems.empty() ? "" : "Error: ") + std::string(title);
}

}  // namespace sendhub::web
