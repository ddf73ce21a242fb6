#include "domain/kpi/compute.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sendhub::kpi {
namespace {

Day d(std::string_view s) { return day_of(*calendar::parse_date(s)); }

const KpiFigure& find(const std::vector<KpiFigure>& all, std::string_view id) {
  auto it = std::find_if(all.begin(), all.end(), [&](const KpiFigure& k) { return k.definition->id == id; });
  EXPECT_NE(it, all.end()) << id;
  return *it;
}

Figure fig(std::int64_t n, std::int64_t den) { return Figure{n, den}; }

const Breakdown& by(const KpiFigure& k, Dimension dim) {
  auto it = std::find_if(k.breakdowns.begin(), k.breakdowns.end(), [&](const Breakdown& b) { return b.dimension == dim; });
  EXPECT_NE(it, k.breakdowns.end());
  return *it;
}

// Two authorities; children 0 and 1 in "816" with autism and SEMH, child 2 in "999".
AreaFacts area() {
  AreaFacts a;
  a.las = {"", "816", "999"};
  a.districts = {"", "YO10", "YO24"};
  a.organisations = {"", "York Hospital", "Community Paediatrics"};
  a.children = {
      {d("2015-03-10"), 1, 1, 0, code_of(Dimension::need, "ASD"), code_of(Dimension::sex, "M"), code_of(Dimension::ethnicity, "WBRI"), mainstream},
      {d("2012-09-01"), 1, 2, 0, code_of(Dimension::need, "SEMH"), code_of(Dimension::sex, "F"), code_of(Dimension::ethnicity, "AIND"), special},
      {d("2019-06-30"), 2, 0, 0, code_of(Dimension::need, "ASD"), code_of(Dimension::sex, "F"), unknown, unknown},
  };
  return a;
}

RequestFacts request(std::uint32_t child, std::string_view received) {
  RequestFacts r;
  r.child = child;
  r.received = d(received);
  r.decision_due = r.received + 42;
  r.final_due = r.received + 140;
  return r;
}

const Period year_2026{d("2026-01-01"), d("2026-12-31")};

// One plan for each child, issued 100, 130 and 160 days after the request: the last is late.
AreaFacts three_plans() {
  auto a = area();
  for (std::uint32_t c = 0; c < 3; ++c) {
    auto r = request(c, "2026-02-02");
    r.final_issued = r.received + 100 + 30 * c;
    a.requests.push_back(r);
  }
  return a;
}

TEST(Kpis, TwentyWeeksIsCountedOverPlansIssuedInThePeriodWithAndWithoutExceptions) {
  auto a = area();
  auto on_time = request(0, "2026-01-05");
  on_time.decided = d("2026-02-10"), on_time.assess = true, on_time.final_issued = d("2026-05-20");
  auto late_exception = request(1, "2026-01-12");
  late_exception.decided = d("2026-02-20"), late_exception.assess = true, late_exception.final_issued = d("2026-07-01");
  late_exception.exception = true;
  auto late = request(2, "2025-11-03");  // requested last year, issued this year: counted this year
  late.decided = d("2025-12-10"), late.assess = true, late.final_issued = d("2026-04-01");
  a.requests = {on_time, late_exception, late};
  const auto k = compute_kpis(a, year_2026);
  EXPECT_EQ(find(k, "plans_issued").figure, fig(3, 0));
  EXPECT_EQ(find(k, "within_20_weeks_excluding_exceptions").figure, fig(1, 2));
  EXPECT_EQ(find(k, "within_20_weeks_including_exceptions").figure, fig(1, 3));
  EXPECT_EQ(find(k, "requests_received").figure, fig(2, 0));
  const auto weeks = find(k, "weeks_to_issue");
  EXPECT_EQ(weeks.figure, fig((135) + (170) + (149), 3));
  EXPECT_NEAR(*value_of(Unit::weeks, weeks.figure), (135 + 170 + 149) / 7.0 / 3, 1e-9);
  // The bands: on time, then over 20 weeks but within a year.
  const auto& bands = by(find(k, "plans_issued"), Dimension::weeks_band);
  ASSERT_EQ(bands.cells.size(), 2u);
  EXPECT_EQ(bands.cells[0].code, "within_20");
  EXPECT_EQ(bands.cells[0].figure, fig(1, 0));
  EXPECT_EQ(bands.cells[1].code, "20_to_52");
  EXPECT_EQ(bands.cells[1].figure, fig(2, 0));
  // Last year saw the request and the decision, not the plan.
  const auto last_year = compute_kpis(a, {d("2025-01-01"), d("2025-12-31")});
  EXPECT_EQ(find(last_year, "requests_received").figure, fig(1, 0));
  EXPECT_EQ(find(last_year, "plans_issued").figure, fig(0, 0));
  EXPECT_FALSE(value_of(Unit::percent, find(last_year, "within_20_weeks_excluding_exceptions").figure));
}

TEST(Kpis, TwentyWeeksIsOnTimeOnTheDueDateAndLateTheDayAfter) {
  auto a = area();
  auto due_day = request(0, "2026-01-05");
  due_day.final_issued = due_day.final_due;
  auto day_after = request(1, "2026-01-05");
  day_after.final_issued = day_after.final_due + 1;
  a.requests = {due_day, day_after};
  EXPECT_EQ(find(compute_kpis(a, year_2026), "within_20_weeks_excluding_exceptions").figure, fig(1, 2));
}

TEST(Kpis, DecisionsAreCountedByTheirDueDateAndAWithdrawnRequestHasNone) {
  auto a = area();
  auto in_time = request(0, "2026-01-05");
  in_time.decided = in_time.decision_due, in_time.assess = true;
  auto refused_late = request(1, "2026-03-02");
  refused_late.decided = refused_late.decision_due + 3;
  auto withdrawn = request(2, "2026-04-01");
  withdrawn.withdrawn = d("2026-04-20");
  auto undecided = request(0, "2026-10-01");  // due 12 November, nothing by the end of the year: late
  auto due_next_year = request(1, "2026-12-01");
  a.requests = {in_time, refused_late, withdrawn, undecided, due_next_year};
  const auto k = compute_kpis(a, year_2026);
  EXPECT_EQ(find(k, "decisions_within_6_weeks").figure, fig(1, 3));
  EXPECT_EQ(find(k, "assessments_agreed").figure, fig(1, 0));
  EXPECT_EQ(find(k, "requests_refused").figure, fig(1, 0));
  EXPECT_EQ(find(k, "requests_withdrawn").figure, fig(1, 0));
  EXPECT_EQ(find(k, "requests_received").figure, fig(5, 0));
}

TEST(Kpis, AdviceByAdviserAndOrganisationLeavesOutAdviceARequestNoLongerNeeded) {
  auto a = area();
  auto open = request(0, "2026-01-05");
  auto withdrawn = request(1, "2026-01-05");
  withdrawn.withdrawn = d("2026-02-20");
  a.requests = {open, withdrawn};
  auto advice = [](std::uint32_t req, statutory::Adviser who, std::uint32_t org, std::string_view asked, int took) {
    AdviceFacts f;
    f.request = req, f.adviser = who, f.organisation = org, f.asked = d(asked), f.due = f.asked + 42;
    f.received = took < 0 ? no_day : f.asked + took;
    return f;
  };
  using statutory::Adviser;
  a.advice = {advice(0, Adviser::health, 1, "2026-02-16", 40), advice(0, Adviser::health, 2, "2026-02-16", 50),
              advice(0, Adviser::education, 0, "2026-02-16", -1),  // never came: late
              advice(1, Adviser::health, 1, "2026-02-16", -1)};    // the request ended first: not counted
  a.advice.back().no_longer_needed = true;                           // as case_facts marks it
  const auto k = compute_kpis(a, year_2026);
  EXPECT_EQ(find(k, "advice_within_6_weeks").figure, fig(1, 3));
  const auto health = find(k, "health_advice_within_6_weeks");
  EXPECT_EQ(health.figure, fig(1, 2));
  const auto& orgs = by(health, Dimension::organisation);
  ASSERT_EQ(orgs.cells.size(), 2u);
  EXPECT_EQ(orgs.cells[0].label, "Community Paediatrics");  // by name
  EXPECT_EQ(orgs.cells[0].figure, fig(0, 1));
  EXPECT_EQ(orgs.cells[1].label, "York Hospital");
  EXPECT_EQ(orgs.cells[1].figure, fig(1, 1));
  const auto& advisers = by(find(k, "advice_within_6_weeks"), Dimension::adviser);
  ASSERT_EQ(advisers.cells.size(), 2u);
  EXPECT_EQ(advisers.cells[0].code, "education");
  EXPECT_EQ(advisers.cells[1].code, "health");
}

TEST(Kpis, PlansInForceAreCountedAsAtTheEndOfThePeriodWithWhereChildrenAreEducated) {
  auto a = area();
  a.plans = {{0, d("2024-05-01"), no_day, unknown},
             {1, d("2023-02-01"), d("2026-07-15"), code_of(Dimension::cease_reason, "3")},
             {2, d("2026-12-31"), no_day, unknown},   // issued on the last day: in force
             {0, d("2027-01-01"), no_day, unknown}};  // next year
  const auto k = compute_kpis(a, year_2026);
  EXPECT_EQ(find(k, "active_plans").figure, fig(2, 0));
  EXPECT_EQ(find(k, "plans_ceased").figure, fig(1, 0));
  EXPECT_EQ(by(find(k, "plans_ceased"), Dimension::cease_reason).cells.at(0).code, "3");
  // Child 2's setting is not recorded: left out of the share rather than counted as not mainstream.
  EXPECT_EQ(find(k, "mainstream_share").figure, fig(1, 1));
  const auto mid_year = compute_kpis(a, {d("2026-01-01"), d("2026-06-30")});
  EXPECT_EQ(find(mid_year, "active_plans").figure, fig(2, 0));
  EXPECT_EQ(find(mid_year, "mainstream_share").figure, fig(1, 2));
  const auto& needs = by(find(k, "active_plans"), Dimension::need);
  ASSERT_EQ(needs.cells.size(), 1u);
  EXPECT_EQ(needs.cells[0].code, "ASD");
  EXPECT_EQ(needs.cells[0].figure, fig(2, 0));
  const auto& ages = by(find(k, "active_plans"), Dimension::age_band);
  ASSERT_EQ(ages.cells.size(), 2u);  // 11 and 7 on 31 December 2026
  EXPECT_EQ(ages.cells[0].code, "5-10");
  EXPECT_EQ(ages.cells[1].code, "11-15");
}

TEST(Kpis, PlansForYoungPeopleAged14OrOverPrepareForAdulthoodWhenAnOutcomeSaysSo) {
  auto a = area();
  a.children.push_back(a.children[0]);
  a.children.back().born = d("2012-12-31");  // 14 on the period's last day: counted
  a.children.push_back(a.children[0]);
  a.children.back().born = d("2013-01-01");  // 14 the day after: not yet
  a.plans = {{1, d("2024-05-01"), no_day, unknown, true},  // born 2012-09-01
             {3, d("2024-05-01"), no_day, unknown, false},
             {4, d("2024-05-01"), no_day, unknown, true},
             {0, d("2024-05-01"), no_day, unknown, false},                                  // aged 11
             {1, d("2020-05-01"), d("2025-06-01"), code_of(Dimension::cease_reason, "3"), false}};  // ceased: not in force
  EXPECT_EQ(find(compute_kpis(a, year_2026), "post14_pfa_outcomes").figure, fig(1, 2));
  // At the end of June both were still 13.
  EXPECT_EQ(find(compute_kpis(a, {d("2026-01-01"), d("2026-06-30")}), "post14_pfa_outcomes").figure, fig(0, 0));
}

TEST(Kpis, FirstChoiceSchoolsAreCountedOverSettingsNamedInThePeriod) {
  auto a = area();
  a.choices = {{0, d("2026-02-10"), true}, {1, d("2026-03-01"), false}, {2, d("2025-12-31"), true}, {removed, d("2026-04-01"), true}};
  const auto k = compute_kpis(a, year_2026);
  EXPECT_EQ(find(k, "first_choice_school").figure, fig(1, 2));
  const auto& las = by(find(k, "first_choice_school"), Dimension::la);
  ASSERT_EQ(las.cells.size(), 1u);
  EXPECT_EQ(las.cells[0].code, "816");
}

TEST(Kpis, MediationsAndAppealsArePer100AppealableDecisions) {
  auto a = area();
  for (int i = 0; i < 40; ++i) a.appealable.push_back({static_cast<std::uint32_t>(i % 3), d("2026-03-01") + i});
  a.appealable.push_back({0, d("2025-12-31")});  // last year
  a.disagreements = {{0, d("2026-03-01"), d("2026-03-10"), d("2026-06-01")}, {1, d("2026-04-01"), d("2026-04-11"), no_day}};
  const auto k = compute_kpis(a, year_2026);
  EXPECT_EQ(find(k, "mediations_per_100_appealable").figure, fig(2, 40));
  EXPECT_DOUBLE_EQ(*value_of(Unit::per_100, find(k, "mediations_per_100_appealable").figure), 5.0);
  EXPECT_EQ(find(k, "tribunals_per_100_appealable").figure, fig(1, 40));
}

TEST(Kpis, ComplaintsAboutCommunicationAreCountedByTheDayReceivedAndOtherTopicsAreNot) {
  auto a = area();
  a.complaints = {{0, d("2026-01-01"), true}, {1, d("2026-12-31"), true}, {2, d("2026-06-01"), true},
                  {0, d("2026-05-05"), false},   // about delay
                  {1, d("2025-12-31"), true}};  // last year
  const auto k = compute_kpis(a, year_2026);
  EXPECT_EQ(find(k, "complaints_about_communication").figure, fig(3, 0));
  const auto& las = by(find(k, "complaints_about_communication"), Dimension::la);
  ASSERT_EQ(las.cells.size(), 2u);
  Filter york;
  york.la = 1;
  EXPECT_EQ(find(compute_kpis(a, year_2026, york), "complaints_about_communication").figure, fig(2, 0));
  const auto listed = contributions(a, "complaints_about_communication", year_2026);
  ASSERT_EQ(listed.size(), 3u);
  for (const auto& c : listed) EXPECT_EQ(c.source, Source::complaint);
}

TEST(Kpis, ReviewsAndPhaseTransfersAreCountedByTheirDueDates) {
  auto a = area();
  a.reviews = {{0, d("2026-03-01"), d("2026-03-05"), d("2026-03-20"), d("2026-03-29")},
               {1, d("2026-05-10"), d("2026-05-01"), d("2026-06-20"), d("2026-06-07")},
               {2, no_day, d("2026-11-30"), no_day, no_day}};
  a.transfers = {{0, d("2026-02-10"), d("2026-02-14")}, {1, no_day, d("2026-02-14")}};
  const auto k = compute_kpis(a, year_2026);
  EXPECT_EQ(find(k, "reviews_within_12_months").figure, fig(1, 3));
  EXPECT_EQ(find(k, "review_decisions_within_4_weeks").figure, fig(1, 2));
  EXPECT_EQ(find(k, "phase_transfers_by_deadline").figure, fig(1, 2));
}

TEST(Kpis, FiltersNarrowEveryFigureAndBreakdownsAddUpToTheTotal) {
  auto a = three_plans();
  const auto all = compute_kpis(a, year_2026);
  const auto york = compute_kpis(a, year_2026, Filter{.la = 1});
  EXPECT_EQ(find(all, "plans_issued").figure, fig(3, 0));
  EXPECT_EQ(find(york, "plans_issued").figure, fig(2, 0));
  Filter girls;
  girls.sex = code_of(Dimension::sex, "F");
  EXPECT_EQ(find(compute_kpis(a, year_2026, girls), "plans_issued").figure, fig(2, 0));
  for (const auto& k : all)
    for (const auto& b : k.breakdowns) {
      Figure sum;
      for (const auto& c : b.cells) sum.numerator += c.figure.numerator, sum.denominator += c.figure.denominator;
      EXPECT_EQ(sum, k.figure) << k.definition->id << " by " << to_string(b.dimension);
    }
  const auto la = by(find(all, "within_20_weeks_excluding_exceptions"), Dimension::la);
  ASSERT_EQ(la.cells.size(), 2u);
  EXPECT_EQ(la.cells[0].code, "816");
  EXPECT_EQ(la.cells[0].figure, fig(2, 2));
  EXPECT_EQ(la.cells[1].figure, fig(0, 1));
}

TEST(Kpis, DrillDownListsExactlyTheRecordsBehindAFigure) {
  auto a = three_plans();
  const auto list = contributions(a, "within_20_weeks_excluding_exceptions", year_2026);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(std::count_if(list.begin(), list.end(), [](const Contribution& c) { return c.in_numerator; }), 2);
  const auto asd = contributions(a, "plans_issued", year_2026, {},
                                 CellChoice{Dimension::need, code_of(Dimension::need, "ASD")});
  ASSERT_EQ(asd.size(), 2u);
  EXPECT_EQ(asd[0].source, Source::request);
  EXPECT_EQ(asd[0].index, 0u);
  EXPECT_EQ(asd[1].index, 2u);
  EXPECT_TRUE(contributions(a, "no_such_kpi", year_2026).empty());
}

}  // namespace
}  // namespace sendhub::kpi
