#include "web/plan_view.h"

#include "domain/calendar/date.h"
#include "domain/plan/plan_words.h"
#include "domain/plan/vocabulary.h"

namespace sendhub::web {
namespace {

using ctemplate::TemplateDictionary;

std::string long_date_of(const std::string& ymd) {
  auto d = calendar::parse_date(ymd);
  return d ? calendar::format_long_date(*d) : ymd;
}

// Item ids as links to the items in the same document ("b1, c1").
void links(TemplateDictionary& row, const char* section, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  auto* s = row.AddSectionDictionary(section);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto* l = s->AddSectionDictionary("LINK");
    l->SetValue("ID", ids[i]);
    if (i + 1 < ids.size()) l->ShowSection("COMMA");
  }
}

void editable(TemplateDictionary& row, const PlanDrawing& how, const std::string& form, const std::string& id) {
  if (!how.editing) return;
  auto* e = row.AddSectionDictionary("EDIT");
  e->SetValue("CASE_ID", how.case_id);
  e->SetValue("FORM", form);
  e->SetValue("ID", id);
  e->SetValue("CSRF_TOKEN", how.csrf_token);
}

void statement(TemplateDictionary& d, const char* name, const std::optional<std::string>& text, bool has_items,
               const PlanDrawing& how, const std::string& section) {
  if (has_items) return;
  auto* s = d.AddSectionDictionary(name);
  if (text) s->AddSectionDictionary("STATEMENT")->SetValue("TEXT", *text);
  else s->ShowSection("NOT_YET");
  if (how.editing) {
    auto* e = s->AddSectionDictionary("EDIT_STATEMENT");
    e->SetValue("CASE_ID", how.case_id);
    e->SetValue("SECTION", section);
  }
}

void need_rows(TemplateDictionary& d, const plan::Plan& p, const char* section, const char* name, const PlanDrawing& how) {
  for (const auto& n : p.needs) {
    if (n.section != section) continue;
    auto* row = d.AddSectionDictionary(name);
    row->SetValue("ID", n.id);
    row->SetValue("AREA", std::string(plan::label_of(plan::need_areas(), n.area)));
    row->SetValue("TEXT", n.text);
    editable(*row, how, "need", n.id);
  }
}

void provision_rows(TemplateDictionary& d, const plan::Plan& p, const std::string& section, const PlanDrawing& how) {
  auto* s = d.AddSectionDictionary("PROVISION_SECTION");
  s->SetValue("SECTION", section);
  s->SetValue("HEADING", std::string(plan::label_of(plan::provision_sections(), section)));
  s->SetValue("ANCHOR", section == "H1" ? "h1" : section == "H2" ? "h2" : std::string(1, static_cast<char>(section[0] - 'A' + 'a')));
  bool any = false;
  for (const auto& f : p.provision) {
    if (f.section != section) continue;
    any = true;
    auto* row = s->AddSectionDictionary("ITEM");
    row->SetValue("ID", f.id);
    row->SetValue("TEXT", f.text);
    using Fact = std::pair<const char*, std::string>;
    for (const auto& [label, value] : {Fact{"What", f.what.value_or("")}, Fact{"Who provides it", f.who.value_or("")},
                                       Fact{"How often", plan::describe_frequency(f.frequency)},
                                       Fact{"How long each time", plan::describe_minutes(f.session_minutes)},
                                       Fact{"Group size", f.group.value_or("")}}) {
      if (value.empty()) continue;
      auto* fact = row->AddSectionDictionary("FACT");
      fact->SetValue("LABEL", label);
      fact->SetValue("VALUE", value);
    }
    row->SetValue("DELIVERY", std::string(plan::label_of(plan::deliveries(), f.delivery)));
    links(*row, "NEEDS", f.need_ids);
    links(*row, "OUTCOMES", f.outcome_ids);
    if (f.pfa) row->ShowSection("PFA");
    if (f.funding_only) row->ShowSection("FUNDING_ONLY");
    if (f.direct_payment) row->ShowSection("DIRECT_PAYMENT");
    editable(*row, how, "provision", f.id);
  }
  const auto sec = plan::section_from_string(section);
  if (const auto* text = plan::no_needs_statement(p.no_needs, *sec); text && !any)
    statement(*s, "EMPTY", *text, false, how, section);
  if (how.editing) {
    auto* add = s->AddSectionDictionary("ADD");
    add->SetValue("CASE_ID", how.case_id);
    add->SetValue("SECTION", section);
  }
}

}  // namespace

std::string plan_status_words(const plan::Plan& p, bool working_copy) {
  if (working_copy) return "Working copy (not yet sent)";
  return (p.status == "final" ? "Final plan" : "Draft for comments") + std::string(" (version ") + std::to_string(p.version) + ")";
}

void draw_plan(TemplateDictionary& doc, const plan::Plan& p, const PlanDrawing& how) {
  doc.SetFilename("plan_document.tpl");
  doc.SetValue("CASE_ID", how.case_id);
  doc.SetValue("CHILD_NAME", p.child.name);
  doc.SetValue("DATE_OF_BIRTH", long_date_of(p.child.date_of_birth));
  doc.SetValue("YEAR_GROUP", p.child.year_group == "R" ? "Reception" : p.child.year_group == "X" ? "Not in a year group"
                             : std::isdigit(static_cast<unsigned char>(p.child.year_group.empty() ? 'x' : p.child.year_group[0]))
                                 ? "Year " + p.child.year_group : p.child.year_group);
  doc.SetValue("SETTING", p.child.setting);
  doc.SetValue("PLAN_DATE", long_date_of(p.plan_date));
  if (p.local_authority) doc.SetValue("AUTHORITY", p.local_authority->name);
  if (p.next_review_due) doc.AddSectionDictionary("NEXT_REVIEW")->SetValue("DATE", long_date_of(*p.next_review_due));
  if (p.last_review_date) doc.AddSectionDictionary("LAST_REVIEW")->SetValue("DATE", long_date_of(*p.last_review_date));
  if (how.editing) {
    auto* add = doc.AddSectionDictionary("ADD_VOICE");
    add->SetValue("CASE_ID", how.case_id);
  }
  if (p.section_a && !p.section_a->items.empty()) {
    doc.SetValue("A_UPDATED", long_date_of(p.section_a->updated));
    for (const auto& a : p.section_a->items) {
      auto* row = doc.AddSectionDictionary("VOICE");
      row->SetValue("ID", a.id);
      row->SetValue("KIND", std::string(plan::label_of(plan::section_a_kinds(), a.kind)));
      if (a.voice) row->AddSectionDictionary("WHOSE")->SetValue("VOICE", std::string(plan::label_of(plan::voices(), *a.voice)));
      row->SetValue("TEXT", a.text);
      editable(*row, how, "voice", a.id);
    }
  } else {
    doc.ShowSection("NO_VOICES");
  }
  need_rows(doc, p, "B", "NEED_B", how);
  need_rows(doc, p, "C", "NEED_C", how);
  need_rows(doc, p, "D", "NEED_D", how);
  const auto has = [&](const char* s) { return std::any_of(p.needs.begin(), p.needs.end(), [&](const plan::Need& n) { return n.section == s; }); };
  if (!has("B")) doc.ShowSection("NO_B");
  statement(doc, "EMPTY_C", p.no_needs.c, has("C"), how, "C");
  statement(doc, "EMPTY_D", p.no_needs.d, has("D"), how, "D");
  if (how.editing)
    for (const char* s : {"ADD_NEED_B", "ADD_NEED_C", "ADD_NEED_D", "ADD_OUTCOME", "EDIT_PLACEMENT", "EDIT_BUDGET"})
      doc.AddSectionDictionary(s)->SetValue("CASE_ID", how.case_id);
  for (const auto& o : p.outcomes) {
    auto* row = doc.AddSectionDictionary("OUTCOME");
    row->SetValue("ID", o.id);
    row->SetValue("TEXT", o.text);
    if (o.by) row->AddSectionDictionary("BY")->SetValue("WHEN", plan::describe_by(o.by));
    row->SetValue("YORK", o.york_outcome);
    if (o.pfa_area) row->AddSectionDictionary("PFA")->SetValue("AREA", std::string(plan::label_of(plan::pfa_areas(), *o.pfa_area)));
    links(*row, "NEEDS", o.need_ids);
    links(*row, "VIEWS", o.voice_ids);
    editable(*row, how, "outcome", o.id);
  }
  if (p.outcomes.empty()) doc.ShowSection("NO_OUTCOMES");
  for (const char* s : {"F", "G", "H1", "H2"}) provision_rows(doc, p, s, how);
  if (!p.placement.included) doc.ShowSection("NO_SECTION_I");
  else if (!p.placement.content) doc.ShowSection("NO_PLACEMENT");
  else {
    auto* pl = doc.AddSectionDictionary("PLACEMENT");
    pl->SetValue("NAME", p.placement.content->name.value_or("No school or setting named; type only"));
    pl->SetValue("TYPE", p.placement.content->type);
    if (p.placement.content->urn) pl->AddSectionDictionary("URN")->SetValue("URN", *p.placement.content->urn);
    if (p.placement.content->ukprn) pl->AddSectionDictionary("UKPRN")->SetValue("UKPRN", *p.placement.content->ukprn);
  }
  if (!p.personal_budget.included) doc.ShowSection("NO_SECTION_J");
  else if (!p.personal_budget.content) doc.ShowSection("NO_BUDGET");
  else {
    const auto& b = *p.personal_budget.content;
    auto* budget = doc.AddSectionDictionary("BUDGET");
    budget->SetValue("HOW", b.direct_payment ? "Paid to the family as a direct payment" : "Managed by the council for the family");
    if (auto amount = plan::describe_number(b.amount_per_year); !amount.empty()) budget->AddSectionDictionary("AMOUNT")->SetValue("POUNDS", amount);
    if (b.details) budget->AddSectionDictionary("DETAILS")->SetValue("TEXT", *b.details);
    links(*budget, "COVERS", b.provision_ids);
  }
  for (const auto& a : p.advice) {
    auto* row = doc.AddSectionDictionary("ADVICE");
    row->SetValue("ID", a.id);
    row->SetValue("FROM", std::string(plan::label_of(plan::advice_roles(), a.from_role)));
    row->SetValue("AUTHOR", a.author.value_or("Not recorded"));
    row->SetValue("DATE", a.date ? long_date_of(*a.date) : "Not recorded");
    if (a.summary) row->AddSectionDictionary("SUMMARY")->SetValue("TEXT", *a.summary);
    for (const auto& r : a.recommendations) {
      auto* rec = row->AddSectionDictionary("RECOMMENDATION");
      rec->SetValue("ID", r.id);
      rec->SetValue("TEXT", r.text);
      links(*rec, "CARRIED_BY", r.mapped_to);
      if (r.not_included_reason) rec->AddSectionDictionary("LEFT_OUT")->SetValue("REASON", *r.not_included_reason);
      if (r.mapped_to.empty() && !r.not_included_reason) rec->ShowSection("NOT_DECIDED");
      editable(*rec, how, "mapping", r.id);
    }
  }
  if (p.advice.empty()) doc.ShowSection("NO_ADVICE");
}

}  // namespace sendhub::web
