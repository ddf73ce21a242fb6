// What a provider or the Local Offer team may change about a service, as the edit form holds
// it: the text families read, ages, cost, contact details and whether it is open. Checking is
// pure; a provider's change waits for the Local Offer team's approval (app/local_offer).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access/role.h"
#include "domain/error.h"
#include "domain/identity/invitation_rules.h"
#include "domain/local_offer/hsds.h"

namespace sendhub::local_offer {

struct ServiceEdit {
  std::string name, status, summary, description, easy_read, application_process, attending_access, wait_time,
      eligibility_description, minimum_age, maximum_age, free, fees_description, email, url, phone;
  bool operator==(const ServiceEdit&) const = default;
};

struct EditableField {
  std::string_view key, label;
  std::string ServiceEdit::*member;
};
std::span<const EditableField> editable_fields();

ServiceEdit edit_of(const Service& service);
// Trims what was typed and reports each problem against its field (GOV.UK wording).
std::vector<identity::FieldProblem> check_edit(ServiceEdit& edit);

struct FieldChange {
  std::string field, label, before, after;
};
std::vector<FieldChange> changes_between(const ServiceEdit& before, const ServiceEdit& after);

// Writes a checked edit into the service (the main phone number and the cost option included).
void apply_edit(Service& service, const ServiceEdit& edit);

std::string edit_to_json(const ServiceEdit& edit);
Result<ServiceEdit> edit_from_json(std::string_view text);

// Who may do what to the directory.
enum class DirectoryRole { none, provider, local_offer_team };
DirectoryRole directory_role(access::Role role);

}  // namespace sendhub::local_offer
