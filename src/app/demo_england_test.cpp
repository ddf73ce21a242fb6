// The scaled demo (England's shape, here a thousandth of its size) on both engines: every
// history is one the statutory engine accepts, and the figures come out as the shape says:
// requests a year, plans in force, 46% of new plans within 20 weeks, the national need mix.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/identity/sessions.h"
#include "app/demo_data.h"
#include "app/kpi/area_loader.h"
#include "domain/kpi/compute.h"
#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

class ScaledDemo : public ::testing::TestWithParam<std::string> {};

const kpi::k::KpiFigure& find(const std::vector<kpi::k::KpiFigure>& all, std::string_view id) {
  for (const auto& f : all)
    if (f.definition->id == id) return f;
  ADD_FAILURE() << id;
  return all.front();
}

TEST_P(ScaledDemo, HasTheShapeAskedForAndOnlyHistoriesTheEngineAccepts) {
  ASSERT_GE(sodium_init(), 0);
  testing::TestDatabase test(GetParam());
  ASSERT_TRUE(store::migrate(test.db()));
  const ScaleShape shape{4, 2000, 1000, 460, 5};
  auto loaded = load_scaled_demo(test.db(), 11, shape);
  ASSERT_TRUE(loaded) << loaded.error().message;
  auto again = load_scaled_demo(test.db(), 11, shape);
  ASSERT_FALSE(again);  // refuses to add a second area on top
  EXPECT_NE(again.error().message.find("fresh one"), std::string::npos);

  std::optional<kpi::LoadedArea> area;
  ASSERT_TRUE(test.db().read([&](store::Connection& c) -> Result<void> {
    auto a = kpi::load_area(c, day_of(unix_now()));
    if (!a) return std::unexpected(a.error());
    area = std::move(*a);
    return {};
  }));
  EXPECT_EQ(area->index.histories_rejected, 0u);
  const kpi::k::Day today = kpi::k::day_of(day_of(unix_now()));
  const auto year = kpi::k::compute_kpis(area->facts, {today - 364, today}, {}, true);
  const auto requests = find(year, "requests_received").figure.numerator;
  EXPECT_GT(requests, 900);
  EXPECT_LT(requests, 1150);  // the small demo's few, and 1,000 a year
  const auto plans = find(year, "active_plans").figure.numerator;
  EXPECT_GT(plans, 1700);
  EXPECT_LT(plans, 2400);
  // Plans issued in the last 12 months, as the DfE counts them (about 600 here; the seed is fixed).
  const auto& w20 = find(year, "within_20_weeks_excluding_exceptions").figure;
  EXPECT_GT(w20.denominator, 500);
  const double share = 100.0 * static_cast<double>(w20.numerator) / static_cast<double>(w20.denominator);
  EXPECT_NEAR(share, 46.0, 5.0);
  for (const auto& b : find(year, "active_plans").breakdowns)
    if (b.dimension == kpi::k::Dimension::need)
      for (const auto& cell : b.cells)
        if (cell.code == "ASD") {
          EXPECT_NEAR(100.0 * static_cast<double>(cell.figure.numerator) / static_cast<double>(plans), 31.5, 4.0);
        }
  // Every authority has plans, and health advice is recorded for the recent assessments.
  for (const auto& b : find(year, "active_plans").breakdowns)
    if (b.dimension == kpi::k::Dimension::la) {
      EXPECT_GE(b.cells.size(), 4u);
    }
  EXPECT_GT(find(year, "health_advice_within_6_weeks").figure.denominator, 300);
  EXPECT_GT(find(year, "reviews_within_12_months").figure.denominator, 300);
}

INSTANTIATE_TEST_SUITE_P(Engines, ScaledDemo, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
