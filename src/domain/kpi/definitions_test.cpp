#include "domain/kpi/definitions.h"

#include <gtest/gtest.h>

#include <set>

#include "domain/kpi/counting.h"
#include "domain/statutory/rules.h"

namespace sendhub::kpi {
namespace {

TEST(KpiDefinitions, EachIsWrittenOutInFullAndNamedOnce) {
  std::set<std::string_view> ids;
  for (const auto& d : definitions()) {
    EXPECT_TRUE(ids.insert(d.id).second) << d.id;
    EXPECT_FALSE(d.title.empty()) << d.id;
    EXPECT_GT(d.counted.size(), 30u) << d.id;
    EXPECT_FALSE(d.events.empty()) << d.id;
    EXPECT_FALSE(d.why.empty()) << d.id;
    EXPECT_FALSE(d.breakdowns.empty()) << d.id;
    EXPECT_EQ(definition(d.id), &d);
  }
  EXPECT_EQ(definition("nothing"), nullptr);
}

TEST(KpiDefinitions, TheCountingOrderMatchesTheTable) {
  ASSERT_EQ(definitions().size(), std::size_t(detail::kpi_count));
  EXPECT_EQ(definitions()[detail::requests_received].id, "requests_received");
  EXPECT_EQ(definitions()[detail::within_20_ex].id, "within_20_weeks_excluding_exceptions");
  EXPECT_EQ(definitions()[detail::within_20_inc].id, "within_20_weeks_including_exceptions");
  EXPECT_EQ(definitions()[detail::advice_within].id, "advice_within_6_weeks");
  EXPECT_EQ(definitions()[detail::health_advice_within].id, "health_advice_within_6_weeks");
  EXPECT_EQ(definitions()[detail::transfers_by_deadline].id, "phase_transfers_by_deadline");
  EXPECT_EQ(definitions()[detail::active_plans].id, "active_plans");
  EXPECT_EQ(definitions()[detail::mediations].id, "mediations_per_100_appealable");
  EXPECT_EQ(definitions()[detail::tribunals].id, "tribunals_per_100_appealable");
  EXPECT_EQ(definitions()[detail::complaints_about_communication].id, "complaints_about_communication");
}

TEST(KpiDefinitions, TimeLimitsNameARowOfTheStatutoryTable) {
  for (const auto& d : definitions()) {
    if (d.rule_id.empty()) continue;
    bool found = false;
    for (const auto& r : statutory::rules()) found = found || r.id == d.rule_id;
    EXPECT_TRUE(found) << d.id << " names " << d.rule_id;
    EXPECT_EQ(d.unit, Unit::percent) << d.id;
  }
}

}  // namespace
}  // namespace sendhub::kpi
