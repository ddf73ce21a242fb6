#include "domain/audit/audit_chain.h"

#include <gtest/gtest.h>

namespace sendhub::audit {
namespace {

std::vector<AuditEntry> chain_of(int n) {
  std::vector<AuditEntry> out;
  for (int i = 0; i < n; ++i) {
    AuditEntry e;
    e.at = "2026-11-24T02:00:0" + std::to_string(i) + "Z";
    e.actor_user_id = "user-" + std::to_string(i % 3);
    e.actor_role = "sen_caseworker";
    e.action = "record.view";
    e.child_id = "child-" + std::to_string(i);
    e.la_code = "816";
    e.outcome = "allowed";
    seal(e, out.empty() ? nullptr : &out.back());
    out.push_back(e);
  }
  return out;
}

TEST(AuditChain, AnUntouchedChainVerifies) {
  auto entries = chain_of(5);
  EXPECT_EQ(entries[0].previous_hash, genesis_hash);
  EXPECT_EQ(entries[4].sequence, 5);
  EXPECT_EQ(verify_chain(entries), std::nullopt);
  EXPECT_EQ(verify_chain({}), std::nullopt);
}

TEST(AuditChain, EditingAnyFieldIsFoundAtThatEntry) {
  auto entries = chain_of(5);
  entries[2].child_id = "child-99";
  auto broken = verify_chain(entries);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->sequence, 3);
  EXPECT_NE(broken->reason.find("changed"), std::string::npos);
}

TEST(AuditChain, RehashingAnEditedEntryBreaksTheNextLink) {
  auto entries = chain_of(5);
  entries[1].outcome = "refused";
  entries[1].hash = compute_hash(entries[1]);  // a forger recomputes this row's hash
  auto broken = verify_chain(entries);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->sequence, 3);
}

TEST(AuditChain, DeletingAnEntryIsFound) {
  auto entries = chain_of(5);
  entries.erase(entries.begin() + 3);
  auto broken = verify_chain(entries);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->sequence, 5);
  EXPECT_NE(broken->reason.find("missing"), std::string::npos);
}

TEST(AuditChain, ShiftingTextBetweenFieldsChangesTheHash) {
  AuditEntry a, b;
  a.action = "record.view";
  a.child_id = "x";
  b.action = "record.vie";
  b.child_id = "wx";
  seal(a, nullptr);
  seal(b, nullptr);
  EXPECT_NE(a.hash, b.hash);
}

}  // namespace
}  // namespace sendhub::audit
