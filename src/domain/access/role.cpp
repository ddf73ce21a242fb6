#include "domain/access/role.h"

namespace sendhub::access {
namespace {

struct RoleName {
  Role role;
  std::string_view name;
  std::string_view description;
};

constexpr RoleName names[] = {
    {Role::sen_caseworker, "sen_caseworker", "SEN caseworker at the council"},
    {Role::sen_manager, "sen_manager", "SEN manager at the council"},
    {Role::panel_member, "panel_member", "member of the council's SEN panel"},
    {Role::educational_psychologist, "educational_psychologist", "educational psychologist"},
    {Role::school_senco, "school_senco", "special educational needs co-ordinator (SENCO) at the school or setting"},
    {Role::health_professional, "health_professional", "health professional"},
    {Role::designated_clinical_officer, "designated_clinical_officer", "designated clinical officer (NHS)"},
    {Role::social_worker, "social_worker", "social worker"},
    {Role::analyst, "analyst", "data analyst (figures only, no individual records)"},
    {Role::administrator, "administrator", "SENDhub administrator"},
    {Role::parent_carer, "parent_carer", "parent or carer"},
    {Role::young_person, "young_person", "young person"},
    {Role::local_offer_editor, "local_offer_editor", "member of the council's Local Offer team"},
    {Role::service_provider, "service_provider", "provider of services in the Local Offer"},
};

}  // namespace

std::string_view to_string(Role role) {
  for (const auto& n : names)
    if (n.role == role) return n.name;
  return "unknown";
}

std::optional<Role> role_from_string(std::string_view name) {
  for (const auto& n : names)
    if (n.name == name) return n.role;
  return std::nullopt;
}

std::string_view describe(Role role) {
  for (const auto& n : names)
    if (n.role == role) return n.description;
  return "unknown role";
}

std::string label(Role role) {
  std::string out(describe(role));
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

bool is_family(Role role) { return role == Role::parent_carer || role == Role::young_person; }

bool is_sen_team(Role role) { return role == Role::sen_caseworker || role == Role::sen_manager; }

bool is_local_authority_casework(Role role) {
  return role == Role::sen_caseworker || role == Role::sen_manager || role == Role::panel_member;
}

}  // namespace sendhub::access
