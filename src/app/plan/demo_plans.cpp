#include "app/plan/demo_plans.h"

#include <array>
#include <cctype>

#include "app/clock.h"
#include "app/plan/issue_plan.h"
#include "app/plan/plan_records.h"
#include "app/plan/plan_sources.h"
#include "domain/plan/plan_edits.h"

namespace sendhub::app {
namespace {

struct DemoNeed {
  const char *area, *need, *outcome, *york, *provision, *what, *who, *count, *per, *minutes, *group;
};

// {name} is replaced by the child's first name.
constexpr std::array<DemoNeed, 4> kinds{{
    {"communication_and_interaction", "{name} is autistic. Changes of routine and busy rooms make {name} anxious, and {name} then stops talking.",
     "By the end of this school year, {name} will tell an adult when a change worries them, using words or a card, on 4 days out of 5.",
     "I have a choice and I am heard", "A teaching assistant trained in autism support goes through {name}'s visual timetable with them 1:1 for 10 minutes at the start of each school day.",
     "Visual timetable", "teaching assistant trained in autism support", "1", "day", "10", "1:1"},
    {"cognition_and_learning", "{name} reads about 2 years below their age and finds it hard to remember letter sounds.",
     "By the end of this school year, {name} will read a book at their reading level aloud with 90% accuracy.", "I achieve my goals",
     "A teaching assistant trained in a structured phonics programme teaches {name} 1:1 for 20 minutes, 4 times a week.",
     "Structured phonics", "teaching assistant trained in a structured phonics programme", "4", "week", "20", "1:1"},
    {"semh", "{name} has anxiety that stops them joining in at break times and in group work.",
     "By the end of this school year, {name} will take part in a group activity at break time on 3 days a week.", "I am included",
     "A learning mentor runs a small social skills group with {name} once a week for 30 minutes.", "Social skills group",
     "learning mentor", "1", "week", "30", "group of 4"},
    {"sensory_and_physical", "{name} has a moderate hearing loss in both ears and misses much of what is said in class.",
     "By the end of this school year, {name} will follow spoken instructions in class without help on most days.",
     "I can overcome challenges and difficulties on my own or with support",
     "A qualified teacher of the deaf visits {name}'s class once each half term for 60 minutes to advise staff and check equipment.",
     "Teacher of the deaf visits", "qualified teacher of the deaf", "1", "half_term", "60", ""},
}};

std::string with_name(const char* text, const std::string& name) {
  std::string s = text;
  for (auto at = s.find("{name}"); at != std::string::npos; at = s.find("{name}")) s.replace(at, 6, name);
  return s;
}

// The end of the child's current school year, as a phase end of the format.
std::string year_end(const std::string& year_group) {
  if (year_group == "R") return "end_of_year_r";
  if (!year_group.empty() && std::isdigit(static_cast<unsigned char>(year_group[0]))) return "end_of_year_" + year_group;
  return year_group == "X" ? "end_of_key_stage_5" : "end_of_eyfs";
}

Result<void> must(const plan::EditResult& r, const std::string& case_id) {
  if (!r.problems.empty()) return fail(ErrorCode::internal, "demo plan for " + case_id + ": " + r.problems.front().message);
  return {};
}

}  // namespace

Result<void> write_demo_plan(store::Connection& c, const CaseRecord& k, calendar::Date drafted, std::optional<calendar::Date> issued,
                             const std::string& school, int variant, std::int64_t now) {
  const auto& kind = kinds[static_cast<std::size_t>(variant) % kinds.size()];
  const std::string id = "plan-" + k.id;
  const std::string first = k.child_name.substr(0, k.child_name.find(' '));
  plan::Plan p;
  p.plan_id = id;
  p.plan_date = calendar::format_date(drafted);
  auto la = authority_for_plan(c, k.la_code);
  if (!la) return std::unexpected(la.error());
  p.local_authority = *la;
  auto child = child_for_plan(c, k.child_id, p.plan_date);
  if (!child) return std::unexpected(child.error());
  p.child = *child;
  p.placement.included = true;
  p.personal_budget.included = true;
  const std::string on = p.plan_date;
  for (const auto& r : {plan::put_voice(p, {"", "aspiration", "parent", "We want " + first + " to be happy at school and to have friends."}, on),
                        plan::put_need(p, {"", "B", kind.area, with_name(kind.need, first)}),
                        plan::put_outcome(p, {"", with_name(kind.outcome, first), "phase", "",
                                              year_end(p.child.year_group),
                                              kind.york, "", {"b1"}, {"a1"}}),
                        plan::put_provision(p, {"", "F", with_name(kind.provision, first), kind.what, kind.who, "direct", kind.count,
                                                kind.per, kind.minutes, kind.group, {"b1"}, {"o1"}}),
                        plan::put_statement(p, "C", "No health care needs relating to special educational needs have been identified."),
                        plan::put_statement(p, "D", "No social care needs relating to special educational needs or disability have been identified."),
                        plan::put_statement(p, "G", "No health care provision is required."),
                        plan::put_statement(p, "H1", "No social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required."),
                        plan::put_statement(p, "H2", "No other social care provision is required.")})
    if (auto ok = must(r, k.id); !ok) return ok;
  p.status = "draft";
  const store::Value row[] = {id, k.child_id, k.la_code, k.id, utc_timestamp_of(now)};
  if (auto n = c.execute("INSERT INTO plans (id, child_id, la_code, case_id, created_at) VALUES ($1, $2, $3, $4, $5)", row); !n)
    return std::unexpected(n.error());
  if (auto ok = insert_plan_version(c, id, p, "user-caseworker", "issued", on + "T10:00:00Z"); !ok) return ok;
  if (issued) {
    if (auto ok = must(plan::put_placement(p, {school, "", "", "mainstream school"}), k.id); !ok) return ok;
    p.version = 2;
    p.status = "final";
    p.plan_date = calendar::format_date(*issued);
    p.child = *child;
    p.next_review_due = first_review_due(*issued);
    if (auto ok = insert_plan_version(c, id, p, "user-caseworker", "issued", p.plan_date + "T10:00:00Z"); !ok) return ok;
  }
  return save_working_copy(c, id, p, {}, "user-caseworker", utc_timestamp_of(now));
}

}  // namespace sendhub::app
