#include "domain/plan/plan_changes.h"

#include <gtest/gtest.h>

#include "domain/plan/plan_words.h"

namespace sendhub::plan {
namespace {

Plan base() {
  Plan p;
  p.plan_id = "P1";
  p.status = "final";
  p.plan_date = "2026-03-02";
  p.needs = {{"b1", "B", "cognition_and_learning", "Maya reads about 2 years behind."}};
  p.outcomes = {{"o1", "Maya will read a Year 3 book aloud.", "2026-07-17", "I achieve my goals", std::nullopt, {"b1"}, {}}};
  Provision f1{"f1", "F", "1:1 reading each week.", "1:1 reading", "teaching assistant", "direct",
               Frequency{std::int64_t{1}, "week"}, std::int64_t{20}, "1:1"};
  f1.need_ids = {"b1"};
  f1.outcome_ids = {"o1"};
  p.provision = {f1};
  p.placement = {true, Placement{"Example Primary School", "990001", std::nullopt, "mainstream primary school"}};
  return p;
}

TEST(PlanChanges, TheSamePlanHasNoChanges) { EXPECT_TRUE(plan_changes(base(), base()).empty()); }

TEST(PlanChanges, AChangedFieldIsNamedWithBothValuesInWords) {
  Plan after = base();
  std::get<Frequency>(after.provision[0].frequency).count = std::int64_t{2};
  after.provision[0].session_minutes = std::int64_t{30};
  auto changes = plan_changes(base(), after);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].section, "F");
  EXPECT_EQ(changes[0].item_id, "f1");
  EXPECT_EQ(changes[0].kind, ChangeKind::changed);
  ASSERT_EQ(changes[0].fields.size(), 2u);
  EXPECT_EQ(changes[0].fields[0].field, "How often");
  EXPECT_EQ(changes[0].fields[0].before, "1 session each week");
  EXPECT_EQ(changes[0].fields[0].after, "2 sessions each week");
  EXPECT_EQ(changes[0].fields[1].before, "20 minutes");
  EXPECT_EQ(changes[0].fields[1].after, "30 minutes");
}

TEST(PlanChanges, ItemsAddedAndRemovedAreMatchedById) {
  Plan after = base();
  after.needs.push_back({"c1", "C", "health", "Maya has epilepsy."});
  after.no_needs.d = "No social care needs.";
  after.outcomes.clear();
  after.provision[0].outcome_ids.clear();
  auto changes = plan_changes(base(), after);
  ASSERT_EQ(changes.size(), 4u);
  EXPECT_EQ(changes[0].kind, ChangeKind::added);
  EXPECT_EQ(changes[0].what, "Need c1");
  EXPECT_EQ(changes[0].text, "Maya has epilepsy.");
  EXPECT_EQ(changes[1].what, "Section D statement");
  EXPECT_EQ(changes[2].kind, ChangeKind::removed);
  EXPECT_EQ(changes[2].item_id, "o1");
  EXPECT_EQ(changes[3].fields[0].field, "Outcomes it works towards");
}

TEST(PlanChanges, PlacementAndDatesAreCompared) {
  Plan after = base();
  after.placement.content->name = "Example Secondary School";
  after.placement.content->type = "mainstream secondary school";
  after.plan_date = "2027-02-10";
  after.last_review_date = "2027-01-20";
  auto changes = plan_changes(base(), after);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].section, "I");
  EXPECT_EQ(changes[0].fields[0].before, "Example Primary School (mainstream primary school), URN 990001");
  EXPECT_EQ(changes[1].section, "plan");
  EXPECT_EQ(changes[1].fields.size(), 2u);
}

TEST(PlanWords, FrequencyAndMinutesInWords) {
  EXPECT_EQ(describe_frequency(FrequencyField{Frequency{std::int64_t{1}, "day"}}), "1 session each school day");
  EXPECT_EQ(describe_frequency(FrequencyField{Frequency{2.5, "term"}}), "2.5 sessions each term");
  EXPECT_EQ(describe_frequency(FrequencyField{std::string("weekly")}), "weekly");
  EXPECT_EQ(describe_frequency(FrequencyField{}), "");
  EXPECT_EQ(describe_minutes(Scalar{std::int64_t{45}}), "45 minutes");
  EXPECT_EQ(describe_minutes(Scalar{std::string("half an hour")}), "half an hour");
  EXPECT_EQ(describe_by(std::string("end_of_key_stage_2")), "The end of key stage 2 (year 6)");
  EXPECT_EQ(describe_by(std::string("2026-07-17")), "17 July 2026");
}

}  // namespace
}  // namespace sendhub::plan
