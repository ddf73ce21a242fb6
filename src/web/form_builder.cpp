#include "web/form_builder.h"

#include <algorithm>

namespace sendhub::web {

FormBuilder::FormBuilder(ctemplate::TemplateDictionary& d, const FormFields& values, const std::vector<FieldProblem>& problems)
    : d_(d), values_(values), problems_(problems) {
  show_problems(d, problems);
}

FormBuilder FormBuilder::in_fields_of(ctemplate::TemplateDictionary& d, const FormFields& values,
                                      const std::vector<FieldProblem>& problems) {
  show_problems(d, problems);
  auto* fields = d.AddIncludeDictionary("FORM_FIELDS");
  fields->SetFilename("form_fields.tpl");
  return FormBuilder(*fields, values, problems);
}

ctemplate::TemplateDictionary* FormBuilder::field(const std::string& name, const char* kind) {
  auto* f = d_.AddSectionDictionary("FIELD");
  f->ShowSection(kind);
  f->SetValue("NAME", name);
  for (const auto& p : problems_)
    if (p.field == name) {
      f->SetValue("GROUP_CLASS", "govuk-form-group--error");
      f->AddSectionDictionary("ERROR")->SetValue("MESSAGE", p.message);
      break;
    }
  return f;
}

void FormBuilder::hidden(const std::string& name) { field(name, "IS_HIDDEN")->SetValue("VALUE", values_.get(name)); }

void FormBuilder::textarea(const std::string& name, const std::string& label, const std::string& hint, int rows) {
  auto* f = field(name, "IS_TEXTAREA");
  f->SetValue("LABEL", label);
  f->SetValue("VALUE", values_.get(name));
  f->SetIntValue("ROWS", rows);
  if (!hint.empty()) f->AddSectionDictionary("HINT")->SetValue("TEXT", hint);
  if (std::any_of(problems_.begin(), problems_.end(), [&](const FieldProblem& p) { return p.field == name; }))
    f->SetValue("ERROR_CLASS", "govuk-textarea--error");
}

void FormBuilder::input(const std::string& name, const std::string& label, const std::string& hint, const std::string& width,
                        bool numeric) {
  auto* f = field(name, "IS_INPUT");
  f->SetValue("LABEL", label);
  f->SetValue("VALUE", values_.get(name));
  f->SetValue("WIDTH", width);
  if (numeric) f->SetValue("INPUTMODE", "inputmode=\"decimal\"");
  if (!hint.empty()) f->AddSectionDictionary("HINT")->SetValue("TEXT", hint);
  if (std::any_of(problems_.begin(), problems_.end(), [&](const FieldProblem& p) { return p.field == name; }))
    f->SetValue("ERROR_CLASS", "govuk-input--error");
}

void FormBuilder::select(const std::string& name, const std::string& label, const Options& options) {
  auto* f = field(name, "IS_SELECT");
  f->SetValue("LABEL", label);
  const std::string chosen = values_.get(name);
  for (const auto& [value, text] : options) {
    auto* o = f->AddSectionDictionary("OPTION");
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", text);
    if (value == chosen) o->SetValue("SELECTED", "selected");
  }
  if (std::any_of(problems_.begin(), problems_.end(), [&](const FieldProblem& p) { return p.field == name; }))
    f->SetValue("ERROR_CLASS", "govuk-select--error");
}

void FormBuilder::choices(const std::string& name, const std::string& legend, const Options& options, const std::string& hint,
                          bool multiple, const std::string& when_empty) {
  auto* f = field(name, "IS_CHOOSE");
  f->SetValue("LEGEND", legend);
  f->SetValue("KIND_CLASS", multiple ? "govuk-checkboxes govuk-checkboxes--small" : "govuk-radios govuk-radios--small");
  f->SetValue("KIND_MODULE", multiple ? "govuk-checkboxes" : "govuk-radios");
  if (!hint.empty()) f->AddSectionDictionary("HINT")->SetValue("TEXT", hint);
  const auto chosen = values_.get_all(name);
  for (std::size_t i = 0; i < options.size(); ++i) {
    auto* o = f->AddSectionDictionary("OPTION");
    o->SetValue("OPTION_ID", i == 0 ? name : name + "-" + std::to_string(i + 1));
    o->SetValue("TYPE", multiple ? "checkbox" : "radio");
    o->SetValue("ITEM_CLASS", multiple ? "govuk-checkboxes__item" : "govuk-radios__item");
    o->SetValue("INPUT_CLASS", multiple ? "govuk-checkboxes__input" : "govuk-radios__input");
    o->SetValue("LABEL_CLASS", multiple ? "govuk-checkboxes__label" : "govuk-radios__label");
    o->SetValue("VALUE", options[i].first);
    o->SetValue("LABEL", options[i].second);
    if (std::find(chosen.begin(), chosen.end(), options[i].first) != chosen.end()) o->SetValue("CHECKED", "checked");
  }
  if (options.empty()) f->AddSectionDictionary("NO_OPTIONS")->SetValue("TEXT", when_empty);
}

void FormBuilder::radios(const std::string& name, const std::string& legend, const Options& options, const std::string& hint) {
  choices(name, legend, options, hint, false, "");
}

void FormBuilder::checkboxes(const std::string& name, const std::string& legend, const Options& options, const std::string& hint,
                             const std::string& when_empty) {
  choices(name, legend, options, hint, true, when_empty);
}

void FormBuilder::date(const std::string& name, const std::string& legend, const std::string& hint) {
  auto* f = d_.AddSectionDictionary("FIELD");
  auto* inc = f->AddIncludeDictionary("DATE");
  inc->SetFilename("date_input.tpl");
  inc->SetValue("NAME", name);
  inc->SetValue("LEGEND", legend);
  inc->SetValue("HINT", hint);
  std::string day = values_.get(name + "_day"), month = values_.get(name + "_month"), year = values_.get(name + "_year");
  const std::string whole = values_.get(name);
  if (day.empty() && month.empty() && year.empty() && whole.size() == 10) {
    year = whole.substr(0, 4);
    month = whole.substr(5, 2);
    day = whole.substr(8, 2);
    if (month[0] == '0') month.erase(0, 1);
    if (day[0] == '0') day.erase(0, 1);
  }
  inc->SetValue("DAY", day);
  inc->SetValue("MONTH", month);
  inc->SetValue("YEAR", year);
  for (const auto& p : problems_)
    if (p.field == name) {
      inc->SetValue("GROUP_CLASS", "govuk-form-group--error");
      inc->SetValue("INPUT_CLASS", "govuk-input--error");
      inc->AddSectionDictionary("ERROR")->SetValue("MESSAGE", p.message);
      break;
    }
}

std::string first_words(const std::string& text, std::size_t max_chars) {
  if (text.size() <= max_chars) return text;
  auto cut = text.rfind(' ', max_chars);
  if (cut == std::string::npos || cut < max_chars / 2) cut = max_chars;
  // Never cut inside a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

}  // namespace sendhub::web
