// Import and export on both engines: the whole directory round-trips, a bad record is reported
// and left out whole, and a failure part way through imports nothing.
#include "app/local_offer/import.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <boost/json.hpp>
#include <sstream>

#include "app/demo_data.h"
#include "app/local_offer/demo_directory.h"
#include "app/local_offer/directory_reader.h"
#include "app/local_offer/postcodes.h"
#include "domain/local_offer/oruk_writer.h"
#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::app::local_offer {
namespace {

std::int64_t count(store::Database& db, const char* table) {
  std::int64_t n = -1;
  EXPECT_TRUE(db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query(std::string("SELECT count(*) FROM ") + table);
    if (!rows) return std::unexpected(rows.error());
    n = rows->front().get_int(0);
    return {};
  }));
  return n;
}

// The directory's JSON without the import time each service gets as its last_modified.
std::string without_times(const std::string& text) {
  auto v = boost::json::parse(text);
  for (auto& s : v.as_object()["services"].as_array()) s.as_object().erase("last_modified");
  return boost::json::serialize(v);
}

class Import : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    source_ = std::make_unique<testing::TestDatabase>(GetParam());
    target_ = std::make_unique<testing::TestDatabase>(GetParam());
    for (auto* t : {source_.get(), target_.get()}) {
      ASSERT_TRUE(store::migrate(t->db()));
      ASSERT_TRUE(load_demo_people(t->db()));
    }
    ASSERT_TRUE(load_demo_directory(source_->db()));
    auto exported = export_directory(source_->db());
    ASSERT_TRUE(exported) << exported.error().message;
    exported_ = boost::json::serialize(lo::directory_json(*exported));
  }
  std::unique_ptr<testing::TestDatabase> source_, target_;
  std::string exported_;
};

TEST_P(Import, TheExportImportsWholeAndAgainChangesNothing) {
  auto report = import_oruk_text(target_->db(), exported_, "test export", false);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_TRUE(report->rejected.empty()) << report->rejected.front().reason;
  EXPECT_EQ(report->services, count(source_->db(), "lo_services"));
  EXPECT_EQ(report->new_services, report->services);
  for (const char* table : {"lo_services", "lo_organizations", "lo_locations", "lo_service_at_locations", "lo_attributes",
                            "lo_taxonomy_terms"})
    EXPECT_EQ(count(target_->db(), table), count(source_->db(), table)) << table;
  auto again = import_oruk_text(target_->db(), exported_, "test export", false);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->new_services, 0);
  EXPECT_EQ(count(target_->db(), "lo_services"), count(source_->db(), "lo_services"));
  // Each import is in every service's history.
  std::int64_t history = 0;
  ASSERT_TRUE(target_->db().read([&](store::Connection& c) -> Result<void> {
    auto m = load_metadata(c, demo_service_id("salt-children"));
    if (!m) return std::unexpected(m.error());
    history = static_cast<std::int64_t>(m->size());
    EXPECT_EQ(m->front().updated_by, "import: test export");
    return {};
  }));
  EXPECT_EQ(history, 2);
  // What was imported reads back as it was exported.
  auto round = export_directory(target_->db());
  ASSERT_TRUE(round);
  EXPECT_EQ(without_times(boost::json::serialize(lo::directory_json(*round))), without_times(exported_));
}

TEST_P(Import, BadRecordsAreReportedAndLeftOutWhole) {
  auto v = boost::json::parse(exported_).as_object();
  auto& services = v["services"].as_array();
  services[0].as_object()["status"] = "open";               // not an HSDS status
  services[1].as_object()["id"] = "not-a-uuid";
  const std::string orphan_org = services[2].as_object()["organization_id"].as_string().c_str();
  auto& orgs = v["organizations"].as_array();
  for (auto& o : orgs)
    if (o.as_object()["id"].as_string() == orphan_org) o.as_object().erase("description");  // HSDS requires it
  auto report = import_oruk_text(target_->db(), boost::json::serialize(v), "bad file", false);
  ASSERT_TRUE(report) << report.error().message;
  ASSERT_GE(report->rejected.size(), 4u);
  EXPECT_EQ(report->rejected[0].where, "organizations[" + std::to_string([&] {
              for (std::size_t i = 0; i < orgs.size(); ++i)
                if (orgs[i].as_object()["id"].as_string() == orphan_org) return i;
              return std::size_t{0};
            }()) + "]");
  EXPECT_EQ(report->rejected[0].reason, "description is missing");
  bool status_reported = false, dependants_reported = false;
  for (const auto& r : report->rejected) {
    status_reported |= r.reason.find("status is \"open\"") != std::string::npos;
    dependants_reported |= r.reason.find("organization_id " + orphan_org + " is not an organization") != std::string::npos;
  }
  EXPECT_TRUE(status_reported);
  EXPECT_TRUE(dependants_reported);
  EXPECT_EQ(count(target_->db(), "lo_services"), report->services);
  EXPECT_LT(report->services, count(source_->db(), "lo_services"));
  EXPECT_EQ(count(target_->db(), "lo_service_at_locations"), report->service_at_locations);
}

TEST_P(Import, AFailurePartWayImportsNothing) {
  // An administrator's trigger stands in for anything that fails mid-transaction (a full disk).
  if (GetParam() == "sqlite")
    target_->run_as_administrator("CREATE TRIGGER refuse BEFORE INSERT ON lo_service_at_locations "
                                  "BEGIN SELECT RAISE(ABORT, 'refused'); END");
  else
    target_->run_as_administrator("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                  "RAISE EXCEPTION 'refused'; END $$; CREATE TRIGGER refuse BEFORE INSERT ON "
                                  "lo_service_at_locations FOR EACH ROW EXECUTE FUNCTION refuse()");
  auto report = import_oruk_text(target_->db(), exported_, "test export", false);
  EXPECT_FALSE(report);
  EXPECT_EQ(count(target_->db(), "lo_services"), 0);
  EXPECT_EQ(count(target_->db(), "lo_organizations"), 0);
  EXPECT_EQ(count(target_->db(), "lo_metadata"), 0);
}

TEST_P(Import, CheckingOnlyWritesNothing) {
  auto report = import_oruk_text(target_->db(), exported_, "check", true);
  ASSERT_TRUE(report);
  EXPECT_GT(report->services, 50);
  EXPECT_EQ(count(target_->db(), "lo_services"), 0);
  EXPECT_FALSE(import_oruk_text(target_->db(), "not json", "x", false));
}

TEST_P(Import, OnsPostcodeDirectoryGivesWholePostcodes) {
  std::istringstream csv(
      "pcd,pcd2,pcds,dointr,doterm,oscty,laua,lat,long\n"
      "\"YO105DD\",\"YO10 5DD\",\"YO10 5DD\",\"199001\",\"\",\"E99999999\",\"E06000014\",53.946810,-1.051900\n"
      "\"YO1  1AA\",\"YO1  1AA\",\"YO1 1AA\",\"199001\",\"200012\",\"E99999999\",\"E06000014\",53.959,-1.08\n"
      "\"ZZ991ZZ\",\"ZZ99 1ZZ\",\"ZZ99 1ZZ\",\"199001\",\"\",\"\",\"\",99.999999,0.000000\n"
      "not,a,postcode\n");
  auto done = import_onspd(target_->db(), csv);
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(done->imported, 1);
  EXPECT_EQ(done->terminated, 1);
  EXPECT_EQ(done->without_position, 1);
  EXPECT_EQ(done->unreadable, 1);
  ASSERT_TRUE(target_->db().read([&](store::Connection& c) -> Result<void> {
    auto whole = locate(c, *lo::parse_place("yo10 5dd"));
    if (!whole) return std::unexpected(whole.error());
    EXPECT_TRUE((*whole)->whole_postcode);
    EXPECT_NEAR((*whole)->at.latitude, 53.94681, 1e-9);
    auto district = locate(c, *lo::parse_place("YO10 4ZZ"));
    if (!district) return std::unexpected(district.error());
    EXPECT_FALSE((*district)->whole_postcode);  // falls back to the district's centre
    auto nowhere = locate(c, *lo::parse_place("ZZ99 1ZZ"));
    if (!nowhere) return std::unexpected(nowhere.error());
    EXPECT_FALSE(nowhere->has_value());
    return {};
  }));
  std::istringstream headless("a,b,c\n1,2,3\n");
  EXPECT_EQ(import_onspd(target_->db(), headless).error().code, ErrorCode::invalid_input);
}

INSTANTIATE_TEST_SUITE_P(Engines, Import, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app::local_offer
