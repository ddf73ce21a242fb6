// The SEN2 return for the York-scale demo area on both engines: it validates against the DfE's
// 2024 schema, the pre-submission report finds only the UPNs the demo leaves out on purpose,
// and records broken on purpose are each reported against the child, where the schema would
// reject the file too. Every child in the return is audited as read.
#include "app/sen2/sen2_export.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <set>

#include "app/casework/cases.h"
#include "app/demo_data.h"
#include "app/identity/audit_trail.h"
#include "app/identity/sessions.h"
#include "domain/sen2/test_return.h"
#include "store/migrations.h"
#include "support/york_scale_fixture.h"

namespace sendhub::app {
namespace {

class Sen2ExportTest : public testing::YorkScaleDemo {
 protected:
  void SetUp() override {
    YorkScaleDemo::SetUp();
    census_ = today_ + std::chrono::days(30);
  }
  Sen2Export made() {
    auto out = export_sen2(db(), "816", census_, unix_now(), "test");
    EXPECT_TRUE(out) << (out ? "" : out.error().message);
    return out ? *out : Sen2Export{};
  }
  std::set<std::string> fields_for(const Sen2Export& e, const std::string& child) {
    std::set<std::string> out;
    for (const auto& p : e.problems)
      if (p.child_ref == child) out.insert(p.field);
    return out;
  }

  calendar::Date census_;
};

TEST_P(Sen2ExportTest, TheYorkScaleReturnValidatesAndOnlyTheMissingUpnsAreReported) {
  const auto e = made();
  EXPECT_GT(e.sen2_return.persons.size(), 2000u);
  const auto lint = sen2::testing::validate(e.xml);
  EXPECT_EQ(lint.status, 0) << lint.output.substr(0, 2000);
  std::size_t upn = 0;
  for (const auto& p : e.problems) {
    if (p.field == "UPN") ++upn;
    else ADD_FAILURE() << p.child_ref << " " << p.where << " " << p.field << ": " << p.message;
  }
  EXPECT_GT(upn, 20u);  // about 1 in 30 children, on purpose
  EXPECT_LT(upn, 150u);
  // Every module is there: requests this year and earlier, assessments, named and active plans.
  std::set<std::string> outcomes;
  std::size_t active = 0, ceased = 0, week20 = 0;
  for (const auto& p : e.sen2_return.persons)
    for (const auto& r : p.requests) {
      outcomes.insert(r.outcome);
      if (r.active_plan) ++active;
      if (r.assessment && r.assessment->week20.value_or(false)) ++week20;
      if (r.assessment && r.assessment->named_plan && r.assessment->named_plan->cease_date) ++ceased;
    }
  EXPECT_TRUE(outcomes.contains("Y") && outcomes.contains("N") && outcomes.contains("A") && outcomes.contains("H"));
  EXPECT_GT(active, 1800u);
  EXPECT_GT(ceased, 0u);
  EXPECT_GT(week20, 0u);
  // Each child in the return was audited as read by the export.
  std::int64_t audited = 0;
  ASSERT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT count(DISTINCT child_id) FROM audit_log WHERE action = 'sen2.export'", {});
    if (!rows) return std::unexpected(rows.error());
    audited = rows->front().get_int(0);
    return {};
  }));
  EXPECT_EQ(audited, static_cast<std::int64_t>(e.sen2_return.persons.size()));
  auto chain = verify_audit(db());
  ASSERT_TRUE(chain);
  EXPECT_FALSE(chain->broken);
}

TEST_P(Sen2ExportTest, RecordsBrokenOnPurposeAreReportedAgainstTheirChild) {
  // A pupil whose school is gone from the record, one with no sex recorded, one with no need.
  run("UPDATE children SET setting_urn = NULL WHERE id = 'child-york-00010'");
  run("INSERT INTO child_detail_versions (child_id, version, upn, nhs_number, postcode, sex, ethnicity, first_language, "
      "communication_needs, year_group, primary_need, secondary_need, changed_by, changed_at) SELECT child_id, version + 1, upn, "
      "nhs_number, postcode, '', ethnicity, first_language, communication_needs, year_group, primary_need, secondary_need, "
      "changed_by, changed_at FROM child_detail_versions WHERE child_id = 'child-york-00011'");
  run("INSERT INTO child_detail_versions (child_id, version, upn, nhs_number, postcode, sex, ethnicity, first_language, "
      "communication_needs, year_group, primary_need, secondary_need, changed_by, changed_at) SELECT child_id, version + 1, upn, "
      "nhs_number, postcode, sex, ethnicity, first_language, communication_needs, year_group, '', secondary_need, "
      "changed_by, changed_at FROM child_detail_versions WHERE child_id = 'child-york-00012'");
  const auto e = made();
  EXPECT_TRUE(fields_for(e, "child-york-00010").contains("SENSetting"));
  EXPECT_TRUE(fields_for(e, "child-york-00011").contains("Sex"));
  EXPECT_TRUE(fields_for(e, "child-york-00012").contains("SENneed"));
  EXPECT_NE(sen2::testing::validate(e.xml).status, 0);  // the schema rejects the same file
  EXPECT_FALSE(export_sen2(db(), "999", census_, unix_now(), "test"));
}

INSTANTIATE_TEST_SUITE_P(Engines, Sen2ExportTest, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
