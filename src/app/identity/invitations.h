// Inviting people. Nobody registers themselves into children's data: an SEN manager or
// administrator invites staff to an organisation, and the council SEN team invites a family to a
// child's record or a professional to a child's case. The invitation and its email are written
// in one transaction with its audit entry; the link works once and for seven days.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/identity/password_hasher.h"
#include "app/identity/sessions.h"
#include "domain/access/policy.h"
#include "domain/identity/invitation_rules.h"
#include "store/database.h"

namespace sendhub::app {

struct RequestContext {
  std::string source;      // client address
  std::string request_id;
  std::string device;      // user agent, shortened
  std::int64_t now = 0;    // Unix seconds
  std::string public_url;  // "https://sendhub.example", for links in emails
};

// Problems with what was typed (field, message), or nothing when the invitation was sent. A
// child the inviter may not see, or an organisation outside their authority, is not_found.
Result<std::vector<identity::FieldProblem>> send_invitation(store::Database& db, const access::Actor& inviter,
                                                            const identity::InvitationDraft& draft,
                                                            const RequestContext& ctx);

struct OpenInvitation {
  std::string token_hash;
  std::string email, display_name;
  access::Role role;
  std::string organisation_name;  // who invited them (or the organisation they join)
  bool account_exists = false;
  std::string expires_on;         // "1 December 2026"
};
// An unused, unexpired invitation for this token, or nothing.
Result<std::optional<OpenInvitation>> find_invitation(store::Database& db, std::string_view token, std::int64_t now);

// A new account: checks the password, creates the person and their relationship, uses up the
// invitation and signs them in (staff still have to set up two-factor authentication).
Result<NewSession> accept_invitation_new_account(store::Database& db, PasswordHasher& hasher, std::string_view token,
                                                 std::string_view password, const RequestContext& ctx);
// Someone who already has an account, signed in as the invited email, adds the relationship.
Result<void> accept_invitation_existing_account(store::Database& db, std::string_view token, const std::string& user_id,
                                                const RequestContext& ctx);

}  // namespace sendhub::app
