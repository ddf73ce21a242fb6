// Opening a child's record for a page: load it, ask access::may(), write the audit entry
// either way, and answer "not found" on refusal so that existence does not leak.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/session_support.h"

namespace sendhub::web {

struct ChildRow {
  std::string id, name, date_of_birth, setting, la_code, la_name;
  access::Resource resource;
};

// Every child (only_id empty) or one; callers decide who may see which.
Result<std::vector<ChildRow>> load_children(Site& site, const std::string& only_id);

struct ChildAccess {
  std::optional<SignedIn> who;
  ChildRow child;
};

// The child named by the route's :id. unauthenticated without a session; not_found when missing
// or refused (the refusal is audited).
Result<ChildAccess> open_child(Site& site, const Request& req, access::Action action, std::string audit_action);

std::chrono::sys_days today();

}  // namespace sendhub::web
