// The audit trail on both engines: appends chain, and any direct edit or deletion in the
// database is found and named.
#include "app/identity/audit_trail.h"

#include <gtest/gtest.h>

#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

class AuditTrail : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    for (int i = 1; i <= 5; ++i) {
      ASSERT_TRUE(test_->db().write([&](store::Connection& c) -> Result<void> {
        audit::AuditEntry e;
        e.actor_user_id = "user-" + std::to_string(i);
        e.actor_role = "sen_caseworker";
        e.action = "record.view";
        e.child_id = "child-" + std::to_string(i % 2);
        e.la_code = "816";
        e.outcome = "allowed";
        auto written = append_audit(c, e);
        if (!written) return std::unexpected(written.error());
        return {};
      }));
    }
  }
  // An administrator with direct database access, bypassing the append-only trigger first.
  void tamper(const std::string& sql) {
    if (GetParam() == "sqlite") {
      test_->run_as_administrator("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + sql);
    } else {
      test_->run_as_administrator("DROP TRIGGER audit_log_no_update ON audit_log; " + sql);
    }
  }
  std::unique_ptr<testing::TestDatabase> test_;
};

TEST_P(AuditTrail, AppendedEntriesChainAndVerify) {
  auto check = verify_audit(test_->db());
  ASSERT_TRUE(check) << check.error().message;
  EXPECT_EQ(check->entries, 5);
  EXPECT_FALSE(check->broken);
  auto for_child = read_audit(test_->db(), {"child-1"});
  ASSERT_TRUE(for_child);
  EXPECT_EQ(for_child->size(), 3u);
  EXPECT_EQ((*for_child)[0].sequence, 1);
}

TEST_P(AuditTrail, ManyEntriesAtOnceChainOnFromTheLastAndOnward) {
  std::vector<audit::AuditEntry> many(1203);  // many chunks of inserts, the last one short
  for (std::size_t i = 0; i < many.size(); ++i) {
    many[i].actor_user_id = "sendhub-command";
    many[i].actor_role = "command_line";
    many[i].action = "sen2.export";
    many[i].child_id = "child-many-" + std::to_string(i);
    many[i].outcome = "succeeded";
  }
  ASSERT_TRUE(test_->db().write([&](store::Connection& c) { return append_audit_entries(c, many); }));
  ASSERT_TRUE(test_->db().write([&](store::Connection& c) -> Result<void> {
    audit::AuditEntry e;
    e.actor_user_id = "user-after";
    e.actor_role = "sen_caseworker";
    e.action = "record.view";
    auto written = append_audit(c, e);
    if (!written) return std::unexpected(written.error());
    EXPECT_EQ(written->sequence, 5 + 1203 + 1);
    return {};
  }));
  auto check = verify_audit(test_->db());
  ASSERT_TRUE(check) << check.error().message;
  EXPECT_EQ(check->entries, 5 + 1203 + 1);
  EXPECT_FALSE(check->broken);
  auto one = read_audit(test_->db(), {"child-many-700"});
  ASSERT_TRUE(one);
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0].sequence, 5 + 701);
  EXPECT_TRUE(test_->db().write([&](store::Connection& c) { return append_audit_entries(c, {}); }));
}

TEST_P(AuditTrail, TheDatabaseRefusesEditsThroughSendhub) {
  auto edit = test_->db().write([](store::Connection& c) -> Result<void> {
    auto n = c.execute("UPDATE audit_log SET outcome = 'refused' WHERE sequence = 2");
    if (!n) return std::unexpected(n.error());
    return {};
  });
  EXPECT_FALSE(edit);
  EXPECT_FALSE(verify_audit(test_->db())->broken);
}

TEST_P(AuditTrail, EditingARowIsFoundAtThatRow) {
  tamper("UPDATE audit_log SET child_id = 'child-9' WHERE sequence = 3");
  auto check = verify_audit(test_->db());
  ASSERT_TRUE(check);
  ASSERT_TRUE(check->broken);
  EXPECT_EQ(check->broken->sequence, 3);
}

TEST_P(AuditTrail, DeletingARowIsFound) {
  tamper("DELETE FROM audit_log WHERE sequence = 2");
  auto check = verify_audit(test_->db());
  ASSERT_TRUE(check && check->broken);
  EXPECT_EQ(check->broken->sequence, 3);
}

TEST_P(AuditTrail, CuttingTheEndOffIsFound) {
  tamper("DELETE FROM audit_log WHERE sequence = 5");
  auto check = verify_audit(test_->db());
  ASSERT_TRUE(check && check->broken);
  EXPECT_EQ(check->broken->sequence, 5);
  EXPECT_NE(check->broken->reason.find("missing"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, AuditTrail, ::testing::ValuesIn(testing::engines),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
