#include "web/plan_forms.h"

#include <algorithm>

#include "domain/plan/plan_words.h"
#include "domain/plan/vocabulary.h"

namespace sendhub::web {
namespace {

using plan::Plan;

Options options_of(std::span<const plan::Term> terms) {
  Options out;
  for (const auto& t : terms) out.emplace_back(std::string(t.code), std::string(t.label));
  return out;
}

void set_all(FormFields& v, const std::string& name, const std::vector<std::string>& values) {
  for (const auto& x : values) v.add(name, x);
}

std::string opt(const std::optional<std::string>& s) { return s.value_or(""); }

Options need_options(const Plan& p) {
  Options out;
  for (const auto& n : p.needs) out.emplace_back(n.id, n.id + ": " + first_words(n.text));
  return out;
}

Options outcome_options(const Plan& p) {
  Options out;
  for (const auto& o : p.outcomes) out.emplace_back(o.id, o.id + ": " + first_words(o.text));
  return out;
}

Options provision_and_outcome_options(const Plan& p) {
  Options out;
  for (const auto& f : p.provision) out.emplace_back(f.id, f.id + " (section " + f.section + "): " + first_words(f.text));
  for (const auto& o : p.outcomes) out.emplace_back(o.id, o.id + " (outcome): " + first_words(o.text));
  return out;
}

// --- section A ---

void voice_prefill(FormFields& v, const Plan& p, const std::string& item, const std::string&) {
  if (!p.section_a) return;
  for (const auto& a : p.section_a->items)
    if (a.id == item) {
      v.add("kind", a.kind);
      v.add("voice", opt(a.voice));
      v.add("text", a.text);
      if (a.direct_quote) v.add("direct_quote", "yes");
    }
}

void voice_draw(FormBuilder& f, const Plan&, const FormFields&) {
  f.radios("kind", "What is this about?", options_of(plan::section_a_kinds()));
  Options voices = options_of(plan::voices());
  voices.emplace_back("", "Not recorded");
  f.radios("voice", "Whose view is it?", voices);
  f.textarea("text", "The view", "Use the person's own words where you can, with quotation marks for a direct quote.", 5);
  f.checkboxes("direct_quote", "Own words", {{"yes", "These are the person's own words, exactly as said or written"}});
}

app::PlanEdit voice_edit(const FormFields& v, const std::string& today) {
  plan::VoiceForm form{v.get("item"), v.get("kind"), v.get("voice"), v.get("text"), v.get("direct_quote") == "yes"};
  return [form, today](Plan& p) { return plan::put_voice(p, form, today); };
}

// --- sections B, C, D ---

void need_prefill(FormFields& v, const Plan& p, const std::string& item, const std::string& section) {
  for (const auto& n : p.needs)
    if (n.id == item) {
      v.add("section", n.section);
      v.add("area", n.area);
      v.add("text", n.text);
      return;
    }
  v.add("section", section.empty() ? "B" : section);
}

void need_draw(FormBuilder& f, const Plan&, const FormFields&) {
  f.radios("section", "What kind of need is it?",
           {{"B", "Special educational need (section B)"}, {"C", "Health care need (section C)"}, {"D", "Social care need (section D)"}});
  Options areas;
  for (const auto& t : plan::need_areas())
    if (plan::area_fits_section(t.code, "B")) areas.emplace_back(std::string(t.code), std::string(t.label));
  f.radios("area", "Area of special educational need", areas, "Only for section B. Health and social care needs have one area each.");
  f.textarea("text", "The need", "Say what the child finds hard and how it affects their learning and daily life.", 5);
}

app::PlanEdit need_edit(const FormFields& v, const std::string&) {
  plan::NeedForm form{v.get("item"), v.get("section"), v.get("area"), v.get("text")};
  return [form](Plan& p) { return plan::put_need(p, form); };
}

// --- section E ---

void outcome_prefill(FormFields& v, const Plan& p, const std::string& item, const std::string&) {
  for (const auto& o : p.outcomes)
    if (o.id == item) {
      v.add("text", o.text);
      if (o.by && calendar::parse_date(*o.by)) {
        v.add("by_kind", "date");
        v.add("by_date", *o.by);
      } else if (o.by && plan::is_phase_end(*o.by)) {
        v.add("by_kind", "phase");
        v.add("by_phase", *o.by);
      } else {
        v.add("by_kind", "");
      }
      v.add("york_outcome", o.york_outcome);
      v.add("pfa_area", opt(o.pfa_area));
      set_all(v, "need_ids", o.need_ids);
      set_all(v, "voice_ids", o.voice_ids);
    }
}

void outcome_draw(FormBuilder& f, const Plan& p, const FormFields&) {
  f.textarea("text", "The outcome", "What the child will be able to do, and by when. Make it specific and measurable.", 4);
  f.radios("by_kind", "By when?", {{"date", "By a date"}, {"phase", "By the end of a stage or year"}, {"", "No target date"}});
  f.date("by_date", "Date", "For example, 16 7 2027.");
  Options phases{{"", "Choose a stage"}};
  for (const auto& t : plan::phase_ends()) phases.emplace_back(std::string(t.code), std::string(t.label));
  f.select("by_phase", "Stage or year", phases);
  f.radios("york_outcome", "Which York outcome does it serve?", options_of(plan::york_outcomes()));
  Options pfa = options_of(plan::pfa_areas());
  pfa.emplace_back("", "None");
  f.radios("pfa_area", "Preparing for adulthood", pfa, "From year 9, outcomes should prepare the young person for adult life.");
  f.checkboxes("need_ids", "Which needs does it address?", need_options(p), "", "Add the needs first.");
  Options views;
  if (p.section_a)
    for (const auto& a : p.section_a->items) views.emplace_back(a.id, a.id + ": " + first_words(a.text));
  f.checkboxes("voice_ids", "Which views or hopes in section A does it follow from?", views, "", "Section A is empty.");
}

app::PlanEdit outcome_edit(const FormFields& v, const std::string&) {
  plan::OutcomeForm form{v.get("item"), v.get("text"), v.get("by_kind"), date_from_parts(v, "by_date"), v.get("by_phase"),
                         v.get("york_outcome"), v.get("pfa_area"), v.get_all("need_ids"), v.get_all("voice_ids")};
  return [form](Plan& p) { return plan::put_outcome(p, form); };
}

// --- sections F, G, H1, H2 ---

void provision_prefill(FormFields& v, const Plan& p, const std::string& item, const std::string& section) {
  for (const auto& f : p.provision)
    if (f.id == item) {
      v.add("section", f.section);
      v.add("text", f.text);
      v.add("what", opt(f.what));
      v.add("who", opt(f.who));
      v.add("delivery", f.delivery);
      if (const auto* q = std::get_if<plan::Frequency>(&f.frequency)) {
        v.add("count", plan::describe_number(q->count));
        v.add("per", q->per);
      }
      v.add("minutes", std::holds_alternative<std::int64_t>(f.session_minutes) ? plan::describe_number(f.session_minutes) : "");
      v.add("group", opt(f.group));
      set_all(v, "need_ids", f.need_ids);
      set_all(v, "outcome_ids", f.outcome_ids);
      if (f.pfa) v.add("flags", "pfa");
      if (f.funding_only) v.add("flags", "funding_only");
      if (f.direct_payment) v.add("flags", "direct_payment");
      return;
    }
  v.add("section", section.empty() ? "F" : section);
  v.add("delivery", "direct");
}

void provision_draw(FormBuilder& f, const Plan& p, const FormFields&) {
  f.radios("section", "What kind of provision is it?", options_of(plan::provision_sections()));
  f.textarea("text", "The provision, as the plan will say it",
             "Say exactly what will be done, by whom, how often and for how long, so that nobody can be in doubt.", 4);
  f.input("what", "In a few words, what is it?", "For example, speech and language therapy.");
  f.input("who", "Who provides it?", "Their role, and any qualification or training they need.");
  f.radios("delivery", "How is it given?", options_of(plan::deliveries()));
  f.input("count", "How many sessions?", "A number, such as 1 or 2. Leave empty for equipment or arrangements.", "govuk-input--width-3", true);
  Options units{{"", "Choose how often"}};
  for (const auto& t : plan::frequency_units()) units.emplace_back(std::string(t.code), std::string(t.label));
  f.select("per", "How often?", units);
  f.input("minutes", "How long is each session, in minutes?", "", "govuk-input--width-4", true);
  f.input("group", "Group size", "For example, 1:1, or a group of 4.", "govuk-input--width-10");
  f.checkboxes("need_ids", "Which needs does it meet?", need_options(p), "", "Add the needs first.");
  f.checkboxes("outcome_ids", "Which outcomes does it work towards?", outcome_options(p), "", "Add the outcomes first.");
  f.checkboxes("flags", "Also", {{"pfa", "It prepares the young person for adulthood"},
                                 {"funding_only", "It is funding (for example a banding), not provision itself"},
                                 {"direct_payment", "It is paid for by a direct payment"}});
}

app::PlanEdit provision_edit(const FormFields& v, const std::string&) {
  const auto flags = v.get_all("flags");
  const auto has = [&](const char* f) { return std::find(flags.begin(), flags.end(), f) != flags.end(); };
  plan::ProvisionForm form{v.get("item"), v.get("section"), v.get("text"), v.get("what"), v.get("who"), v.get("delivery"),
                           v.get("count"), v.get("per"), v.get("minutes"), v.get("group"), v.get_all("need_ids"),
                           v.get_all("outcome_ids"), has("pfa"), has("funding_only"), has("direct_payment")};
  return [form](Plan& p) { return plan::put_provision(p, form); };
}

// --- "nothing in this section" ---

void statement_prefill(FormFields& v, const Plan& p, const std::string&, const std::string& section) {
  v.add("section", section);
  if (auto s = plan::section_from_string(section))
    if (const auto* text = plan::no_needs_statement(p.no_needs, *s); text && *text) v.add("statement", **text);
}

std::string statement_words(const std::string& section) {
  if (section == "C") return "No health care needs relating to special educational needs or disability have been identified.";
  if (section == "D") return "No social care needs relating to special educational needs or disability have been identified.";
  if (section == "G") return "No health care provision is required.";
  if (section == "H1") return "No social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required.";
  return "No other social care provision is required.";
}

void statement_draw(FormBuilder& f, const Plan&, const FormFields& v) {
  f.hidden("section");
  f.textarea("statement", "What the plan says instead",
             "For example: " + statement_words(v.get("section")) + " Leave it empty to take the statement out.", 3);
}

app::PlanEdit statement_edit(const FormFields& v, const std::string&) {
  const std::string section = v.get("section"), text = v.get("statement");
  return [section, text](Plan& p) { return plan::put_statement(p, section, text); };
}

// --- section I ---

void placement_prefill(FormFields& v, const Plan& p, const std::string&, const std::string&) {
  if (!p.placement.content) return;
  v.add("name", opt(p.placement.content->name));
  v.add("type", p.placement.content->type);
  v.add("urn", opt(p.placement.content->urn));
  v.add("ukprn", opt(p.placement.content->ukprn));
}

void placement_draw(FormBuilder& f, const Plan&, const FormFields&) {
  f.input("name", "Name of the school or setting", "Leave everything empty while no setting is named, as in most drafts.");
  f.input("type", "Type of school or setting", "For example, mainstream primary school, or special school for pupils with autism.");
  f.input("urn", "URN (unique reference number)", "6 digits, from Get Information about Schools.", "govuk-input--width-10", true);
  f.input("ukprn", "UKPRN", "8 digits, for colleges and other post-16 providers.", "govuk-input--width-10", true);
}

app::PlanEdit placement_edit(const FormFields& v, const std::string&) {
  plan::PlacementForm form{v.get("name"), v.get("urn"), v.get("ukprn"), v.get("type")};
  return [form](Plan& p) { return plan::put_placement(p, form); };
}

// --- section J ---

void budget_prefill(FormFields& v, const Plan& p, const std::string&, const std::string&) {
  if (!p.personal_budget.content) {
    v.add("has_budget", "no");
    return;
  }
  const auto& b = *p.personal_budget.content;
  v.add("has_budget", b.direct_payment ? "direct" : "managed");
  v.add("amount", plan::describe_number(b.amount_per_year));
  v.add("details", opt(b.details));
  set_all(v, "provision_ids", b.provision_ids);
}

void budget_draw(FormBuilder& f, const Plan& p, const FormFields&) {
  f.radios("has_budget", "Is there a personal budget?",
           {{"no", "No personal budget"}, {"managed", "Yes, managed by the council"}, {"direct", "Yes, paid as a direct payment"}});
  f.input("amount", "Amount a year, in pounds", "", "govuk-input--width-10", true);
  Options items;
  for (const auto& x : p.provision) items.emplace_back(x.id, x.id + " (section " + x.section + "): " + first_words(x.text));
  f.checkboxes("provision_ids", "What does it pay for?", items, "", "Add the provision first.");
  f.textarea("details", "Details", "How the budget is used and who manages it.", 3);
}

app::PlanEdit budget_edit(const FormFields& v, const std::string&) {
  const std::string kind = v.get("has_budget");
  plan::BudgetForm form{kind == "managed" || kind == "direct", kind == "direct", v.get("amount"), v.get("details"), v.get_all("provision_ids")};
  if (kind != "no" && kind != "managed" && kind != "direct")
    return [](Plan&) { return plan::EditResult{{{"has_budget", "Select whether there is a personal budget"}}, {plan::Section::j}, ""}; };
  return [form](Plan& p) { return plan::put_budget(p, form); };
}

// --- section K ---

void mapping_prefill(FormFields& v, const Plan& p, const std::string& item, const std::string&) {
  for (const auto& a : p.advice)
    for (const auto& r : a.recommendations)
      if (r.id == item) {
        set_all(v, "mapped_to", r.mapped_to);
        v.add("not_included_reason", opt(r.not_included_reason));
      }
}

void mapping_draw(FormBuilder& f, const Plan& p, const FormFields& v) {
  std::string said;
  for (const auto& a : p.advice)
    for (const auto& r : a.recommendations)
      if (r.id == v.get("item")) said = "The advice says: " + r.text;
  f.checkboxes("mapped_to", "Which parts of the plan carry this recommendation?", provision_and_outcome_options(p), said,
               "Add provision or outcomes first.");
  f.textarea("not_included_reason", "If it is left out, or included only in part, why?",
             "The family and the adviser will read this. Leave it empty if the plan carries the recommendation in full.", 3);
}

app::PlanEdit mapping_edit(const FormFields& v, const std::string&) {
  plan::MappingForm form{v.get("item"), v.get_all("mapped_to"), v.get("not_included_reason")};
  return [form](Plan& p) { return plan::put_mapping(p, form); };
}

std::string fixed(const FormFields&, const Plan&, const char* s) { return s; }

const PlanForm forms[] = {
    {"voice", voice_prefill,
     [](const FormFields& v) { return std::string(v.get("item").empty() ? "Add to section A: about me" : "Change section A"); },
     [](const FormFields& v, const Plan& p) { return fixed(v, p, "A"); }, voice_draw, voice_edit},
    {"need", need_prefill,
     [](const FormFields& v) { return std::string(v.get("item").empty() ? "Add a need" : "Change need " + v.get("item")); },
     [](const FormFields& v, const Plan&) { return v.get("section").empty() ? std::string("B") : v.get("section"); }, need_draw, need_edit},
    {"outcome", outcome_prefill,
     [](const FormFields& v) { return std::string(v.get("item").empty() ? "Add an outcome" : "Change outcome " + v.get("item")); },
     [](const FormFields& v, const Plan& p) { return fixed(v, p, "E"); }, outcome_draw, outcome_edit},
    {"provision", provision_prefill,
     [](const FormFields& v) { return std::string(v.get("item").empty() ? "Add provision" : "Change provision " + v.get("item")); },
     [](const FormFields& v, const Plan&) { return v.get("section").empty() ? std::string("F") : v.get("section"); }, provision_draw,
     provision_edit},
    {"statement", statement_prefill,
     [](const FormFields& v) { return "Say that section " + v.get("section") + " has nothing in it"; },
     [](const FormFields& v, const Plan&) { return v.get("section"); }, statement_draw, statement_edit},
    {"placement", placement_prefill, [](const FormFields&) { return std::string("The school or setting named in the plan"); },
     [](const FormFields& v, const Plan& p) { return fixed(v, p, "I"); }, placement_draw, placement_edit},
    {"budget", budget_prefill, [](const FormFields&) { return std::string("Personal budget"); },
     [](const FormFields& v, const Plan& p) { return fixed(v, p, "J"); }, budget_draw, budget_edit},
    {"mapping", mapping_prefill,
     [](const FormFields& v) { return "How recommendation " + v.get("item") + " is carried into the plan"; },
     [](const FormFields& v, const Plan& p) { return fixed(v, p, "K"); }, mapping_draw, mapping_edit},
};

}  // namespace

const PlanForm* plan_form(std::string_view kind) {
  for (const auto& f : forms)
    if (f.kind == kind) return &f;
  return nullptr;
}

}  // namespace sendhub::web
