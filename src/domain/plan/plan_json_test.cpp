#include "domain/plan/plan_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <functional>
#include <sstream>

namespace sendhub::plan {
namespace {

namespace json = boost::json;
using ::testing::HasSubstr;

// The complete, valid example of plan-format.md §8 (tests run in the source directory).
std::string example_text() {
  std::ifstream in("docs/examples/plan-example.json");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

json::object example() { return json::parse(example_text()).as_object(); }

std::vector<std::string> problems_after(const std::function<void(json::object&)>& change) {
  auto o = example();
  change(o);
  auto read = read_plan(json::serialize(o));
  EXPECT_TRUE(read.has_value());
  return read ? read->problems : std::vector<std::string>{"unreadable"};
}

std::string all(const std::vector<std::string>& problems) {
  std::string s;
  for (const auto& p : problems) s += p + "\n";
  return s;
}

TEST(PlanJson, TheFormatsOwnExampleIsValid) {
  auto read = read_plan(example_text());
  ASSERT_TRUE(read);
  EXPECT_TRUE(read->problems.empty()) << all(read->problems);
  const Plan& p = read->plan;
  EXPECT_EQ(p.plan_id, "EXAMPLE-1");
  EXPECT_EQ(p.child.year_group, "4");
  ASSERT_EQ(p.needs.size(), 2u);
  EXPECT_EQ(p.needs[1].section, "C");
  EXPECT_EQ(*p.no_needs.d, "Maya has no social care needs relating to her special educational needs or disability.");
  EXPECT_FALSE(p.no_needs.c);
  ASSERT_EQ(p.provision.size(), 3u);
  const auto& f1 = std::get<Frequency>(p.provision[0].frequency);
  EXPECT_EQ(std::get<std::int64_t>(f1.count), 1);
  EXPECT_EQ(f1.per, "day");
  EXPECT_EQ(std::get<std::int64_t>(p.provision[0].session_minutes), 20);
  EXPECT_TRUE(p.placement.included && p.placement.content);
  EXPECT_EQ(*p.placement.content->urn, "990001");
  EXPECT_TRUE(p.personal_budget.included);   // present …
  EXPECT_FALSE(p.personal_budget.content);   // … and null: no personal budget
  ASSERT_EQ(p.advice.size(), 5u);
  EXPECT_EQ(p.advice[1].recommendations[1].not_included_reason, "Maya's parents did not want it; attendance is 97%.");
  EXPECT_EQ(*p.advice[4].summary, "No social care needs identified.");
}

TEST(PlanJson, WritingAndReadingBackLosesNothing) {
  auto first = read_plan(example_text());
  ASSERT_TRUE(first);
  const std::string written = write_plan(first->plan);
  auto second = read_plan(written);
  ASSERT_TRUE(second);
  EXPECT_TRUE(second->problems.empty()) << all(second->problems);
  EXPECT_EQ(second->plan, first->plan);
  EXPECT_EQ(write_plan(second->plan), written);
  // The same JSON value as the file it came from: members, nulls and absences all kept.
  EXPECT_EQ(json::parse(written), json::parse(example_text()));
}

TEST(PlanJson, NumbersWordsAndAbsencesKeepTheirKind) {
  auto o = example();
  auto& f1 = o["provision"].as_array()[0].as_object();
  f1["session_minutes"] = 30.0;
  o["provision"].as_array()[1].as_object()["frequency"] = "weekly";
  o["provision"].as_array()[2].as_object()["session_minutes"] = "half an hour";
  o["provision"].as_array()[2].as_object()["frequency"] = json::object{{"count", 2.5}, {"per", "term"}};
  o.erase("personal_budget");
  o["placement"] = nullptr;
  auto read = read_plan(json::serialize(o));
  ASSERT_TRUE(read);
  auto again = read_plan(write_plan(read->plan));
  ASSERT_TRUE(again);
  const Plan& p = again->plan;
  EXPECT_EQ(std::get<double>(p.provision[0].session_minutes), 30.0);  // 30.0 is not the integer 30 (D11)
  EXPECT_EQ(std::get<std::string>(p.provision[1].frequency), "weekly");
  EXPECT_EQ(std::get<std::string>(p.provision[2].session_minutes), "half an hour");
  EXPECT_EQ(std::get<double>(std::get<Frequency>(p.provision[2].frequency).count), 2.5);
  EXPECT_FALSE(p.personal_budget.included);  // absent: no section J at all
  EXPECT_TRUE(p.placement.included);         // null: section I names no placement yet
  EXPECT_FALSE(p.placement.content);
  EXPECT_THAT(write_plan(p), HasSubstr("\"session_minutes\": 30.0"));
  EXPECT_THAT(write_plan(p), ::testing::Not(HasSubstr("personal_budget")));
}

TEST(PlanJson, MembersTheFormatDoesNotDefineAreIgnored) {
  auto problems = problems_after([](json::object& o) {
    o["x_vendor"] = "ignored";
    o["child"].as_object()["nickname"] = "M";
  });
  EXPECT_TRUE(problems.empty()) << all(problems);
}

TEST(PlanJson, TextThatIsNotAPlanObjectCannotBeRead) {
  EXPECT_FALSE(read_plan("{not json"));
  EXPECT_FALSE(read_plan("[1, 2]"));
  EXPECT_FALSE(read_plan(""));
}

struct Broken {
  const char* rule;
  std::function<void(json::object&)> change;
  const char* expected;
};

json::object& item(json::object& o, const char* list, std::size_t i) { return o[list].as_array()[i].as_object(); }

TEST(PlanJson, EveryValidityRuleIsReportedInPlainEnglish) {
  const Broken cases[] = {
      {"1 format", [](json::object& o) { o["format"] = "sendhub-plan/2"; }, "must be \"sendhub-plan/1\""},
      {"1 required", [](json::object& o) { o.erase("outcomes"); }, "has no \"outcomes\" member"},
      {"1 nulls present", [](json::object& o) { o.erase("next_review_due"); }, "has no \"next_review_due\" member"},
      {"1 status", [](json::object& o) { o["status"] = "issued"; }, "must be \"draft\" or \"final\""},
      {"2 child name", [](json::object& o) { o["child"].as_object()["name"] = ""; }, "has no name"},
      {"2 plan date", [](json::object& o) { o["plan_date"] = "2026-02-30"; }, "is not a date"},
      {"2 birth date", [](json::object& o) { o["child"].as_object()["date_of_birth"] = "20/11/2016"; }, "is not a date"},
      {"2 year group code", [](json::object& o) { o["child"].as_object()["year_group"] = "Y4"; }, "is not a year group"},
      {"2 year group age", [](json::object& o) { o["child"].as_object()["year_group"] = "5"; }, "year group for age 8"},
      {"3 review date", [](json::object& o) { o["next_review_due"] = "soon"; }, "is not a date"},
      {"3 review date type", [](json::object& o) { o["last_review_date"] = 20260101; }, "must be a date (YYYY-MM-DD) or null"},
      {"3 review after plan", [](json::object& o) { o["last_review_date"] = "2026-03-03"; }, "is after the plan date"},
      {"4 section A", [](json::object& o) { o["section_a"] = "views"; }, "must be null or an object"},
      {"4 section A updated", [](json::object& o) { o["section_a"].as_object()["updated"] = "2026-04-01"; }, "is after the plan date"},
      {"5 kind", [](json::object& o) { o["section_a"].as_object()["items"].as_array()[0].as_object()["kind"] = "wish"; }, "has the kind \"wish\""},
      {"5 voice", [](json::object& o) { o["section_a"].as_object()["items"].as_array()[0].as_object()["voice"] = "teacher"; }, "has the voice"},
      {"5 text", [](json::object& o) { o["section_a"].as_object()["items"].as_array()[0].as_object()["text"] = " N/A. "; }, "has no text"},
      {"6 section", [](json::object& o) { item(o, "needs", 0)["section"] = "E"; }, "(use B, C or D)"},
      {"6 area", [](json::object& o) { item(o, "needs", 1)["area"] = "semh"; }, "does not fit section C"},
      {"6 text", [](json::object& o) { item(o, "needs", 0)["text"] = "tbc"; }, "has no text"},
      {"7 members", [](json::object& o) { o["no_needs_statements"].as_object().erase("H2"); }, "has no \"H2\" member"},
      {"7 extra", [](json::object& o) { o["no_needs_statements"].as_object()["E"] = nullptr; }, "not C, D, G, H1 or H2"},
      {"7 statement with items", [](json::object& o) { o["no_needs_statements"].as_object()["C"] = "None."; }, "must be null because section C has items"},
      {"8 york", [](json::object& o) { item(o, "outcomes", 0)["york_outcome"] = "I am happy"; }, "not one of York's seven"},
      {"8 pfa", [](json::object& o) { item(o, "outcomes", 0)["pfa_area"] = "work"; }, "preparing-for-adulthood area \"work\""},
      {"8 by", [](json::object& o) { item(o, "outcomes", 0)["by"] = "2026-13-01"; }, "not a real date"},
      {"8 need ref", [](json::object& o) { item(o, "outcomes", 0)["need_ids"] = json::array{"f1"}; }, "\"need_ids\" names \"f1\", which is not a need"},
      {"8 voice ref", [](json::object& o) { item(o, "outcomes", 0)["voice_ids"] = json::array{"b1"}; }, "not a section A item"},
      {"9 section", [](json::object& o) { item(o, "provision", 0)["section"] = "H3"; }, "(use F, G, H1 or H2)"},
      {"9 delivery", [](json::object& o) { item(o, "provision", 0)["delivery"] = "online"; }, "has the delivery \"online\""},
      {"9 boolean", [](json::object& o) { item(o, "provision", 0)["pfa"] = "no"; }, "\"pfa\" must be true or false"},
      {"9 unit", [](json::object& o) { item(o, "provision", 0)["frequency"] = json::object{{"count", 1}, {"per", "month"}}; }, "per \"month\""},
      {"9 outcome ref", [](json::object& o) { item(o, "provision", 0)["outcome_ids"] = json::array{"o9"}; }, "not an outcome"},
      {"10 placement", [](json::object& o) { o["placement"].as_object()["type"] = ""; }, "has no type"},
      {"10 placement shape", [](json::object& o) { o["placement"] = 3; }, "must be null or an object"},
      {"11 budget", [](json::object& o) { o["personal_budget"] = json::object{{"direct_payment", true}, {"provision_ids", json::array{"b1"}}}; }, "not a provision item"},
      {"12 role", [](json::object& o) { item(o, "advice", 0)["from_role"] = "teacher"; }, "is from \"teacher\""},
      {"12 date", [](json::object& o) { item(o, "advice", 0)["date"] = "2026-03-03"; }, "dated after the plan date"},
      {"12 mapped", [](json::object& o) { item(o, "advice", 1)["recommendations"].as_array()[0].as_object()["mapped_to"] = json::array{"b1"}; }, "not a provision item or an outcome"},
      {"12 quantity", [](json::object& o) { item(o, "advice", 1)["recommendations"].as_array()[0].as_object()["quantity"] = json::object{{"frequency", json::object{{"count", 0}, {"per", "day"}}}}; }, "count above 0"},
      {"13 pattern", [](json::object& o) { item(o, "needs", 0)["id"] = "B1"; }, "ids use lower-case letters"},
      {"13 unique", [](json::object& o) { item(o, "outcomes", 2)["id"] = "f1"; }, "which another item already has"},
  };
  for (const auto& c : cases) {
    auto problems = problems_after(c.change);
    EXPECT_THAT(all(problems), HasSubstr(c.expected)) << "rule " << c.rule << ":\n" << all(problems);
  }
}

TEST(PlanJson, EveryProblemIsListedNotJustTheFirst) {
  auto problems = problems_after([](json::object& o) {
    o["status"] = "issued";
    item(o, "needs", 0)["section"] = "E";
    item(o, "provision", 0)["delivery"] = "online";
  });
  EXPECT_EQ(problems.size(), 3u) << all(problems);
}

TEST(PlanJson, AWeakPlanIsStillValid) {
  // Quality is judged later, not at the door: vague provision and missing links are allowed.
  auto problems = problems_after([](json::object& o) {
    auto& f1 = item(o, "provision", 0);
    f1["frequency"] = "as required";
    f1["who"] = nullptr;
    f1["need_ids"] = json::array{};
    item(o, "advice", 1)["recommendations"].as_array()[1].as_object()["not_included_reason"] = nullptr;
  });
  EXPECT_TRUE(problems.empty()) << all(problems);
}

}  // namespace
}  // namespace sendhub::plan
