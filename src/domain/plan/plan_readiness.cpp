#include "domain/plan/plan_readiness.h"

#include <algorithm>
#include <tuple>

#include "domain/calendar/date.h"
#include "domain/plan/plan_validity.h"
#include "domain/plan/vocabulary.h"

namespace sendhub::plan {

Readiness readiness(const Plan& p, const std::string& status) {
  Readiness r;
  for (const auto& problem : validity_problems(p)) r.must_fix.push_back({"plan", "Put right: " + problem});
  if (!p.section_a || p.section_a->items.empty())
    r.must_fix.push_back({"A", "Add the child's and family's views, interests and aspirations to section A"});
  const auto count_needs = [&](const char* s) {
    return std::count_if(p.needs.begin(), p.needs.end(), [&](const Need& n) { return n.section == s; });
  };
  const auto count_provision = [&](const char* s) {
    return std::count_if(p.provision.begin(), p.provision.end(), [&](const Provision& f) { return f.section == s; });
  };
  if (count_needs("B") == 0) r.must_fix.push_back({"B", "Add the child's special educational needs to section B"});
  if (p.outcomes.empty()) r.must_fix.push_back({"E", "Add the outcomes sought to section E"});
  if (count_provision("F") == 0) r.must_fix.push_back({"F", "Add the special educational provision to section F"});
  using Empty = std::tuple<const char*, Section, const char*>;
  for (auto [s, sec, what] : {Empty{"C", Section::c, "health care needs"}, Empty{"D", Section::d, "social care needs"},
                              Empty{"G", Section::g, "health care provision"},
                              Empty{"H1", Section::h1, "social care provision under section 2"},
                              Empty{"H2", Section::h2, "other social care provision"}}) {
    const bool has_items = (sec == Section::c || sec == Section::d) ? count_needs(s) > 0 : count_provision(s) > 0;
    const auto& statement = *no_needs_statement(p.no_needs, sec);
    if (!has_items && (!statement || is_blank(*statement)))
      r.must_fix.push_back({s, std::string("Section ") + s + " is empty: list the " + what + ", or say that there are none"});
  }
  const bool final = status == "final";
  if (!p.placement.included || !p.placement.content || !p.placement.content->name || is_blank(*p.placement.content->name)) {
    if (final) r.must_fix.push_back({"I", "Name the school or setting in section I before issuing the final plan"});
  }
  if (!p.personal_budget.included) r.must_fix.push_back({"J", "Say in section J whether there is a personal budget"});
  for (const auto& a : p.advice)
    for (const auto& rec : a.recommendations)
      if (rec.mapped_to.empty() && (!rec.not_included_reason || is_blank(*rec.not_included_reason))) {
        Gap g{"K", "Recommendation " + rec.id + " (" + rec.text + ") is not in the plan: choose what carries it, or record why it is left out"};
        (final ? r.must_fix : r.should_fix).push_back(std::move(g));
      }
  for (const auto& f : p.provision)
    if (f.section == "F" && f.outcome_ids.empty() && f.need_ids.empty())
      r.should_fix.push_back({"F", "Provision " + f.id + " is not linked to any need or outcome"});
  if (p.advice.empty()) r.should_fix.push_back({"K", "No advice has been received for this plan yet"});
  return r;
}

std::string year_group_for(const std::string& date_of_birth, const std::string& day) {
  auto born = calendar::parse_date(date_of_birth);
  auto on = calendar::parse_date(day);
  if (!born || !on) return "X";
  const int age = age_on(*born, august_before_school_year(*on));
  switch (age) {
    case 0: return "E1";
    case 1: return "E2";
    case 2: return "N1";
    case 3: return "N2";
    case 4: return "R";
    default: return age >= 5 && age <= 18 ? std::to_string(age - 4) : "X";
  }
}

}  // namespace sendhub::plan
