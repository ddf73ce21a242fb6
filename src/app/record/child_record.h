// The child's record details as stored: the newest version, every earlier one, and saving a new
// one. A save names the version the editor started from; if someone else saved in between, it
// is refused with both versions intact, and the editor sees what changed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/identity/invitations.h"
#include "domain/access/policy.h"
#include "domain/record/child_details.h"
#include "store/database.h"

namespace sendhub::app {

struct DetailsVersion {
  record::ChildDetails details;
  std::int64_t version = 0;  // 0: nothing recorded yet
  std::string changed_by_name, changed_at;
};

Result<DetailsVersion> current_child_details(store::Database& db, const std::string& child_id);
// Newest first, each with the fields that changed from the version before.
struct DetailsChange {
  DetailsVersion version;
  std::vector<std::string_view> changed;
};
Result<std::vector<DetailsChange>> child_details_history(store::Database& db, const std::string& child_id);

struct SaveOutcome {
  std::vector<identity::FieldProblem> problems;
  std::optional<DetailsVersion> newer;  // set when someone else saved first; nothing was stored
};
// not_found when the actor may not edit the record.
Result<SaveOutcome> save_child_details(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                       record::ChildDetails typed, std::int64_t started_from, const RequestContext& ctx);

}  // namespace sendhub::app
