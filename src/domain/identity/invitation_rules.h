// What makes an invitation complete, before anything is stored. People join SENDhub only by
// invitation: staff to an organisation with a role, families to a child, and professionals to a
// child's case for a limited time. Each problem is reported against the field that has it.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "domain/access/role.h"
#include "domain/calendar/date.h"

namespace sendhub::identity {

inline constexpr std::chrono::days invitation_lifetime{7};
inline constexpr std::chrono::minutes password_reset_lifetime{60};
// The longest a professional is involved before someone must ask them again.
inline constexpr std::chrono::days longest_involvement{2 * 366};

struct InvitationDraft {
  std::string email;
  std::string display_name;
  std::string role;              // access::to_string(Role)
  std::string organisation_id;   // staff and professionals
  std::string child_id;          // families and professionals on a case
  std::string case_id;           // professionals on a case
  std::string involvement_until; // YYYY-MM-DD, professionals on a case
};

enum class InvitationKind { staff, family, professional_on_case };

struct FieldProblem {
  std::string field;
  std::string message;
};

struct CheckedInvitation {
  InvitationKind kind = InvitationKind::staff;
  access::Role role = access::Role::parent_carer;
  std::vector<FieldProblem> problems;  // empty when the draft can be sent
};

CheckedInvitation check_invitation(const InvitationDraft& draft, calendar::Date today);

// Whether someone in this role can belong to this kind of organisation (organisations.kind).
bool role_fits_organisation(access::Role role, std::string_view organisation_kind);

// Roles that are asked to contribute to one case rather than seeing an authority's cases.
bool invited_per_case(access::Role role);

}  // namespace sendhub::identity
