// The people an SEN manager or administrator looks after: who belongs to which organisation in
// which role, changing a role (which signs the person out everywhere, so their next session is
// made for the new role) and switching an account off when someone leaves.
#pragma once

#include <string>
#include <vector>

#include "app/identity/invitations.h"
#include "domain/access/policy.h"
#include "store/database.h"

namespace sendhub::app {

struct Person {
  std::string user_id, display_name, email;
  std::string organisation_id, organisation_name;
  access::Role role;
  bool two_factor = false, disabled = false;
};
// Staff in organisations whose users the actor may manage, by organisation then name.
Result<std::vector<Person>> list_people(store::Database& db, const access::Actor& actor);

struct OrganisationChoice {
  std::string id, name, kind;
};
// Organisations the actor may invite staff to.
Result<std::vector<OrganisationChoice>> organisations_for(store::Database& db, const access::Actor& actor);

// Every organisation (for choosing where an invited professional works).
Result<std::vector<OrganisationChoice>> all_organisations(store::Database& db);

// not_found when the membership is not one the actor manages; invalid_input (field "role") for
// a role that does not fit the organisation or a change to one's own role.
Result<void> change_role(store::Database& db, const access::Actor& actor, const std::string& user_id,
                         const std::string& organisation_id, access::Role from, access::Role to, const RequestContext& ctx);

Result<void> set_account_disabled(store::Database& db, const access::Actor& actor, const std::string& user_id,
                                  bool disabled, const RequestContext& ctx);

}  // namespace sendhub::app
