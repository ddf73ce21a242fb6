#include "domain/audit/audit_chain.h"

#include <sodium.h>

namespace sendhub::audit {
namespace {

// Length-prefixed fields, so that moving text from one field to the next changes the hash.
void field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out.push_back(':');
  out.append(value);
  out.push_back('|');
}

std::string hex(const unsigned char* bytes, std::size_t n) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(digits[bytes[i] >> 4]);
    out.push_back(digits[bytes[i] & 15]);
  }
  return out;
}

}  // namespace

std::string compute_hash(const AuditEntry& e) {
  std::string canonical;
  field(canonical, "sendhub-audit-v1");
  field(canonical, std::to_string(e.sequence));
  for (const std::string* f : {&e.at, &e.actor_user_id, &e.actor_role, &e.action, &e.child_id, &e.case_id, &e.la_code,
                               &e.outcome, &e.source, &e.request_id, &e.detail, &e.previous_hash})
    field(canonical, *f);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size());
  return hex(digest, sizeof digest);
}

void seal(AuditEntry& entry, const AuditEntry* previous) {
  entry.sequence = previous ? previous->sequence + 1 : 1;
  entry.previous_hash = previous ? previous->hash : genesis_hash;
  entry.hash = compute_hash(entry);
}

std::optional<BrokenLink> verify_chain(const std::vector<AuditEntry>& entries) {
  const AuditEntry* previous = nullptr;
  for (const auto& e : entries) {
    std::int64_t expected_sequence = previous ? previous->sequence + 1 : 1;
    if (e.sequence != expected_sequence)
      return BrokenLink{e.sequence, "entry " + std::to_string(expected_sequence) + " is missing"};
    const std::string& expected_previous = previous ? previous->hash : genesis_hash;
    if (e.previous_hash != expected_previous)
      return BrokenLink{e.sequence, "it does not point to the entry before it"};
    if (compute_hash(e) != e.hash) return BrokenLink{e.sequence, "its contents were changed after it was written"};
    previous = &e;
  }
  return std::nullopt;
}

}  // namespace sendhub::audit
