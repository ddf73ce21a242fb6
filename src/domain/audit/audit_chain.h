// The audit trail is append-only and hash-chained: each entry's hash covers its own fields and
// the previous entry's hash, so editing, deleting or reordering any row breaks every link after
// it. This file is the pure part: hashing an entry and finding the first broken link.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sendhub::audit {

struct AuditEntry {
  std::int64_t sequence = 0;  // 1, 2, 3 … with no gaps
  std::string at;             // UTC, "2026-11-24T02:17:23Z"
  std::string actor_user_id;  // empty for an unknown person (a failed sign-in)
  std::string actor_role;
  std::string action;         // e.g. "record.view", "sign_in.failed", "role.change"
  std::string child_id;       // the child whose record was touched, if any
  std::string case_id;
  std::string la_code;
  std::string outcome;        // "allowed", "refused", "succeeded", "failed"
  std::string source;         // proxy-verified client address
  std::string request_id;
  std::string detail;         // short, never personal data
  std::string previous_hash;  // hex; the genesis value for the first entry
  std::string hash;           // hex SHA-256
};

inline const std::string genesis_hash(64, '0');

// The hash an entry must carry, given its fields and previous_hash.
std::string compute_hash(const AuditEntry& entry);

// Fills previous_hash and hash for an entry that follows `previous` (or starts the chain).
void seal(AuditEntry& entry, const AuditEntry* previous);

struct BrokenLink {
  std::int64_t sequence;  // the first entry that does not check out
  std::string reason;
};

// Entries in sequence order, as read from storage.
std::optional<BrokenLink> verify_chain(const std::vector<AuditEntry>& entries);

}  // namespace sendhub::audit
