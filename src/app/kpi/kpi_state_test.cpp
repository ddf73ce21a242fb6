// The KPIs kept in memory on both engines: loaded once from the York-scale demo, then brought up
// to date from the change feed as cases and children are written, always agreeing with a fresh
// load of the whole record, and without loading it all again.
#include "app/kpi/kpi_state.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "app/casework/cases.h"
#include "app/demo_data.h"
#include "app/identity/sessions.h"
#include "app/kpi/kpi_report.h"
#include "store/migrations.h"
#include "support/york_scale_fixture.h"

namespace sendhub::app::kpi {
namespace {

class KpiStateTest : public testing::YorkScaleDemo {
 protected:
  // The figures from the state kept in memory, and from loading everything afresh.
  std::string kept(KpiState& state, const std::string& la = "") {
    std::string out;
    EXPECT_TRUE(state.with_area([&](const LoadedArea& area) {
      auto q = kpi_query(area, "", "", la, today_);
      ASSERT_TRUE(q) << q.error().message;
      out = boost::json::serialize(kpi_json(area, *q).at("kpis"));
    }));
    return out;
  }
  std::string fresh(const std::string& la = "") {
    run("DELETE FROM kpi_snapshot", {});  // a true fresh load, not the snapshot and the feed
    KpiState state(db());
    return kept(state, la);
  }
  std::int64_t figure(KpiState& state, std::string_view id) {
    std::int64_t n = -1;
    EXPECT_TRUE(state.with_area([&](const LoadedArea& area) {
      for (const auto& f : k::compute_kpis(area.facts, {k::day_of(today_) - 364, k::day_of(today_)}))
        if (f.definition->id == id) n = f.figure.numerator;
    }));
    return n;
  }
};

TEST_P(KpiStateTest, TheDemoAreaHasEveryKindOfFigure) {
  KpiState state(db());
  EXPECT_GT(figure(state, "requests_received"), 250);
  EXPECT_GT(figure(state, "plans_issued"), 250);
  EXPECT_GT(figure(state, "active_plans"), 1800);
  EXPECT_GT(figure(state, "plans_ceased"), 0);
  EXPECT_GT(figure(state, "reviews_within_12_months"), 500);
  EXPECT_GT(figure(state, "mediations_per_100_appealable"), 0);
  EXPECT_GT(figure(state, "first_choice_school"), 10);   // read from the family's reply and the plan
  EXPECT_GT(figure(state, "post14_pfa_outcomes"), 100);  // read from the plans' outcomes
  EXPECT_TRUE(state.with_area([&](const LoadedArea& area) {
    EXPECT_EQ(area.index.histories_rejected, 0u);
    EXPECT_GT(area.facts.organisations.size(), 1u);  // advice by organisation
    EXPECT_GT(area.facts.districts.size(), 5u);
  }));
}

TEST_P(KpiStateTest, WritesAreAppliedFromTheFeedAndAgreeWithAFreshLoad) {
  KpiState state(db());
  const auto before = figure(state, "requests_received");
  EXPECT_EQ(kept(state), fresh());
  // A new request, a child's need recorded afresh, and a permitted exception on a case.
  run("INSERT INTO children (id, la_code, given_name, family_name, date_of_birth, created_at) "
      "VALUES ('child-kpi-new', '816', 'New', 'Child', '2018-04-02', '2026-01-01T00:00:00Z')", {});
  request_today("case-kpi-new", "child-kpi-new");
  run("INSERT INTO child_detail_versions (child_id, version, upn, nhs_number, postcode, sex, ethnicity, first_language, "
      "communication_needs, year_group, primary_need, secondary_need, changed_by, changed_at) SELECT child_id, version + 1, upn, "
      "nhs_number, 'YO26 4AB', sex, ethnicity, first_language, communication_needs, year_group, 'PMLD', secondary_need, "
      "changed_by, changed_at FROM child_detail_versions WHERE child_id = 'child-york-00001'", {});
  run("INSERT INTO case_exceptions (case_id, position, type, from_date, to_date, note, recorded_by, recorded_at) "
      "VALUES ('case-york-00002', 9, 'institution_closure', '2020-07-20', '2020-09-01', 'Made-up.', 'user-caseworker', "
      "'2026-01-01T00:00:00Z')", {});
  EXPECT_EQ(figure(state, "requests_received"), before + 1);
  EXPECT_EQ(kept(state), fresh());
  EXPECT_EQ(kept(state, "816"), fresh("816"));
  EXPECT_TRUE(state.with_area([](const LoadedArea& area) {
    EXPECT_TRUE(area.facts.copies.in_step);  // the walks read the records' copies of their children, kept up to date
    EXPECT_EQ(area.facts.copies.requests.size(), area.facts.requests.size());
  }));
  // A plan that named the family's choice is changed to name another school.
  const auto chosen = figure(state, "first_choice_school");
  ASSERT_GT(chosen, 0);
  run("UPDATE cases SET named_setting = 'Another School Altogether' WHERE id = (SELECT f.case_id FROM family_responses f "
      "JOIN cases k ON k.id = f.case_id AND k.named_setting = f.school_preference "
      "JOIN case_events e ON e.case_id = f.case_id AND e.type = 'amended_plan_issued' AND e.event_date >= $1 "
      "ORDER BY f.case_id LIMIT 1)",
      {calendar::format_date(today_ - std::chrono::days(300))});
  EXPECT_EQ(figure(state, "first_choice_school"), chosen - 1);
  EXPECT_EQ(kept(state), fresh());
  auto stats = state.stats();
  EXPECT_EQ(stats.full_reloads, 1);  // the feed, not a rescan
  EXPECT_GE(stats.changes_applied, 5);
  // A school's type changes every pupil in it: everything is read again.
  run("UPDATE organisations SET setting_type = 'special' WHERE id = 'org-york-school-1'", {});
  EXPECT_EQ(kept(state), fresh());
  EXPECT_EQ(state.stats().full_reloads, 2);
}

TEST_P(KpiStateTest, TheHeadlineScopeGivesTheBoardsTilesByAuthorityAndNeed) {
  KpiState state(db());
  EXPECT_TRUE(state.with_area([&](const LoadedArea& area) {
    auto q = kpi_query(area, "", "", "", today_);
    ASSERT_TRUE(q);
    const auto every = kpi_json(area, *q).at("kpis").as_array();
    q->scope = k::Scope::headline_by_la_and_need;
    const auto headline = kpi_json(area, *q).at("kpis").as_array();
    EXPECT_LT(headline.size(), every.size());
    EXPECT_GT(headline.size(), 5u);
    for (const auto& v : headline) {
      const auto* d = k::definition(v.at("id").as_string());
      ASSERT_TRUE(d && d->headline);
      const auto& by = v.at("breakdowns").as_object();
      EXPECT_TRUE(by.contains("la") && by.contains("need")) << d->id;
      for (const auto& b : by) EXPECT_TRUE(b.key() == "la" || b.key() == "need") << d->id << " by " << b.key();
    }
  }));
}

TEST_P(KpiStateTest, AnUnknownAuthorityOrDateIsExplained) {
  KpiState state(db());
  EXPECT_TRUE(state.with_area([&](const LoadedArea& area) {
    auto la = kpi_query(area, "", "", "999", today_);
    ASSERT_FALSE(la);
    EXPECT_EQ(la.error().field, "la");
    auto date = kpi_query(area, "2026-02-30", "", "", today_);
    ASSERT_FALSE(date);
    EXPECT_EQ(date.error().field, "from");
    auto backwards = kpi_query(area, "2026-05-01", "2026-04-01", "", today_);
    ASSERT_FALSE(backwards);
    EXPECT_EQ(backwards.error().field, "from");
  }));
}

INSTANTIATE_TEST_SUITE_P(Engines, KpiStateTest, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app::kpi
