// API tokens for other systems (a council's case management system, the ICB's data warehouse).
// Each token acts as its own service account with one staff role in one organisation, so the
// JSON API is decided by exactly the same access rules as the pages. Scopes narrow it further.
// The token is shown once; only its hash is kept. Revoking takes effect on the next request.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/identity/invitations.h"
#include "domain/access/policy.h"
#include "domain/identity/invitation_rules.h"
#include "store/database.h"

namespace sendhub::app {

inline constexpr std::string_view api_token_prefix = "sendhub_";
// records:read  children's records the role may see (each read audited, like a page view)
// aggregates:read  area figures only
inline constexpr std::array<std::string_view, 2> api_scopes{"records:read", "aggregates:read"};

struct ApiTokenDraft {
  std::string name;  // "Capita One nightly sync"
  std::string role;
  std::string organisation_id;
  std::vector<std::string> scopes;
};

struct CreatedApiToken {
  std::string token;  // shown once, empty when there were problems
  std::vector<identity::FieldProblem> problems;
};
Result<CreatedApiToken> create_api_token(store::Database& db, const access::Actor& actor, const ApiTokenDraft& draft,
                                         const RequestContext& ctx);

struct ApiTokenSummary {
  std::string id, name, role, organisation_name, scopes;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> last_used_at, revoked_at;
};
Result<std::vector<ApiTokenSummary>> list_api_tokens(store::Database& db, const access::Actor& actor);
Result<void> revoke_api_token(store::Database& db, const access::Actor& actor, const std::string& id,
                              const RequestContext& ctx);

struct ApiCaller {
  std::string token_id, user_id;
  access::Role role;
  std::vector<std::string> scopes;
  bool has_scope(std::string_view scope) const;
};
// The caller for an Authorization: Bearer value, or nothing when unknown or revoked.
Result<std::optional<ApiCaller>> find_api_caller(store::Database& db, std::string_view bearer, std::int64_t now);

}  // namespace sendhub::app
