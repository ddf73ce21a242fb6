#include "domain/kpi/targets.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "domain/calendar/date.h"

namespace sendhub::kpi {
namespace {

using std::nullopt;

Day day(std::string_view iso) { return day_of(*calendar::parse_date(iso)); }

// One target entry inside a list, so each test names only what it is about.
Result<std::vector<Target>> one(std::string_view entry) {
  return parse_targets("{\"targets\": [" + std::string(entry) + "]}");
}

Target make(TargetKind kind, double value, double amber) {
  return Target{"k", kind, value, amber, {}, "test", ""};
}

TEST(KpiTargets, ReadsEachKindAndWritesItsText) {
  auto t = parse_targets(R"({"about": "test", "targets": [
    {"kpi": "within_20_weeks_excluding_exceptions", "at_least": 85, "amber_within": 5, "source": "plan 2.1"},
    {"kpi": "mediations_per_100_appealable", "reduce_by_percent": 60,
     "baseline": {"from": "2022-09-01", "to": "2023-08-31"}, "amber_within": 20, "source": "plan 2.5"},
    {"kpi": "tribunals_per_100_appealable", "at_most": 2, "source": "s"},
    {"kpi": "weeks_to_issue", "at_most": 16.5, "source": "s"},
    {"kpi": "requests_withdrawn", "reduce_by_percent": 10.25, "baseline": {"from": "2024-01-01", "to": "2024-01-01"}, "source": "s"},
    {"kpi": "plans_issued", "at_least": 1, "source": "s", "text": "Every plan counts"}]})");
  ASSERT_TRUE(t) << t.error().message;
  ASSERT_EQ(t->size(), 6u);
  const auto& a = (*t)[0];
  EXPECT_EQ(a.kpi_id, "within_20_weeks_excluding_exceptions");
  EXPECT_EQ(a.kind, TargetKind::at_least);
  EXPECT_EQ(a.value, 85);
  EXPECT_EQ(a.amber_within, 5);
  EXPECT_EQ(a.baseline.from, no_day);
  EXPECT_EQ(a.source, "plan 2.1");
  EXPECT_EQ(a.text, "85% or more");
  const auto& m = (*t)[1];
  EXPECT_EQ(m.kind, TargetKind::reduce_by_percent);
  EXPECT_EQ(m.baseline.from, day("2022-09-01"));
  EXPECT_EQ(m.baseline.to, day("2023-08-31"));
  EXPECT_EQ(m.text, "60% fewer than in 1 September 2022 to 31 August 2023");
  EXPECT_EQ((*t)[2].text, "at most 2 per 100");
  EXPECT_EQ((*t)[2].amber_within, 0) << "amber_within defaults to no amber band";
  EXPECT_EQ((*t)[3].text, "at most 16.5 weeks");
  EXPECT_EQ((*t)[4].text, "10.25% fewer than in 1 January 2024 to 1 January 2024");
  EXPECT_EQ((*t)[5].text, "Every plan counts");
  EXPECT_EQ(target_for(*t, "tribunals_per_100_appealable"), &(*t)[2]);
  EXPECT_EQ(target_for(*t, "active_plans"), nullptr);
  EXPECT_EQ(to_string(TargetKind::reduce_by_percent), "reduce_by_percent");
  EXPECT_TRUE(parse_targets(R"({"targets": []})").value().empty());
}

TEST(KpiTargets, AcceptsTheEdgesOfEachRange) {
  EXPECT_TRUE(one(R"({"kpi": "decisions_within_6_weeks", "at_least": 100, "source": "s"})"));
  EXPECT_TRUE(one(R"({"kpi": "decisions_within_6_weeks", "at_least": 0, "amber_within": 0, "source": "s"})"));
  EXPECT_TRUE(one(R"({"kpi": "mediations_per_100_appealable", "reduce_by_percent": 100,
                      "baseline": {"from": "2023-01-01", "to": "2023-12-31"}, "source": "s"})"));
  EXPECT_TRUE(one(R"({"kpi": "plans_issued", "at_least": 500, "source": "s"})")) << "counts are not percentages";
}

struct Rejection {
  std::string json, message, field;
};

TEST(KpiTargets, RefusesMistakesSayingWhichTargetAndWhy) {
  const std::string w20 = R"("kpi": "within_20_weeks_excluding_exceptions", )";
  const std::string med = R"("kpi": "mediations_per_100_appealable", "source": "s", )";
  const std::string base = R"("baseline": {"from": "2022-09-01", "to": "2023-08-31"})";
  auto W = [](std::string why) { return "Target 1 (within_20_weeks_excluding_exceptions): " + why; };
  auto M = [](std::string why) { return "Target 1 (mediations_per_100_appealable): " + why; };
  const std::string baseline_example = " such as {\"from\": \"2022-09-01\", \"to\": \"2023-08-31\"}";
  const std::vector<Rejection> cases{
      {"[]", "The targets must be a JSON object with a \"targets\" list", "targets"},
      {"{}", "The targets must be a JSON object with a \"targets\" list", "targets"},
      {R"({"targets": {}})", "The targets must be a JSON object with a \"targets\" list", "targets"},
      {R"({"targets": [], "target": []})", "\"target\" is not expected beside \"targets\"; only an \"about\" note may be", "target"},
      {R"({"targets": [], "about": 3})", "\"about\" is not expected beside \"targets\"; only an \"about\" note may be", "about"},
      {R"({"targets": [7]})", "Target 1: expected an object such as {\"kpi\": \"plans_issued\", \"at_least\": 50, \"source\": \"...\"}", ""},
      {R"({"targets": [{"at_least": 5}]})", "Target 1: \"kpi\" is missing: give the id of the KPI, such as \"plans_issued\"", "kpi"},
      {R"({"targets": [{"kpi": 5}]})", "Target 1: \"kpi\" is missing: give the id of the KPI, such as \"plans_issued\"", "kpi"},
      // The plan's 94% first-choice target has no KPI in SENDhub yet, so it cannot be configured.
      {R"({"targets": [{"kpi": "communication_complaints", "at_least": 94, "source": "s"}]})", "Target 1: there is no KPI called \"communication_complaints\"", "kpi"},
      {"{\"targets\": [{" + w20 + R"("at_least": 85, "amber_witin": 5, "source": "s"}]})",
       W("\"amber_witin\" is not a target setting; the settings are kpi, at_least, at_most, reduce_by_percent, amber_within, baseline, source and text"), "amber_witin"},
      {R"({"targets": [{"kpi": "plans_issued", "at_least": 1, "source": "s"}, {"kpi": "active_plans", "at_least": 1, "source": "s"},
                       {"kpi": "plans_issued", "at_least": 2, "source": "s"}]})",
       "Target 3 (plans_issued): this KPI already has a target (Target 1); give each KPI one target", "kpi"},
      {"{\"targets\": [{" + w20 + R"("at_least": 85, "at_most": 90, "source": "s"}]})", W("give only one of at_least, at_most or reduce_by_percent"), "at_most"},
      {"{\"targets\": [{" + w20 + R"("source": "s"}]})", W("give one of at_least, at_most or reduce_by_percent"), ""},
      {"{\"targets\": [{" + w20 + R"("at_least": "85", "source": "s"}]})", W("at_least must be a number"), "at_least"},
      {"{\"targets\": [{" + w20 + R"("at_least": -1, "source": "s"}]})", W("at_least cannot be negative"), "at_least"},
      {"{\"targets\": [{" + w20 + R"("at_least": 100.5, "source": "s"}]})", W("at_least is a percentage, so it must be from 0 to 100"), "at_least"},
      {"{\"targets\": [{" + w20 + R"("at_least": 1e999, "source": "s"}]})", W("at_least must be a number"), "at_least"},
      {"{\"targets\": [{" + w20 + R"("at_most": 10, "source": "s"}]})", W("this KPI is better when higher, so its target must be at_least"), "at_most"},
      {"{\"targets\": [{" + med + R"("at_least": 10})" + "]}", M("this KPI is better when lower, so its target must be at_most or reduce_by_percent"), "at_least"},
      {"{\"targets\": [{" + med + R"("reduce_by_percent": 100.01, )" + base + "}]}", M("reduce_by_percent cannot be more than 100 (a 100% reduction leaves none)"), "reduce_by_percent"},
      {"{\"targets\": [{" + med + R"("reduce_by_percent": -5, )" + base + "}]}", M("reduce_by_percent cannot be negative"), "reduce_by_percent"},
      {"{\"targets\": [{" + w20 + R"("at_least": 85, "amber_within": -1, "source": "s"}]})", W("amber_within cannot be negative"), "amber_within"},
      {"{\"targets\": [{" + w20 + R"("at_least": 85, "amber_within": "5", "source": "s"}]})", W("amber_within must be a number"), "amber_within"},
      {"{\"targets\": [{" + w20 + R"("at_least": 85, "source": "s", )" + base + "}]}", W("baseline is only for reduce_by_percent targets"), "baseline"},
      {"{\"targets\": [{" + med + R"("reduce_by_percent": 60})" + "]}", M("reduce_by_percent needs a baseline: the period the reduction is measured from," + baseline_example), "baseline"},
      {"{\"targets\": [{" + med + R"("reduce_by_percent": 60, "baseline": "2022-09-01"})" + "]}", M("reduce_by_percent needs a baseline: the period the reduction is measured from," + baseline_example), "baseline"},
      {"{\"targets\": [{" + med + R"("reduce_by_percent": 60, "baseline": {"from": "2022-09-01", "to": "2023-08-31", "too": "x"}})" + "]}", M("baseline takes only from and to, not \"too\""), "baseline"},
      {"{\"targets\": [{" + med + R"("reduce_by_percent": 60, "baseline": {"from": "2022-09-01"}})" + "]}", M("baseline needs \"to\"," + baseline_example), "baseline"},
      {"{\"targets\": [{" + med + R"("reduce_by_percent": 60, "baseline": {"from": "2023-02-29", "to": "2023-08-31"}})" + "]}", M("baseline from \"2023-02-29\" is not a real date"), "baseline"},
      {"{\"targets\": [{" + med + R"("reduce_by_percent": 60, "baseline": {"from": "2022-09-01", "to": "31/08/2023"}})" + "]}", M("baseline to \"31/08/2023\" is not a date in the form YYYY-MM-DD"), "baseline"},
      {"{\"targets\": [{" + med + R"("reduce_by_percent": 60, "baseline": {"from": "2023-09-01", "to": "2023-08-31"}})" + "]}", M("the baseline ends before it starts"), "baseline"},
      {"{\"targets\": [{" + w20 + R"("at_least": 85}]})", W("\"source\" is missing: say where the target comes from, such as the plan and action"), "source"},
      {"{\"targets\": [{" + w20 + R"("at_least": 85, "source": ""}]})", W("\"source\" is missing: say where the target comes from, such as the plan and action"), "source"},
      {"{\"targets\": [{" + w20 + R"("at_least": 85, "source": "s", "text": ""}]})", W("text must be words for pages, such as \"85% or more\""), "text"},
      {"{\"targets\": [{" + w20 + R"("at_least": 85, "source": "s", "text": 85}]})", W("text must be words for pages, such as \"85% or more\""), "text"},
  };
  for (const auto& [json, message, field] : cases) {
    auto r = parse_targets(json);
    ASSERT_FALSE(r) << json;
    EXPECT_EQ(r.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(r.error().message, message) << json;
    EXPECT_EQ(r.error().field, field) << json;
  }
}

TEST(KpiTargets, BadJsonSaysWhichLine) {
  auto r = parse_targets("{\"targets\": [\n  {\"kpi\": \"plans_issued\",\n   \"at_least\": 5,,\n}]}");
  ASSERT_FALSE(r);
  EXPECT_TRUE(r.error().message.starts_with("The targets are not valid JSON: ")) << r.error().message;
  EXPECT_TRUE(r.error().message.ends_with(" on line 3")) << r.error().message;
  auto cut = parse_targets("{\"targets\": [");
  ASSERT_FALSE(cut);
  EXPECT_TRUE(cut.error().message.ends_with(" on line 1")) << cut.error().message;
  EXPECT_FALSE(parse_targets(""));
  EXPECT_FALSE(parse_targets("{\"targets\": []} extra"));
}

TEST(KpiTargets, AtLeastIsGreenFromTheTargetAndAmberWithinTheBand) {
  const auto t = make(TargetKind::at_least, 85, 5);
  EXPECT_EQ(rag(t, 100), Rag::green);
  EXPECT_EQ(rag(t, 85), Rag::green);
  EXPECT_EQ(rag(t, 17 * 100.0 / 20), Rag::green);
  EXPECT_EQ(rag(t, 84.99), Rag::amber);
  EXPECT_EQ(rag(t, 80), Rag::amber);
  EXPECT_EQ(rag(t, 79.99), Rag::red);
  EXPECT_EQ(rag(t, 0), Rag::red);
  EXPECT_EQ(rag(t, nullopt), Rag::no_data);
  EXPECT_EQ(rag(t, std::nan("")), Rag::no_data);
  EXPECT_EQ(rag(make(TargetKind::at_least, 85, 0), 84.99), Rag::red) << "no band, no amber";
}

TEST(KpiTargets, AtMostMirrorsAtLeast) {
  const auto t = make(TargetKind::at_most, 2, 0.5);
  EXPECT_EQ(rag(t, 0), Rag::green);
  EXPECT_EQ(rag(t, 2), Rag::green);
  EXPECT_EQ(rag(t, 2.01), Rag::amber);
  EXPECT_EQ(rag(t, 2.5), Rag::amber);
  EXPECT_EQ(rag(t, 2.51), Rag::red);
  EXPECT_EQ(rag(t, nullopt), Rag::no_data);
}

TEST(KpiTargets, ReductionIsMeasuredFromTheBaselineFigure) {
  const auto t = make(TargetKind::reduce_by_percent, 60, 20);
  EXPECT_EQ(rag(t, 4, 10), Rag::green);     // 60% fewer: on target
  EXPECT_EQ(rag(t, 0, 10), Rag::green);
  // 2 in 15 against 1 in 3 is exactly 60% fewer, though in binary it works out at 59.99999999999999.
  EXPECT_EQ(rag(t, 2 * 100.0 / 15, 1 * 100.0 / 3), Rag::green);
  EXPECT_EQ(rag(t, 4.01, 10), Rag::amber);  // 59.9%
  EXPECT_EQ(rag(t, 6, 10), Rag::amber);     // 40%: the edge of the band
  EXPECT_EQ(rag(t, 6.01, 10), Rag::red);
  EXPECT_EQ(rag(t, 12, 10), Rag::red);      // went up
  EXPECT_EQ(rag(t, 4, 0), Rag::no_data);    // nothing to reduce from
  EXPECT_EQ(rag(t, 0, 0), Rag::no_data);
  EXPECT_EQ(rag(t, 4, nullopt), Rag::no_data);
  EXPECT_EQ(rag(t, nullopt, 10), Rag::no_data);
}

using Series = std::vector<std::optional<double>>;

TEST(KpiTargets, TrendNeedsTheLatestFigureAndOneBeforeIt) {
  EXPECT_EQ(trend(Series{}, true, 1), Trend::unknown);
  EXPECT_EQ(trend(Series{50}, true, 1), Trend::unknown);
  EXPECT_EQ(trend(Series{nullopt, nullopt, 50}, true, 1), Trend::unknown);
  EXPECT_EQ(trend(Series{40, 50, nullopt}, true, 1), Trend::unknown) << "no figure for the latest period";
  EXPECT_EQ(trend(Series{50, 60}, true, 1), Trend::improving);
  EXPECT_EQ(trend(Series{50, 60}, false, 1), Trend::worsening);
  EXPECT_EQ(trend(Series{5, 3}, false, 1), Trend::improving);
  EXPECT_EQ(trend(Series{50, nullopt, nullopt, 60}, true, 1), Trend::improving) << "gaps are skipped";
}

TEST(KpiTargets, TrendComparesWithTheMeanOfUpToThreeEarlierFigures) {
  EXPECT_EQ(trend(Series{50, 51}, true, 1), Trend::steady);  // exactly at the edge
  EXPECT_EQ(trend(Series{50, 49}, true, 1), Trend::steady);
  EXPECT_EQ(trend(Series{50, 51.01}, true, 1), Trend::improving);
  EXPECT_EQ(trend(Series{50, 48.99}, true, 1), Trend::worsening);
  EXPECT_EQ(trend(Series{50, 50}, true, -1), Trend::steady) << "a negative allowance is none";
  // Latest alone against the one before would say worse (58 after 62); against the usual level it is not.
  EXPECT_EQ(trend(Series{60, 61, 59, 62, 58}, true, 3), Trend::steady);
  // Only three earlier figures count: 100 is too old to drag the mean up to 70.
  EXPECT_EQ(trend(Series{100, 60, 60, 60, 62}, true, 1), Trend::improving);
  // The three are the three latest known figures, however many gaps lie between them.
  EXPECT_EQ(trend(Series{20, 80, 80, nullopt, nullopt, 60}, true, 1), Trend::steady);
}

TEST(KpiTargets, NamesAndWords) {
  EXPECT_EQ(to_string(Rag::green), "green");
  EXPECT_EQ(to_string(Rag::amber), "amber");
  EXPECT_EQ(to_string(Rag::red), "red");
  EXPECT_EQ(to_string(Rag::none), "none");
  EXPECT_EQ(to_string(Rag::no_data), "no_data");
  EXPECT_EQ(words(Rag::green), "On target");
  EXPECT_EQ(words(Rag::amber), "Close to target");
  EXPECT_EQ(words(Rag::red), "Off target");
  EXPECT_EQ(words(Rag::none), "No target");
  EXPECT_EQ(words(Rag::no_data), "Not enough data");
  EXPECT_EQ(to_string(Trend::improving), "improving");
  EXPECT_EQ(to_string(Trend::steady), "steady");
  EXPECT_EQ(to_string(Trend::worsening), "worsening");
  EXPECT_EQ(to_string(Trend::unknown), "unknown");
  EXPECT_EQ(words(Trend::improving), "Getting better");
  EXPECT_EQ(words(Trend::steady), "About the same");
  EXPECT_EQ(words(Trend::worsening), "Getting worse");
  EXPECT_EQ(words(Trend::unknown), "Not enough data");
}

// The file the app ships with: a mistake in it must fail here, not on the board's dashboard.
TEST(KpiTargets, TheDefaultConfigurationReads) {
  std::ifstream in("config/kpi_targets.json");
  ASSERT_TRUE(in) << "run the tests from the repository root";
  std::stringstream text;
  text << in.rdbuf();
  auto t = parse_targets(text.str());
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->size(), 12u);
  for (const auto& target : *t) EXPECT_GT(target.source.size(), 40u) << target.kpi_id;
  const auto* w20 = target_for(*t, "within_20_weeks_excluding_exceptions");
  ASSERT_NE(w20, nullptr);
  EXPECT_EQ(w20->text, "85% or more");
  const auto* med = target_for(*t, "mediations_per_100_appealable");
  ASSERT_NE(med, nullptr);
  EXPECT_EQ(med->kind, TargetKind::reduce_by_percent);
  EXPECT_EQ(med->value, 60);
  EXPECT_EQ(med->baseline.from, day("2022-09-01"));
  EXPECT_EQ(med->baseline.to, day("2023-08-31"));
  EXPECT_NE(med->source.find("action 2.5"), std::string::npos);
  const auto* tribunals = target_for(*t, "tribunals_per_100_appealable");
  ASSERT_NE(tribunals, nullptr);
  EXPECT_EQ(tribunals->text, "60% fewer than in 1 September 2022 to 31 August 2023");
  EXPECT_EQ(target_for(*t, "phase_transfers_by_deadline")->value, 100);
  const auto* complaints = target_for(*t, "complaints_about_communication");
  ASSERT_NE(complaints, nullptr);
  EXPECT_EQ(complaints->kind, TargetKind::reduce_by_percent);
  EXPECT_NE(complaints->source.find("complaints about communication issues"), std::string::npos);
}

}  // namespace
}  // namespace sendhub::kpi
