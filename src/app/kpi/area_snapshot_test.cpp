// The stored snapshot of the KPI facts, on both engines: a start reads it and the changes since
// and agrees with loading everything; a snapshot from another build, or damaged, is passed over.
#include "app/kpi/area_snapshot.h"

#include "app/kpi/kpi_report.h"
#include "app/kpi/kpi_state.h"
#include "support/york_scale_fixture.h"

namespace sendhub::app::kpi {
namespace {

class AreaSnapshot : public testing::YorkScaleDemo {
 protected:
  static std::string figures(const LoadedArea& area, calendar::Date today) {
    auto q = kpi_query(area, "", "", "", today);
    return q ? boost::json::serialize(kpi_json(area, *q)) : q.error().message;
  }
  std::string figures_of(KpiState& state) {
    std::string out;
    EXPECT_TRUE(state.with_area([&](const LoadedArea& area) { out = figures(area, today_); }));
    return out;
  }
  std::string loaded_afresh() {
    std::string out;
    EXPECT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
      auto area = load_area(c, today_);
      if (!area) return std::unexpected(area.error());
      out = figures(*area, today_);
      return {};
    }));
    return out;
  }
};

TEST_P(AreaSnapshot, AStartReadsTheSnapshotAndTheChangesSinceAndAgreesWithAFullLoad) {
  {
    KpiState first(db());
    EXPECT_FALSE(figures_of(first).empty());
    EXPECT_EQ(first.stats().full_reloads, 1);
    EXPECT_EQ(first.stats().snapshots_saved, 1);
  }
  // Written after the snapshot: a new request and a child's need recorded afresh.
  request_today("case-snap-new", "child-york-00003");
  run("INSERT INTO child_detail_versions (child_id, version, upn, nhs_number, postcode, sex, ethnicity, first_language, "
      "communication_needs, year_group, primary_need, secondary_need, changed_by, changed_at) SELECT child_id, version + 1, upn, "
      "nhs_number, postcode, sex, ethnicity, first_language, communication_needs, year_group, 'VI', secondary_need, "
      "changed_by, changed_at FROM child_detail_versions WHERE child_id = 'child-york-00001'");
  KpiState second(db());
  const auto started = figures_of(second);
  EXPECT_TRUE(second.stats().from_snapshot);
  EXPECT_EQ(second.stats().full_reloads, 0);
  EXPECT_GE(second.stats().changes_applied, 3);
  EXPECT_EQ(started, loaded_afresh());
}

TEST_P(AreaSnapshot, ASnapshotFromAnotherBuildOrDamagedIsPassedOver) {
  {
    KpiState first(db());
    figures_of(first);
  }
  run("UPDATE kpi_snapshot SET fingerprint = 'another build'");
  KpiState other(db());
  const auto figures = figures_of(other);
  EXPECT_FALSE(other.stats().from_snapshot);
  EXPECT_EQ(other.stats().full_reloads, 1);
  EXPECT_EQ(figures, loaded_afresh());

  run("UPDATE kpi_snapshot SET data = 'c2hvcnQ='");  // a valid fingerprint now (the reload saved one), but cut short
  KpiState damaged(db());
  EXPECT_EQ(figures_of(damaged), figures);
  EXPECT_FALSE(damaged.stats().from_snapshot);
  db().read([&](store::Connection& c) -> Result<void> {
    auto none = load_snapshot(c);
    EXPECT_TRUE(none && *none) << "the full load saved a good one again";
    return {};
  });
}

// Why a snapshot stays good across days: the facts use due and done dates, never the status
// the day gives a milestone.
TEST_P(AreaSnapshot, TheFactsDoNotDependOnTheDayTheyAreWorkedOut) {
  std::string now, later;
  ASSERT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
    auto a = load_area(c, today_);
    auto b = load_area(c, today_ + std::chrono::days(500));
    if (!a || !b) return fail(ErrorCode::internal, "load failed");
    now = figures(*a, today_);
    later = figures(*b, today_);
    EXPECT_EQ(encode_area(*a).size(), encode_area(*b).size());
    return {};
  }));
  EXPECT_EQ(now, later);
}

TEST(AreaSnapshotBytes, AnythingButASnapshotIsRefused) {
  EXPECT_FALSE(decode_area(""));
  EXPECT_FALSE(decode_area("not a snapshot at all"));
  LoadedArea empty;
  auto bytes = encode_area(empty);
  EXPECT_TRUE(decode_area(bytes));
  EXPECT_FALSE(decode_area(bytes.substr(0, bytes.size() - 1)));
  EXPECT_FALSE(decode_area(bytes + "x"));
}

TEST(AreaSnapshotBytes, ASnapshotPointingOutsideItsOwnFactsIsRefused) {
  LoadedArea area;
  area.facts.children.resize(1);
  area.index.child_ids = {"child-1"};
  area.facts.requests.push_back({});
  area.index.case_ids_of_requests = {"case-1"};
  area.index.cases["case-1"].request = 0;
  ASSERT_TRUE(decode_area(encode_area(area)));
  auto stray_child = area;
  stray_child.facts.requests[0].child = 1;  // there is one child, number 0
  EXPECT_FALSE(decode_area(encode_area(stray_child)));
  auto stray_slot = area;
  stray_slot.index.cases["case-1"].advice = {0};  // there is no advice
  EXPECT_FALSE(decode_area(encode_area(stray_slot)));
}

INSTANTIATE_TEST_SUITE_P(Engines, AreaSnapshot, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app::kpi
