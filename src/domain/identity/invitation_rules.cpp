#include "domain/identity/invitation_rules.h"

#include "domain/email/message.h"

namespace sendhub::identity {

bool invited_per_case(access::Role role) {
  using access::Role;
  return role == Role::educational_psychologist || role == Role::health_professional ||
         role == Role::designated_clinical_officer || role == Role::social_worker;
}

bool role_fits_organisation(access::Role role, std::string_view kind) {
  using access::Role;
  switch (role) {
    case Role::school_senco: return kind == "school";
    case Role::health_professional:
    case Role::designated_clinical_officer: return kind == "nhs";
    case Role::social_worker: return kind == "social_care" || kind == "local_authority";
    case Role::educational_psychologist: return kind == "local_authority" || kind == "voluntary";
    case Role::parent_carer:
    case Role::young_person: return false;
    case Role::service_provider: return !kind.empty();  // any organisation may run a service
    default: return kind == "local_authority";
  }
}

CheckedInvitation check_invitation(const InvitationDraft& d, calendar::Date today) {
  CheckedInvitation out;
  auto problem = [&](std::string field, std::string message) { out.problems.push_back({std::move(field), std::move(message)}); };
  if (d.email.empty()) problem("email", "Enter their email address");
  else if (!email::valid_address(d.email)) problem("email", "Enter an email address in the correct format, like name@example.com");
  if (d.display_name.empty()) problem("display_name", "Enter their full name");
  else if (d.display_name.size() > 100) problem("display_name", "Full name must be 100 characters or fewer");

  auto role = access::role_from_string(d.role);
  if (!role) {
    problem("role", "Select their role");
    return out;
  }
  out.role = *role;
  if (access::is_family(*role)) {
    out.kind = InvitationKind::family;
    if (d.child_id.empty()) problem("role", "A parent, carer or young person is invited from the child's record");
    return out;
  }
  if (d.organisation_id.empty()) problem("organisation_id", "Select the organisation they work for");
  if (d.child_id.empty()) {
    out.kind = InvitationKind::staff;
    return out;
  }
  out.kind = InvitationKind::professional_on_case;
  if (!invited_per_case(*role)) {
    problem("role", "Only an educational psychologist, health professional, designated clinical officer or social worker "
                    "is invited to one child's case");
    return out;
  }
  if (d.case_id.empty()) problem("case_id", "Enter the case reference they are asked to help with");
  else if (d.case_id.size() > 64) problem("case_id", "Case reference must be 64 characters or fewer");
  if (d.involvement_until.empty()) {
    problem("involvement_until", "Enter the date their involvement ends");
  } else if (auto until = calendar::parse_date(d.involvement_until); !until) {
    problem("involvement_until", "The date their involvement ends must be a real date, like 2027-03-31");
  } else if (*until <= today) {
    problem("involvement_until", "The date their involvement ends must be in the future");
  } else if (*until > today + longest_involvement) {
    problem("involvement_until", "Involvement can last at most 2 years; invite them again after that");
  }
  return out;
}

}  // namespace sendhub::identity
