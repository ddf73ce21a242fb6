#include "domain/plan/plan_validity.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "domain/calendar/date.h"
#include "domain/plan/vocabulary.h"

namespace sendhub::plan {
namespace {

enum class Kind { voice, need, outcome, provision, advice, recommendation };

struct Checker {
  const Plan& p;
  std::vector<std::string> problems;
  std::map<std::string, Kind> ids;

  void problem(const std::string& where, const std::string& what) { problems.push_back(where + " " + what); }

  static std::string item(const std::string& list, std::size_t i, const std::string& id) {
    return list + "[" + std::to_string(i) + "]" + (id.empty() ? "" : " (\"" + id + "\")");
  }

  void declare(const std::string& id, Kind kind, const std::string& where) {
    if (!is_item_id(id)) {
      problem(where, "has the id \"" + id + "\": ids use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");
      return;
    }
    if (!ids.emplace(id, kind).second) problem(where, "uses the id \"" + id + "\", which another item already has");
  }

  void refers(const std::vector<std::string>& refs, std::initializer_list<Kind> kinds, const char* member, const char* what,
              const std::string& where) {
    for (const auto& r : refs) {
      auto it = ids.find(r);
      if (it == ids.end() || std::find(kinds.begin(), kinds.end(), it->second) == kinds.end())
        problem(where, std::string("\"") + member + "\" names \"" + r + "\", which is not " + what + " in this plan");
    }
  }

  static std::optional<calendar::Date> date(const std::string& s) {
    auto d = calendar::parse_date(s);
    return d ? std::optional(*d) : std::nullopt;
  }

  static bool valid_frequency(const Frequency& f, bool count_must_be_positive) {
    if (!is_one_of(frequency_units(), f.per)) return false;
    if (!count_must_be_positive) return true;
    if (const auto* i = std::get_if<std::int64_t>(&f.count)) return *i > 0;
    if (const auto* d = std::get_if<double>(&f.count)) return *d > 0;
    return false;
  }

  void run();
  void child_and_dates(std::optional<calendar::Date> plan_date);
};

void Checker::child_and_dates(std::optional<calendar::Date> plan_date) {
  if (!p.plan_date.empty() && !plan_date) problem("\"plan_date\"", "\"" + p.plan_date + "\" is not a date (use YYYY-MM-DD)");
  for (auto [value, name] : {std::pair{&p.child.name, "name"}, {&p.child.date_of_birth, "date_of_birth"},
                             {&p.child.year_group, "year_group"}, {&p.child.setting, "setting"}})
    if (value->empty()) problem("\"child\"", std::string("has no ") + name);
  const auto born = date(p.child.date_of_birth);
  if (!p.child.date_of_birth.empty() && !born)
    problem("\"child.date_of_birth\"", "\"" + p.child.date_of_birth + "\" is not a date (use YYYY-MM-DD)");
  if (!p.child.year_group.empty() && !is_year_group(p.child.year_group))
    problem("\"child.year_group\"", "\"" + p.child.year_group + "\" is not a year group (E1, E2, N1, N2, R, 1 to 14, or X)");
  if (auto age = school_year_age(p.child.year_group); age && born && plan_date) {
    const int actual = age_on(*born, august_before_school_year(*plan_date));
    if (actual != *age)
      problem("\"child.year_group\"", "is " + p.child.year_group + ", but a child born on " + p.child.date_of_birth +
                                          " is in the year group for age " + std::to_string(actual) + " on 31 August before the plan's school year");
  }
  for (auto [value, name] : {std::pair{&p.last_review_date, "last_review_date"}, {&p.next_review_due, "next_review_due"}})
    if (*value && !date(**value)) problem(std::string("\"") + name + "\"", "\"" + **value + "\" is not a date (use YYYY-MM-DD) or null");
  if (p.last_review_date && plan_date)
    if (auto last = date(*p.last_review_date); last && *last > *plan_date)
      problem("\"last_review_date\"", "is after the plan date; the last review cannot come after the plan it led to");
}

void Checker::run() {
  const auto plan_date = date(p.plan_date);
  child_and_dates(plan_date);
  // Declare every id first, so references can point forwards and backwards.
  if (p.section_a)
    for (std::size_t i = 0; i < p.section_a->items.size(); ++i)
      declare(p.section_a->items[i].id, Kind::voice, item("section_a.items", i, p.section_a->items[i].id));
  for (std::size_t i = 0; i < p.needs.size(); ++i) declare(p.needs[i].id, Kind::need, item("needs", i, p.needs[i].id));
  for (std::size_t i = 0; i < p.outcomes.size(); ++i) declare(p.outcomes[i].id, Kind::outcome, item("outcomes", i, p.outcomes[i].id));
  for (std::size_t i = 0; i < p.provision.size(); ++i)
    declare(p.provision[i].id, Kind::provision, item("provision", i, p.provision[i].id));
  for (std::size_t i = 0; i < p.advice.size(); ++i) {
    declare(p.advice[i].id, Kind::advice, item("advice", i, p.advice[i].id));
    const auto& recs = p.advice[i].recommendations;
    for (std::size_t j = 0; j < recs.size(); ++j)
      declare(recs[j].id, Kind::recommendation, item("advice", i, p.advice[i].id) + ".recommendations[" + std::to_string(j) + "]");
  }

  if (p.section_a) {
    const auto updated = date(p.section_a->updated);
    if (!updated) problem("\"section_a.updated\"", "must be a date (YYYY-MM-DD)");
    else if (plan_date && *updated > *plan_date) problem("\"section_a.updated\"", "is after the plan date");
    for (std::size_t i = 0; i < p.section_a->items.size(); ++i) {
      const auto& a = p.section_a->items[i];
      const auto where = item("section_a.items", i, a.id);
      if (!is_one_of(section_a_kinds(), a.kind))
        problem(where, "has the kind \"" + a.kind + "\" (use aspiration, interests, strengths, history, communication, how_views_gathered or other)");
      if (a.voice && !is_one_of(voices(), *a.voice))
        problem(where, "has the voice \"" + *a.voice + "\" (use child, young_person, parent, professional or null)");
      if (is_blank(a.text)) problem(where, "has no text");
    }
  }
  for (std::size_t i = 0; i < p.needs.size(); ++i) {
    const auto& n = p.needs[i];
    const auto where = item("needs", i, n.id);
    if (n.section != "B" && n.section != "C" && n.section != "D") problem(where, "has the section \"" + n.section + "\" (use B, C or D)");
    else if (!area_fits_section(n.area, n.section))
      problem(where, "has the area \"" + n.area + "\", which does not fit section " + n.section +
                         (n.section == "B" ? " (use communication_and_interaction, cognition_and_learning, semh or sensory_and_physical)"
                                           : n.section == "C" ? " (use health)" : " (use social_care)"));
    if (is_blank(n.text)) problem(where, "has no text");
  }
  for (auto s : {Section::c, Section::d, Section::g, Section::h1, Section::h2}) {
    const std::string name(to_string(s));
    const bool has_items = s == Section::c || s == Section::d
                               ? std::any_of(p.needs.begin(), p.needs.end(), [&](const Need& n) { return n.section == name; })
                               : std::any_of(p.provision.begin(), p.provision.end(), [&](const Provision& f) { return f.section == name; });
    if (has_items && *no_needs_statement(p.no_needs, s))
      problem("\"no_needs_statements." + name + "\"", "must be null because section " + name + " has items");
  }
  for (std::size_t i = 0; i < p.outcomes.size(); ++i) {
    const auto& o = p.outcomes[i];
    const auto where = item("outcomes", i, o.id);
    if (!is_one_of(york_outcomes(), o.york_outcome))
      problem(where, "has the York outcome \"" + o.york_outcome + "\", which is not one of York's seven outcome statements");
    if (o.pfa_area && !is_one_of(pfa_areas(), *o.pfa_area))
      problem(where, "has the preparing-for-adulthood area \"" + *o.pfa_area + "\" (use employment, independent_living, community, health or null)");
    if (o.by && o.by->size() == 10 && (*o.by)[4] == '-' && (*o.by)[7] == '-' && !date(*o.by))
      problem(where, "has \"by\" \"" + *o.by + "\", which is not a real date");
    refers(o.need_ids, {Kind::need}, "need_ids", "a need", where);
    refers(o.voice_ids, {Kind::voice}, "voice_ids", "a section A item", where);
    if (is_blank(o.text)) problem(where, "has no text");
  }
  for (std::size_t i = 0; i < p.provision.size(); ++i) {
    const auto& f = p.provision[i];
    const auto where = item("provision", i, f.id);
    if (!is_one_of(provision_sections(), f.section)) problem(where, "has the section \"" + f.section + "\" (use F, G, H1 or H2)");
    if (!is_one_of(deliveries(), f.delivery)) problem(where, "has the delivery \"" + f.delivery + "\" (use direct, indirect or resource)");
    if (const auto* freq = std::get_if<Frequency>(&f.frequency); freq && !valid_frequency(*freq, false))
      problem(where, "has a frequency per \"" + freq->per + "\" (use day, week, fortnight, half_term, term or year)");
    refers(f.need_ids, {Kind::need}, "need_ids", "a need", where);
    refers(f.outcome_ids, {Kind::outcome}, "outcome_ids", "an outcome", where);
    if (is_blank(f.text)) problem(where, "has no text");
  }
  if (p.placement.content && is_blank(p.placement.content->type)) problem("\"placement\"", "has no type of school or institution");
  if (p.personal_budget.content)
    refers(p.personal_budget.content->provision_ids, {Kind::provision}, "provision_ids", "a provision item", "\"personal_budget\"");
  for (std::size_t i = 0; i < p.advice.size(); ++i) {
    const auto& a = p.advice[i];
    const auto where = item("advice", i, a.id);
    if (!is_one_of(advice_roles(), a.from_role))
      problem(where, "is from \"" + a.from_role + "\" (use parent, young_person, education, health, psychology, social_care, preparing_for_adulthood or other)");
    if (a.date) {
      const auto d = date(*a.date);
      if (!d) problem(where, "has the date \"" + *a.date + "\", which is not a date (use YYYY-MM-DD) or null");
      else if (plan_date && *d > *plan_date) problem(where, "is dated after the plan date");
    }
    for (std::size_t j = 0; j < a.recommendations.size(); ++j) {
      const auto& r = a.recommendations[j];
      const auto rwhere = where + ".recommendations[" + std::to_string(j) + "]";
      refers(r.mapped_to, {Kind::provision, Kind::outcome}, "mapped_to", "a provision item or an outcome", rwhere);
      if (r.quantity && !valid_frequency(r.quantity->frequency, true))
        problem(rwhere, "has a quantity whose frequency is not a count above 0 per day, week, fortnight, half_term, term or year");
    }
  }
}

}  // namespace

bool is_blank(std::string_view text) {
  auto b = text.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return true;
  auto e = text.find_last_not_of(" \t\r\n");
  text = text.substr(b, e - b + 1);
  while (!text.empty() && text.back() == '.') text.remove_suffix(1);
  e = text.find_last_not_of(" \t\r\n");
  text = e == std::string_view::npos ? std::string_view{} : text.substr(0, e + 1);
  if (text.empty()) return true;
  std::string lower(text);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view placeholder : {"-", "\u2013", "\u2014", "n/a", "na", "tbc", "tbd", "to follow"})
    if (lower == placeholder) return true;
  return false;
}

bool is_item_id(std::string_view id) {
  if (id.empty() || !((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= '0' && id[0] <= '9'))) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

std::vector<std::string> validity_problems(const Plan& plan) {
  Checker c{plan, {}, {}};
  c.run();
  return std::move(c.problems);
}

}  // namespace sendhub::plan
