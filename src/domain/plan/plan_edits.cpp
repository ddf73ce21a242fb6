#include "domain/plan/plan_edits.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "domain/calendar/date.h"
#include "domain/plan/plan_validity.h"
#include "domain/plan/vocabulary.h"

namespace sendhub::plan {
namespace {

constexpr std::size_t text_limit = 5000, short_limit = 300;

std::optional<std::string> maybe(const std::string& s) { return s.empty() ? std::nullopt : std::optional(s); }

void long_text(EditResult& r, const std::string& field, const std::string& value, const char* missing) {
  if (is_blank(value)) r.problems.push_back({field, missing});
  else if (value.size() > text_limit) r.problems.push_back({field, "Keep this to 5,000 characters or fewer"});
}

void short_text(EditResult& r, const std::string& field, const std::string& value) {
  if (value.size() > short_limit) r.problems.push_back({field, "Keep this to 300 characters or fewer"});
}

template <class T>
T* find_item(std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
  return it == items.end() ? nullptr : &*it;
}

// Every id in `ids` names an item of the given list, and none twice.
template <class T>
bool all_known(const std::vector<T>& items, const std::vector<std::string>& ids) {
  return std::all_of(ids.begin(), ids.end(), [&](const std::string& id) {
    return std::any_of(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
  });
}

std::vector<std::string> unique(const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids)
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  return out;
}

std::optional<std::int64_t> whole_number(const std::string& s) {
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return n;
}

std::optional<double> positive_number(const std::string& s) {
  double d = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (s.empty() || ec != std::errc{} || end != s.data() + s.size() || !(d > 0) || d > 1000) return std::nullopt;
  return d;
}

Section need_section(const std::string& s) { return s == "C" ? Section::c : s == "D" ? Section::d : Section::b; }

}  // namespace

std::optional<Section> section_of_item(const Plan& plan, const std::string& id) {
  if (plan.section_a)
    for (const auto& a : plan.section_a->items)
      if (a.id == id) return Section::a;
  for (const auto& n : plan.needs)
    if (n.id == id) return need_section(n.section);
  for (const auto& o : plan.outcomes)
    if (o.id == id) return Section::e;
  for (const auto& f : plan.provision)
    if (f.id == id) return section_from_string(f.section);
  for (const auto& a : plan.advice) {
    if (a.id == id) return Section::k;
    for (const auto& r : a.recommendations)
      if (r.id == id) return Section::k;
  }
  return std::nullopt;
}

std::string next_id(const Plan& plan, Section section) {
  std::string prefix;
  switch (section) {
    case Section::h1: prefix = "h1-"; break;
    case Section::h2: prefix = "h2-"; break;
    case Section::e: prefix = "o"; break;
    default:
      prefix = std::string(to_string(section));
      prefix[0] = static_cast<char>(prefix[0] - 'A' + 'a');
  }
  for (int n = 1;; ++n)
    if (!section_of_item(plan, prefix + std::to_string(n))) return prefix + std::to_string(n);
}

EditResult put_voice(Plan& plan, const VoiceForm& form, const std::string& today) {
  EditResult r{{}, {Section::a}, form.id};
  if (!is_one_of(section_a_kinds(), form.kind)) r.problems.push_back({"kind", "Select what this is about"});
  if (!form.voice.empty() && !is_one_of(voices(), form.voice)) r.problems.push_back({"voice", "Select whose view this is"});
  long_text(r, "text", form.text, "Enter the view, in the person's words where you can");
  SectionAItem* existing = nullptr;
  if (!form.id.empty() && plan.section_a) existing = find_item(plan.section_a->items, form.id);
  if (!form.id.empty() && !existing) r.problems.push_back({"text", "This part of section A has been removed; add it again"});
  if (!r.problems.empty()) return r;
  if (!plan.section_a) plan.section_a = SectionA{today, {}};
  plan.section_a->updated = today;
  SectionAItem item{form.id.empty() ? next_id(plan, Section::a) : form.id, form.kind, maybe(form.voice), form.direct_quote, form.text};
  r.item_id = item.id;
  if (existing) *existing = std::move(item);
  else plan.section_a->items.push_back(std::move(item));
  return r;
}

EditResult put_need(Plan& plan, const NeedForm& form) {
  EditResult r{{}, {need_section(form.section)}, form.id};
  if (form.section != "B" && form.section != "C" && form.section != "D")
    r.problems.push_back({"section", "Select whether this is an educational, health or social care need"});
  const std::string area = form.section == "C" ? "health" : form.section == "D" ? "social_care" : form.area;
  if (form.section == "B" && !area_fits_section(area, "B")) r.problems.push_back({"area", "Select the area of need"});
  long_text(r, "text", form.text, "Enter the need, saying what the child finds hard and how it affects them");
  Need* existing = form.id.empty() ? nullptr : find_item(plan.needs, form.id);
  if (!form.id.empty() && !existing) r.problems.push_back({"text", "This need has been removed; add it again"});
  if (!r.problems.empty()) return r;
  const Section sec = need_section(form.section);
  if (existing && existing->section != form.section) r.touched.push_back(need_section(existing->section));
  Need n{form.id.empty() ? next_id(plan, sec) : form.id, form.section, area, form.text};
  r.item_id = n.id;
  if (existing) *existing = std::move(n);
  else plan.needs.push_back(std::move(n));
  if (auto* statement = no_needs_statement(plan.no_needs, sec)) *statement = std::nullopt;
  return r;
}

EditResult put_outcome(Plan& plan, const OutcomeForm& form) {
  EditResult r{{}, {Section::e}, form.id};
  long_text(r, "text", form.text, "Enter the outcome: what the child will be able to do, and by when");
  std::optional<std::string> by;
  if (form.by_kind == "date") {
    if (!calendar::parse_date(form.by_date)) r.problems.push_back({"by_date", "Enter a real date, for example 17 7 2027"});
    else by = form.by_date;
  } else if (form.by_kind == "phase") {
    if (!is_phase_end(form.by_phase)) r.problems.push_back({"by_phase", "Select the stage by which it should be reached"});
    else by = form.by_phase;
  } else if (!form.by_kind.empty()) {
    r.problems.push_back({"by_kind", "Select when the outcome should be reached"});
  }
  if (!is_one_of(york_outcomes(), form.york_outcome)) r.problems.push_back({"york_outcome", "Select the York outcome it serves"});
  if (!form.pfa_area.empty() && !is_one_of(pfa_areas(), form.pfa_area))
    r.problems.push_back({"pfa_area", "Select a preparing-for-adulthood area, or none"});
  if (!all_known(plan.needs, form.need_ids)) r.problems.push_back({"need_ids", "A need you chose has been removed; choose again"});
  static const std::vector<SectionAItem> none;
  if (!all_known(plan.section_a ? plan.section_a->items : none, form.voice_ids))
    r.problems.push_back({"voice_ids", "A view you chose has been removed; choose again"});
  Outcome* existing = form.id.empty() ? nullptr : find_item(plan.outcomes, form.id);
  if (!form.id.empty() && !existing) r.problems.push_back({"text", "This outcome has been removed; add it again"});
  if (!r.problems.empty()) return r;
  Outcome o{form.id.empty() ? next_id(plan, Section::e) : form.id, form.text, by, form.york_outcome, maybe(form.pfa_area),
            unique(form.need_ids), unique(form.voice_ids)};
  r.item_id = o.id;
  if (existing) *existing = std::move(o);
  else plan.outcomes.push_back(std::move(o));
  return r;
}

EditResult put_provision(Plan& plan, const ProvisionForm& form) {
  const auto sec = section_from_string(form.section);
  const bool provision_section = sec && is_one_of(provision_sections(), form.section);
  EditResult r{{}, {provision_section ? *sec : Section::f}, form.id};
  if (!provision_section) r.problems.push_back({"section", "Select whether this is educational, health or social care provision"});
  long_text(r, "text", form.text, "Enter the provision as the plan will word it");
  short_text(r, "what", form.what);
  short_text(r, "who", form.who);
  short_text(r, "group", form.group);
  if (!is_one_of(deliveries(), form.delivery)) r.problems.push_back({"delivery", "Select how the provision is given"});
  FrequencyField frequency;
  if (!form.count.empty() || !form.per.empty()) {
    const auto count = positive_number(form.count);
    if (!count) r.problems.push_back({"count", "Enter how many sessions, as a number such as 1 or 2"});
    if (!is_one_of(frequency_units(), form.per)) r.problems.push_back({"per", "Select how often: each day, week, fortnight, half term, term or year"});
    if (count && *count == static_cast<double>(static_cast<std::int64_t>(*count))) frequency = Frequency{static_cast<std::int64_t>(*count), form.per};
    else if (count) frequency = Frequency{*count, form.per};
  }
  Scalar minutes;
  if (!form.minutes.empty()) {
    const auto m = whole_number(form.minutes);
    if (!m || *m <= 0 || *m > 1440) r.problems.push_back({"minutes", "Enter the length of each session in whole minutes, such as 30"});
    else minutes = *m;
  }
  if (!all_known(plan.needs, form.need_ids)) r.problems.push_back({"need_ids", "A need you chose has been removed; choose again"});
  if (!all_known(plan.outcomes, form.outcome_ids)) r.problems.push_back({"outcome_ids", "An outcome you chose has been removed; choose again"});
  Provision* existing = form.id.empty() ? nullptr : find_item(plan.provision, form.id);
  if (!form.id.empty() && !existing) r.problems.push_back({"text", "This provision has been removed; add it again"});
  if (!r.problems.empty()) return r;
  if (existing && existing->section != form.section) r.touched.push_back(*section_from_string(existing->section));
  Provision p{form.id.empty() ? next_id(plan, *sec) : form.id, form.section, form.text, maybe(form.what), maybe(form.who),
              form.delivery, frequency, minutes, maybe(form.group), unique(form.need_ids), unique(form.outcome_ids),
              form.pfa, form.funding_only, form.direct_payment};
  r.item_id = p.id;
  if (existing) *existing = std::move(p);
  else plan.provision.push_back(std::move(p));
  if (auto* statement = no_needs_statement(plan.no_needs, *sec)) *statement = std::nullopt;
  return r;
}

EditResult put_statement(Plan& plan, const std::string& section, const std::string& text) {
  const auto sec = section_from_string(section);
  auto* statement = sec ? no_needs_statement(plan.no_needs, *sec) : nullptr;
  EditResult r{{}, {sec.value_or(Section::c)}, ""};
  if (!statement) {
    r.problems.push_back({"statement", "Only sections C, D, G, H1 and H2 have a statement that they are empty"});
    return r;
  }
  const bool has_items = *sec == Section::c || *sec == Section::d
                             ? std::any_of(plan.needs.begin(), plan.needs.end(), [&](const Need& n) { return n.section == section; })
                             : std::any_of(plan.provision.begin(), plan.provision.end(), [&](const Provision& f) { return f.section == section; });
  if (has_items && !text.empty())
    r.problems.push_back({"statement", "Section " + section + " has items, so it cannot also say there is nothing in it"});
  else if (!text.empty() && is_blank(text))
    r.problems.push_back({"statement", "Say in words that there is nothing in section " + section + ", for example \"No health care needs have been identified.\""});
  short_text(r, "statement", text);
  if (!r.problems.empty()) return r;
  *statement = maybe(text);
  return r;
}

EditResult put_placement(Plan& plan, const PlacementForm& form) {
  EditResult r{{}, {Section::i}, ""};
  const bool empty = form.name.empty() && form.urn.empty() && form.ukprn.empty() && form.type.empty();
  if (!empty && is_blank(form.type))
    r.problems.push_back({"type", "Enter the type of school or setting, for example \"mainstream primary school\""});
  if (!form.urn.empty() && (form.urn.size() != 6 || !std::all_of(form.urn.begin(), form.urn.end(), ::isdigit)))
    r.problems.push_back({"urn", "Enter the URN as 6 digits, or leave it empty"});
  if (!form.ukprn.empty() && (form.ukprn.size() != 8 || !std::all_of(form.ukprn.begin(), form.ukprn.end(), ::isdigit)))
    r.problems.push_back({"ukprn", "Enter the UKPRN as 8 digits, or leave it empty"});
  short_text(r, "name", form.name);
  short_text(r, "type", form.type);
  if (!r.problems.empty()) return r;
  plan.placement.included = true;
  plan.placement.content = empty ? std::nullopt
                                 : std::optional(Placement{maybe(form.name), maybe(form.urn), maybe(form.ukprn), form.type});
  return r;
}

EditResult put_budget(Plan& plan, const BudgetForm& form) {
  EditResult r{{}, {Section::j}, ""};
  plan.personal_budget.included = true;
  if (!form.has_budget) {
    plan.personal_budget.content = std::nullopt;
    return r;
  }
  Scalar amount;
  if (!form.amount.empty()) {
    std::string digits;
    for (char c : form.amount)
      if (c != ',' && c != '\xc2' && c != '\xa3' && c != ' ') digits += c;  // "£1,250" as typed
    double d = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), d);
    if (digits.empty() || ec != std::errc{} || end != digits.data() + digits.size() || d < 0 || d > 10'000'000)
      r.problems.push_back({"amount", "Enter the amount a year in pounds, such as 1250"});
    else if (d == static_cast<double>(static_cast<std::int64_t>(d))) amount = static_cast<std::int64_t>(d);
    else amount = d;
  }
  if (!all_known(plan.provision, form.provision_ids)) r.problems.push_back({"provision_ids", "Provision you chose has been removed; choose again"});
  if (form.details.size() > text_limit) r.problems.push_back({"details", "Keep this to 5,000 characters or fewer"});
  if (!r.problems.empty()) return r;
  plan.personal_budget.content = PersonalBudget{form.direct_payment, unique(form.provision_ids), amount, maybe(form.details)};
  return r;
}

EditResult put_mapping(Plan& plan, const MappingForm& form) {
  EditResult r{{}, {Section::k}, form.recommendation_id};
  Recommendation* rec = nullptr;
  for (auto& a : plan.advice)
    if (auto* found = find_item(a.recommendations, form.recommendation_id)) rec = found;
  if (!rec) {
    r.problems.push_back({"mapped_to", "There is no such recommendation in this plan's advice"});
    return r;
  }
  for (const auto& id : form.mapped_to) {
    const auto s = section_of_item(plan, id);
    if (!s || !(*s == Section::e || is_one_of(provision_sections(), to_string(*s))))
      r.problems.push_back({"mapped_to", "Provision or an outcome you chose has been removed; choose again"});
  }
  if (form.mapped_to.empty() && is_blank(form.not_included_reason))
    r.problems.push_back({"not_included_reason", "Choose the parts of the plan that carry this recommendation, or say why it is left out"});
  if (form.not_included_reason.size() > text_limit) r.problems.push_back({"not_included_reason", "Keep this to 5,000 characters or fewer"});
  if (!r.problems.empty()) return r;
  rec->mapped_to = unique(form.mapped_to);
  rec->not_included_reason = maybe(form.not_included_reason);
  return r;
}

EditResult remove_item(Plan& plan, const std::string& id) {
  EditResult r{{}, {}, id};
  const auto sec = section_of_item(plan, id);
  if (!sec || *sec == Section::k) {
    r.problems.push_back({"remove", "That item is not in the plan any more"});
    return r;
  }
  r.touched.push_back(*sec);
  std::set<std::string> by;
  for (const auto& o : plan.outcomes)
    if (std::count(o.need_ids.begin(), o.need_ids.end(), id) || std::count(o.voice_ids.begin(), o.voice_ids.end(), id)) by.insert(o.id);
  for (const auto& f : plan.provision)
    if (std::count(f.need_ids.begin(), f.need_ids.end(), id) || std::count(f.outcome_ids.begin(), f.outcome_ids.end(), id)) by.insert(f.id);
  for (const auto& a : plan.advice)
    for (const auto& rec : a.recommendations)
      if (std::count(rec.mapped_to.begin(), rec.mapped_to.end(), id)) by.insert(rec.id);
  if (plan.personal_budget.content) {
    const auto& ids = plan.personal_budget.content->provision_ids;
    if (std::count(ids.begin(), ids.end(), id)) by.insert("section J");
  }
  if (!by.empty()) {
    std::string names;
    for (const auto& b : by) names += (names.empty() ? "" : ", ") + b;
    r.problems.push_back({"remove", id + " cannot be removed while " + names + " point" + (by.size() == 1 ? "s" : "") +
                                        " at it. Change " + (by.size() == 1 ? "that" : "those") + " first."});
    return r;
  }
  auto drop = [&](auto& items) { std::erase_if(items, [&](const auto& t) { return t.id == id; }); };
  if (plan.section_a) drop(plan.section_a->items);
  drop(plan.needs);
  drop(plan.outcomes);
  drop(plan.provision);
  return r;
}

}  // namespace sendhub::plan
