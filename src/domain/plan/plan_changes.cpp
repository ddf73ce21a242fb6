#include "domain/plan/plan_changes.h"

#include <algorithm>
#include <functional>

#include "domain/plan/plan_words.h"
#include "domain/plan/vocabulary.h"

namespace sendhub::plan {
namespace {

using Fields = std::vector<FieldChange>;

std::string words(const std::optional<std::string>& s) { return s.value_or(""); }
std::string yes_no(bool b) { return b ? "Yes" : "No"; }

void compare(Fields& out, const std::string& field, const std::string& before, const std::string& after) {
  if (before != after) out.push_back({field, before, after});
}

// Items of one kind matched by id: removed, changed (field by field), then added, in order.
template <class T>
void items(std::vector<Change>& out, const std::vector<T>& before, const std::vector<T>& after, const std::string& noun,
           std::function<std::string(const T&)> section, std::function<std::string(const T&)> text,
           std::function<void(Fields&, const T&, const T&)> fields) {
  for (const auto& b : before) {
    auto it = std::find_if(after.begin(), after.end(), [&](const T& a) { return a.id == b.id; });
    if (it == after.end()) {
      out.push_back({section(b), b.id, ChangeKind::removed, noun + " " + b.id, text(b), {}});
      continue;
    }
    Fields f;
    fields(f, b, *it);
    if (!f.empty()) out.push_back({section(*it), b.id, ChangeKind::changed, noun + " " + b.id, text(*it), std::move(f)});
  }
  for (const auto& a : after)
    if (std::none_of(before.begin(), before.end(), [&](const T& b) { return b.id == a.id; }))
      out.push_back({section(a), a.id, ChangeKind::added, noun + " " + a.id, text(a), {}});
}

void section_a(std::vector<Change>& out, const Plan& b, const Plan& a) {
  static const std::vector<SectionAItem> none;
  const auto& before = b.section_a ? b.section_a->items : none;
  const auto& after = a.section_a ? a.section_a->items : none;
  items<SectionAItem>(out, before, after, "Section A item", [](const SectionAItem&) { return "A"; },
                      [](const SectionAItem& i) { return i.text; }, [](Fields& f, const SectionAItem& x, const SectionAItem& y) {
    compare(f, "What it is about", std::string(label_of(section_a_kinds(), x.kind)), std::string(label_of(section_a_kinds(), y.kind)));
    compare(f, "Whose view", std::string(label_of(voices(), words(x.voice))), std::string(label_of(voices(), words(y.voice))));
    compare(f, "In their own words", yes_no(x.direct_quote), yes_no(y.direct_quote));
    compare(f, "Text", x.text, y.text);
  });
  const std::string ub = b.section_a ? b.section_a->updated : "", ua = a.section_a ? a.section_a->updated : "";
  if (ub != ua) out.push_back({"A", "", ChangeKind::changed, "Section A", "", {{"Last brought up to date", ub, ua}}});
}

void statements(std::vector<Change>& out, const Plan& b, const Plan& a, Section s) {
  const auto& x = *no_needs_statement(b.no_needs, s);
  const auto& y = *no_needs_statement(a.no_needs, s);
  if (x != y)
    out.push_back({std::string(to_string(s)), "", ChangeKind::changed, "Section " + std::string(to_string(s)) + " statement", "",
                   {{"No needs or provision statement", words(x), words(y)}}});
}

std::string placement_words(const OptionalSection<Placement>& p) {
  if (!p.included) return "No section I";
  if (!p.content) return "Not yet named";
  std::string s = p.content->name.value_or("");
  s += (s.empty() ? "" : " (") + p.content->type + (s.empty() ? "" : ")");
  if (p.content->urn) s += ", URN " + *p.content->urn;
  if (p.content->ukprn) s += ", UKPRN " + *p.content->ukprn;
  return s;
}

std::string budget_words(const OptionalSection<PersonalBudget>& p) {
  if (!p.included) return "No section J";
  if (!p.content) return "No personal budget";
  std::string s = p.content->direct_payment ? "Personal budget by direct payment" : "Personal budget";
  if (auto amount = describe_number(p.content->amount_per_year); !amount.empty()) s += ", £" + amount + " a year";
  if (!p.content->provision_ids.empty()) s += ", for " + join(p.content->provision_ids);
  if (p.content->details) s += ": " + *p.content->details;
  return s;
}

}  // namespace

std::vector<Change> plan_changes(const Plan& b, const Plan& a) {
  std::vector<Change> out;
  section_a(out, b, a);
  items<Need>(out, b.needs, a.needs, "Need", [](const Need& n) { return n.section; }, [](const Need& n) { return n.text; },
              [](Fields& f, const Need& x, const Need& y) {
    compare(f, "Section", x.section, y.section);
    compare(f, "Area of need", std::string(label_of(need_areas(), x.area)), std::string(label_of(need_areas(), y.area)));
    compare(f, "Text", x.text, y.text);
  });
  statements(out, b, a, Section::c);
  statements(out, b, a, Section::d);
  items<Outcome>(out, b.outcomes, a.outcomes, "Outcome", [](const Outcome&) { return "E"; }, [](const Outcome& o) { return o.text; },
                 [](Fields& f, const Outcome& x, const Outcome& y) {
    compare(f, "Text", x.text, y.text);
    compare(f, "By", describe_by(x.by), describe_by(y.by));
    compare(f, "York outcome", x.york_outcome, y.york_outcome);
    compare(f, "Preparing for adulthood", std::string(label_of(pfa_areas(), words(x.pfa_area))),
            std::string(label_of(pfa_areas(), words(y.pfa_area))));
    compare(f, "Needs it addresses", join(x.need_ids), join(y.need_ids));
    compare(f, "Views it follows from", join(x.voice_ids), join(y.voice_ids));
  });
  items<Provision>(out, b.provision, a.provision, "Provision", [](const Provision& p) { return p.section; },
                   [](const Provision& p) { return p.text; }, [](Fields& f, const Provision& x, const Provision& y) {
    compare(f, "Section", x.section, y.section);
    compare(f, "Text", x.text, y.text);
    compare(f, "What", words(x.what), words(y.what));
    compare(f, "Who provides it", words(x.who), words(y.who));
    compare(f, "How it is given", std::string(label_of(deliveries(), x.delivery)), std::string(label_of(deliveries(), y.delivery)));
    compare(f, "How often", describe_frequency(x.frequency), describe_frequency(y.frequency));
    compare(f, "How long each session", describe_minutes(x.session_minutes), describe_minutes(y.session_minutes));
    compare(f, "Group size", words(x.group), words(y.group));
    compare(f, "Needs it meets", join(x.need_ids), join(y.need_ids));
    compare(f, "Outcomes it works towards", join(x.outcome_ids), join(y.outcome_ids));
    compare(f, "Prepares for adulthood", yes_no(x.pfa), yes_no(y.pfa));
    compare(f, "Funding only", yes_no(x.funding_only), yes_no(y.funding_only));
    compare(f, "Direct payment", yes_no(x.direct_payment), yes_no(y.direct_payment));
  });
  for (auto s : {Section::g, Section::h1, Section::h2}) statements(out, b, a, s);
  if (auto x = placement_words(b.placement), y = placement_words(a.placement); x != y)
    out.push_back({"I", "", ChangeKind::changed, "Placement (section I)", "", {{"School or setting", x, y}}});
  if (auto x = budget_words(b.personal_budget), y = budget_words(a.personal_budget); x != y)
    out.push_back({"J", "", ChangeKind::changed, "Personal budget (section J)", "", {{"Personal budget", x, y}}});
  items<Advice>(out, b.advice, a.advice, "Advice", [](const Advice&) { return "K"; },
                [](const Advice& x) { return std::string(label_of(advice_roles(), x.from_role)) + (x.author ? ": " + *x.author : ""); },
                [](Fields& f, const Advice& x, const Advice& y) {
    compare(f, "Date", words(x.date), words(y.date));
    compare(f, "Summary", words(x.summary), words(y.summary));
    for (const auto& r : y.recommendations) {
      auto it = std::find_if(x.recommendations.begin(), x.recommendations.end(), [&](const Recommendation& o) { return o.id == r.id; });
      const std::string before_map = it == x.recommendations.end() ? "" : join(it->mapped_to);
      const std::string before_reason = it == x.recommendations.end() ? "" : words(it->not_included_reason);
      compare(f, "Recommendation " + r.id + " carried by", before_map, join(r.mapped_to));
      compare(f, "Recommendation " + r.id + " left out because", before_reason, words(r.not_included_reason));
    }
  });
  Fields details;
  compare(details, "Status", b.status, a.status);
  compare(details, "Plan date", b.plan_date, a.plan_date);
  compare(details, "Last review", words(b.last_review_date), words(a.last_review_date));
  compare(details, "Next review due", words(b.next_review_due), words(a.next_review_due));
  compare(details, "Year group", b.child.year_group, a.child.year_group);
  compare(details, "Setting attended", b.child.setting, a.child.setting);
  if (!details.empty()) out.push_back({"plan", "", ChangeKind::changed, "The plan's details", "", std::move(details)});
  return out;
}

}  // namespace sendhub::plan
