// The York-scale demo is the same area for the same seed, and every case in it is a history the
// statutory engine accepts (each event went through append_case_event).
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/demo_data.h"
#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

std::string fingerprint(store::Database& db) {
  std::string out;
  EXPECT_TRUE(db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT k.id, ch.given_name, ch.family_name, e.type, e.event_date, e.adviser FROM cases k "
                        "JOIN children ch ON ch.id = k.child_id JOIN case_events e ON e.case_id = k.id "
                        "WHERE k.id LIKE 'case-york-%' ORDER BY k.id, e.sequence", {});
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows)
      for (int i = 0; i < 6; ++i) out += r.get_text(i) + "|";
    return {};
  }));
  return out;
}

std::int64_t count(store::Database& db, const char* sql) {
  std::int64_t n = 0;
  EXPECT_TRUE(db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query(sql, {});
    if (!rows) return std::unexpected(rows.error());
    n = (*rows)[0].get_int(0);
    return {};
  }));
  return n;
}

TEST(YorkScaleDemo, TheSameSeedGivesTheSameAreaOfTheRightSize) {
  ASSERT_GE(sodium_init(), 0);
  testing::TestDatabase a("sqlite"), b("sqlite"), c("sqlite");
  for (auto* t : {&a, &b, &c}) ASSERT_TRUE(store::migrate(t->db()));
  ASSERT_TRUE(load_york_scale_demo(a.db(), 7));
  ASSERT_TRUE(load_york_scale_demo(b.db(), 7));
  ASSERT_TRUE(load_york_scale_demo(c.db(), 8));
  EXPECT_EQ(fingerprint(a.db()), fingerprint(b.db()));
  EXPECT_NE(fingerprint(a.db()), fingerprint(c.db()));
  EXPECT_EQ(count(a.db(), "SELECT count(*) FROM case_events e WHERE e.type = 'final_plan_issued' AND e.case_id LIKE 'case-york-%'"),
            count(a.db(), "SELECT count(*) FROM cases WHERE id LIKE 'case-york-%' AND closed_on IS NOT NULL AND named_setting = ''") -
                count(a.db(), "SELECT count(*) FROM case_events e WHERE e.type = 'decision_to_assess' AND e.outcome = 'not_assess' "
                              "AND e.case_id IN (SELECT id FROM cases WHERE closed_on IS NOT NULL AND id LIKE 'case-york-%')"));
  EXPECT_GE(count(a.db(), "SELECT count(*) FROM case_events WHERE type = 'final_plan_issued'"), 2000);
  const auto open = count(a.db(), "SELECT count(*) FROM cases WHERE closed_on IS NULL AND id LIKE 'case-york-%'");
  EXPECT_GT(open, 80);   // about 20 weeks of 350 requests a year are in progress
  EXPECT_LT(open, 250);
  ASSERT_TRUE(load_york_scale_demo(a.db(), 7));  // loading again changes nothing
  EXPECT_EQ(fingerprint(a.db()), fingerprint(b.db()));
}

}  // namespace
}  // namespace sendhub::app
