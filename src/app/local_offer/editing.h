// Keeping entries right: providers (organisation users) edit only their own organisation's
// services and their changes wait for the council's Local Offer team, who may edit any entry
// directly and approve or turn down what providers propose. Every published change is kept
// field by field in the service's HSDS metadata, with who and when, and in the audit trail.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/identity/invitations.h"
#include "domain/access/policy.h"
#include "domain/local_offer/hsds.h"
#include "domain/local_offer/review.h"
#include "domain/local_offer/service_edit.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

namespace lo = sendhub::local_offer;

struct DirectoryActor {
  std::string user_id;
  lo::DirectoryRole role = lo::DirectoryRole::none;
  std::vector<std::string> organisation_ids;  // SENDhub organisations the person acts for in this role
  std::string organisation_name;              // the first of them, for the change history
};
Result<DirectoryActor> load_directory_actor(store::Database& db, const access::Actor& actor);

struct ManagedService {
  lo::Service service;
  std::int64_t version = 0;
  std::string organization_name;
  std::string sendhub_organisation_id;
  lo::ReviewState review;
  std::string reminder_sent_on;
  bool change_waiting = false;
};

// The team sees every service; a provider their own organisation's; anyone else none.
Result<std::vector<ManagedService>> managed_services(store::Database& db, const DirectoryActor& who, calendar::Date today);
// not_found when the person may not edit it.
Result<ManagedService> managed_service(store::Database& db, const DirectoryActor& who, const std::string& service_id,
                                       calendar::Date today);

struct EditOutcome {
  std::vector<identity::FieldProblem> problems;  // nothing was stored
  bool published = false;                        // the team's own edit, live now
  std::string change_id;                         // a provider's proposal, waiting
};
// base_version: the version the form was opened at; a save over someone else's is refused.
Result<EditOutcome> submit_edit(store::Database& db, const DirectoryActor& who, const std::string& service_id,
                                lo::ServiceEdit typed, std::int64_t base_version, const RequestContext& ctx);

struct PendingChange {
  std::string id, service_id, service_name, proposed_by, proposed_at, organisation_name;
  std::vector<lo::FieldChange> changes;
  std::vector<std::string> conflicts;  // fields changed in the entry since, which approving would overwrite
};
Result<std::vector<PendingChange>> pending_changes(store::Database& db, const DirectoryActor& who);
Result<PendingChange> pending_change(store::Database& db, const DirectoryActor& who, const std::string& change_id);

// The team only. A turned-down change needs a note for the provider. An approval over a
// conflicting later edit is refused with the fields named.
Result<std::vector<identity::FieldProblem>> decide_change(store::Database& db, const DirectoryActor& who,
                                                          const std::string& change_id, bool approve, std::string note,
                                                          const RequestContext& ctx);

// "Checked and still correct": sets the last-checked date (the team, or the service's provider).
Result<void> mark_checked(store::Database& db, const DirectoryActor& who, const std::string& service_id, const RequestContext& ctx);

// The change history, newest first.
Result<std::vector<lo::Metadata>> service_history(store::Database& db, const DirectoryActor& who, const std::string& service_id);

}  // namespace sendhub::app::local_offer
