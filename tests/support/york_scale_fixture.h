// The York-scale demo (about 2,000 plans, seed 7) on each engine, for the tests of what is
// computed over a whole area: the KPIs, their snapshot and the SEN2 return. Header-only.
#pragma once

#include <gtest/gtest.h>
#include <sodium.h>

#include <memory>
#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/demo_data.h"
#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::testing {

class YorkScaleDemo : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(db()));
    ASSERT_TRUE(app::load_york_scale_demo(db(), 7));
    today_ = app::day_of(app::unix_now());
  }
  store::Database& db() { return test_->db(); }
  // One statement that must succeed.
  void run(const std::string& sql, std::vector<store::Value> p = {}) {
    ASSERT_TRUE(db().write([&](store::Connection& c) -> Result<void> {
      auto n = c.execute(sql, p);
      if (!n) return std::unexpected(n.error());
      return {};
    }));
  }
  // A new request for an assessment, received today, as the casework pages record one.
  void request_today(const std::string& case_id, const std::string& child_id) {
    run("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, opened_by, opened_at) "
        "VALUES ($1, $2, '816', 'ehc_needs_assessment', 'parent', 1, '', 'user-caseworker', '2026-01-01T00:00:00Z')",
        {case_id, child_id});
    ASSERT_TRUE(db().write([&](store::Connection& c) -> Result<void> {
      app::CaseRecord record;
      record.id = case_id;
      return app::append_case_event(c, record, {statutory::EventType::request_received, today_}, "", "user-caseworker",
                                    app::unix_now());
    }));
  }

  std::unique_ptr<TestDatabase> test_;
  calendar::Date today_;
};

}  // namespace sendhub::testing
