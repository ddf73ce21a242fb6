// Cases as stored: one statutory process for one child, with its append-only events. Loading a
// case gives the history the statutory engine reads; appending checks the new event against the
// engine first, so an impossible history (a decision before the request) is never stored.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/identity/invitations.h"
#include "domain/access/policy.h"
#include "domain/statutory/case_history.h"
#include "domain/statutory/timeline.h"
#include "store/database.h"

namespace sendhub::app {

struct StoredEvent {
  std::int64_t sequence = 0;
  statutory::Event event;
  std::string note;         // reasons, as recorded
  std::string recorded_by;  // user id
  std::string recorded_at;  // UTC timestamp
};

struct CaseRecord {
  std::string id, child_id, child_name, la_code;
  statutory::Process process = statutory::Process::ehc_needs_assessment;
  std::string requested_by;  // parent, young_person, school, local_authority
  bool family_agreed = false;
  std::string request_reason;
  std::string caseworker_user_id, caseworker_name;
  std::string opened_at;
  std::optional<std::string> closed_on;
  std::string draft_summary, named_setting;
  std::vector<StoredEvent> events;
  std::vector<statutory::ExceptionPeriod> exceptions;
  std::optional<access::Resource> resource;  // set by open_case_for: the child's record, naming this case

  statutory::CaseHistory history() const;
  bool has(statutory::EventType type) const;  // any event of this type recorded
};

Result<std::optional<CaseRecord>> load_case(store::Connection& c, const std::string& case_id);

// A case event or exception from the columns (type, event_date, outcome, adviser) or
// (type, from_date, to_date) starting at `first`; nothing when the row cannot be read.
std::optional<statutory::Event> event_from_row(const store::Row& row, int first);
std::optional<statutory::ExceptionPeriod> exception_from_row(const store::Row& row, int first);
// The child's record as a resource for access::may(), naming this case.
Result<std::optional<access::Resource>> case_resource(store::Connection& c, const CaseRecord& record);

// Checks the event against the statutory engine (and that it is not dated in the future, except a
// review meeting being arranged or a family's move to another council), then
// appends it. Problems come back as invalid_input naming the field "date".
Result<void> append_case_event(store::Connection& c, const CaseRecord& record, const statutory::Event& event,
                               const std::string& note, const std::string& user_id, std::int64_t now);

// Opens the case for a read by this actor, or not_found (missing or refused); audited either way.
Result<CaseRecord> open_case_for(store::Database& db, const access::Actor& actor, access::Action action,
                                 const std::string& case_id, const std::string& audit_action, const RequestContext& ctx);

struct CaseLink {
  std::string id, process, opened_on;  // opened_on: YYYY-MM-DD
  bool open = true;
};
// A child's cases, newest first (the caller has already decided the child may be seen).
Result<std::vector<CaseLink>> cases_for_child(store::Database& db, const std::string& child_id);

calendar::Date day_of(std::int64_t unix_seconds);

}  // namespace sendhub::app
