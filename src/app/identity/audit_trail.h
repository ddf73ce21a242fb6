// The audit trail in the database: every entry is appended in the same transaction as the work
// it records, chained to the one before (domain/audit/audit_chain.h). audit_head holds the last
// sequence and hash; updating it takes a row lock, so concurrent writers queue on both engines.
#pragma once

#include <optional>
#include <vector>

#include "app/identity/invitations.h"
#include "domain/access/policy.h"
#include "domain/audit/audit_chain.h"
#include "domain/error.h"
#include "store/database.h"

namespace sendhub::app {

// An entry for something this actor did to a child's record (or case), with the request's source.
audit::AuditEntry audit_entry(const access::Actor& actor, std::string action, const RequestContext& ctx, std::string child_id,
                              std::string case_id, std::string la_code, std::string outcome = "succeeded");

// Fills sequence, at, previous_hash and hash, then writes the entry. Call inside Database::write.
Result<audit::AuditEntry> append_audit(store::Connection& c, audit::AuditEntry entry);

// Many entries at once, chained in their order: one move of the head and a few multi-row
// inserts, for work that reads many children together (the SEN2 export). Call inside
// Database::write.
Result<void> append_audit_entries(store::Connection& c, std::vector<audit::AuditEntry> entries);

struct AuditFilter {
  std::string child_id;               // empty: all
  std::size_t limit = 0;              // 0: all; otherwise the newest `limit`, still oldest first
  std::string action;                 // empty: all
  std::string outcome;                // empty: all
  std::string from_day, to_day;       // YYYY-MM-DD, inclusive; empty: open-ended
  std::vector<std::string> la_codes;  // non-empty: only these authorities, plus entries with none
};
Result<std::vector<audit::AuditEntry>> read_audit(store::Database& db, const AuditFilter& filter = {});

struct AuditCheck {
  std::int64_t entries = 0;
  std::optional<audit::BrokenLink> broken;
};
// Reads the whole trail and checks every link, and that nothing was cut from its end.
Result<AuditCheck> verify_audit(store::Database& db);

}  // namespace sendhub::app
