#include "domain/plan/plan_edits.h"

#include <gtest/gtest.h>

#include "domain/plan/plan_readiness.h"
#include "domain/plan/plan_validity.h"

namespace sendhub::plan {
namespace {

Plan empty_plan() {
  Plan p;
  p.plan_id = "P1";
  p.plan_date = "2026-03-02";
  p.child = {"Maya Thornton", "2016-11-20", "4", "Example Primary School"};
  p.placement.included = true;
  p.personal_budget.included = true;
  return p;
}

std::string fields(const EditResult& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.field + ": " + p.message + "\n";
  return s;
}

// A plan built only through the editor, ready to send as a draft.
Plan built() {
  Plan p = empty_plan();
  EXPECT_TRUE(put_voice(p, {"", "aspiration", "child", "\"I want to be a vet.\"", true}, "2026-02-02").problems.empty());
  EXPECT_TRUE(put_need(p, {"", "B", "cognition_and_learning", "Maya reads about 2 years behind her age."}).problems.empty());
  EXPECT_TRUE(put_outcome(p, {"", "By July 2027 Maya will read a Year 3 book aloud.", "date", "2027-07-16", "", "I achieve my goals", "", {"b1"}, {"a1"}}).problems.empty());
  EXPECT_TRUE(put_provision(p, {"", "F", "1:1 reading for 20 minutes every school day.", "1:1 reading", "teaching assistant", "direct",
                                "1", "day", "20", "1:1", {"b1"}, {"o1"}}).problems.empty());
  for (const char* s : {"C", "D", "G", "H1", "H2"})
    EXPECT_TRUE(put_statement(p, s, std::string("Nothing is needed in section ") + s + ".").problems.empty());
  return p;
}

TEST(PlanEdits, APlanBuiltInTheEditorIsValidAndReadyForTheFamily) {
  Plan p = built();
  EXPECT_TRUE(validity_problems(p).empty());
  EXPECT_EQ(p.needs[0].id, "b1");
  EXPECT_EQ(p.outcomes[0].id, "o1");
  EXPECT_EQ(p.provision[0].id, "f1");
  EXPECT_EQ(std::get<std::int64_t>(std::get<Frequency>(p.provision[0].frequency).count), 1);
  EXPECT_EQ(std::get<std::int64_t>(p.provision[0].session_minutes), 20);
  auto ready = readiness(p, "draft");
  EXPECT_TRUE(ready.must_fix.empty()) << ready.must_fix.front().message;
  // The final plan also names the setting.
  auto final = readiness(p, "final");
  ASSERT_EQ(final.must_fix.size(), 1u);
  EXPECT_EQ(final.must_fix[0].section, "I");
  EXPECT_TRUE(put_placement(p, {"Example Primary School", "990001", "", "mainstream primary school"}).problems.empty());
  EXPECT_TRUE(readiness(p, "final").must_fix.empty());
}

TEST(PlanEdits, BadInputIsRefusedWithEveryProblemAndThePlanUnchanged) {
  Plan p = built();
  const Plan before = p;
  auto r = put_provision(p, {"", "F", "", "", "", "online", "two", "month", "half an hour", "", {"b9"}, {}});
  EXPECT_EQ(r.problems.size(), 6u) << fields(r);
  EXPECT_EQ(p, before);
  EXPECT_FALSE(put_outcome(p, {"", "Read more.", "date", "2027-02-30", "", "I achieve my goals"}).problems.empty());
  EXPECT_FALSE(put_outcome(p, {"", "Read more.", "", "", "", "I am happy"}).problems.empty());
  EXPECT_FALSE(put_need(p, {"", "B", "health", "x y z"}).problems.empty());
  EXPECT_FALSE(put_voice(p, {"", "wish", "", "text"}, "2026-02-02").problems.empty());
  EXPECT_FALSE(put_placement(p, {"A school", "12345", "", "mainstream"}).problems.empty());
  EXPECT_EQ(p, before);
}

TEST(PlanEdits, AStatementCannotSitBesideItems) {
  Plan p = built();
  EXPECT_TRUE(put_need(p, {"", "C", "", "Maya has epilepsy."}).problems.empty());
  EXPECT_FALSE(p.no_needs.c);  // adding a need withdraws "no health needs"
  EXPECT_EQ(p.needs.back().area, "health");
  EXPECT_EQ(p.needs.back().id, "c1");
  EXPECT_FALSE(put_statement(p, "C", "None.").problems.empty());
  EXPECT_FALSE(put_statement(p, "D", "N/A").problems.empty());
  EXPECT_FALSE(put_statement(p, "E", "None.").problems.empty());
}

TEST(PlanEdits, AnItemOthersPointAtIsNotRemoved) {
  Plan p = built();
  auto r = remove_item(p, "b1");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].message, "b1 cannot be removed while f1, o1 point at it. Change those first.");
  EXPECT_TRUE(remove_item(p, "f1").problems.empty());
  auto changed = p.outcomes[0];
  EXPECT_TRUE(put_outcome(p, {"o1", changed.text, "date", "2027-07-16", "", changed.york_outcome, "", {}, {}}).problems.empty());
  EXPECT_TRUE(remove_item(p, "b1").problems.empty());
  EXPECT_TRUE(p.needs.empty());
  EXPECT_FALSE(remove_item(p, "b1").problems.empty());
}

TEST(PlanEdits, MovingAnItemTouchesBothSections) {
  Plan p = built();
  auto r = put_provision(p, {"f1", "G", "Speech therapy.", "", "", "direct", "", "", "", "", {}, {}});
  ASSERT_TRUE(r.problems.empty()) << fields(r);
  ASSERT_EQ(r.touched.size(), 2u);
  EXPECT_EQ(r.touched[0], Section::g);
  EXPECT_EQ(r.touched[1], Section::f);
  EXPECT_FALSE(p.no_needs.g);
}

TEST(PlanEdits, RecommendationsAreCarriedOrLeftOutWithAReason) {
  Plan p = built();
  p.advice.push_back({"k1", "education", "SENCO", "2026-01-14", std::nullopt, false, std::nullopt,
                      {{"k1.1", "Daily reading.", std::nullopt, {}, std::nullopt}}});
  EXPECT_EQ(readiness(p, "draft").should_fix.size(), 1u);
  EXPECT_FALSE(put_mapping(p, {"k1.1", {}, ""}).problems.empty());
  EXPECT_FALSE(put_mapping(p, {"k1.1", {"b1"}, ""}).problems.empty());  // a need does not carry provision
  EXPECT_FALSE(put_mapping(p, {"k9", {"f1"}, ""}).problems.empty());
  EXPECT_TRUE(put_mapping(p, {"k1.1", {"f1", "f1"}, ""}).problems.empty());
  EXPECT_EQ(p.advice[0].recommendations[0].mapped_to, std::vector<std::string>{"f1"});
  EXPECT_TRUE(readiness(p, "draft").should_fix.empty());
  EXPECT_FALSE(remove_item(p, "f1").problems.empty());
}

TEST(PlanEdits, BudgetAmountsAsPeopleTypeThem) {
  Plan p = built();
  EXPECT_TRUE(put_budget(p, {true, true, "£1,250", "Swimming sessions", {"f1"}}).problems.empty());
  EXPECT_EQ(std::get<std::int64_t>(p.personal_budget.content->amount_per_year), 1250);
  EXPECT_FALSE(put_budget(p, {true, false, "lots", "", {}}).problems.empty());
  EXPECT_TRUE(put_budget(p, {false}).problems.empty());
  EXPECT_TRUE(p.personal_budget.included);
  EXPECT_FALSE(p.personal_budget.content);
}

TEST(PlanEdits, NewIdsNeverClash) {
  Plan p = built();
  EXPECT_EQ(next_id(p, Section::b), "b2");
  EXPECT_EQ(next_id(p, Section::h1), "h1-1");
  EXPECT_EQ(next_id(p, Section::e), "o2");
  EXPECT_TRUE(is_item_id(next_id(p, Section::h2)));
}

TEST(PlanReadiness, YearGroupsFromTheDateOfBirth) {
  EXPECT_EQ(year_group_for("2016-11-20", "2026-03-02"), "4");
  EXPECT_EQ(year_group_for("2016-08-31", "2026-09-01"), "6");
  EXPECT_EQ(year_group_for("2016-09-01", "2026-09-01"), "5");
  EXPECT_EQ(year_group_for("2022-01-10", "2026-03-02"), "N2");  // 3 on 31 August 2025
  EXPECT_EQ(year_group_for("2022-09-10", "2026-03-02"), "N1");
  EXPECT_EQ(year_group_for("2003-01-10", "2026-03-02"), "X");
}

TEST(PlanReadiness, AnEmptyPlanSaysWhatEachSectionNeeds) {
  auto r = readiness(empty_plan(), "draft");
  std::vector<std::string> sections;
  for (const auto& g : r.must_fix) sections.push_back(g.section);
  EXPECT_EQ(sections, (std::vector<std::string>{"A", "B", "E", "F", "C", "D", "G", "H1", "H2"}));
}

}  // namespace
}  // namespace sendhub::plan
