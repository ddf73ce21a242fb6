// Who a signed-in person is acting as. Staff roles belong to an organisation; family roles are
// linked to children. The names are the ones stored in the database and shown in the audit trail.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace sendhub::access {

enum class Role {
  sen_caseworker,
  sen_manager,
  panel_member,
  educational_psychologist,
  school_senco,
  health_professional,
  designated_clinical_officer,
  social_worker,
  analyst,
  administrator,
  parent_carer,
  young_person,
  local_offer_editor,  // the council's Local Offer team: checks and approves directory entries
  service_provider,    // runs services in the Local Offer: edits its own organisation's entries
};

inline constexpr std::array all_roles{
    Role::sen_caseworker,      Role::sen_manager,   Role::panel_member,
    Role::educational_psychologist, Role::school_senco, Role::health_professional,
    Role::designated_clinical_officer, Role::social_worker, Role::analyst,
    Role::administrator,       Role::parent_carer,  Role::young_person,
    Role::local_offer_editor,  Role::service_provider,
};

std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view name);
// Plain English for pages and the family's "who looked at my record" list.
std::string_view describe(Role role);
// The same with a capital letter, for labels and table cells.
std::string label(Role role);

bool is_family(Role role);
// Staff must use two-factor authentication; families may choose it.
inline bool requires_two_factor(Role role) { return !is_family(role); }
// Council SEN team roles that work every case of their own local authority.
bool is_local_authority_casework(Role role);
// The council's SEN caseworkers and managers: those who answer complaints and move plans (not
// panel members, who only decide at panels).
bool is_sen_team(Role role);

}  // namespace sendhub::access
