// Two steps while the draft plan is with the family. The council consults each school or
// setting it may name (CAFA s39(2)); the school's SENCOs are then involved in the case until a
// month after the reply date, to read the draft and answer whether they can meet the needs.
// And the family may require a meeting with a council officer (reg 13(1)(c)), which the
// caseworker arranges. Each is kept with the case, emailed, and audited.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/casework/case_event_job.h"

namespace sendhub::app {

struct Consultation {
  std::string id, organisation_id, school_name, sent_on, reply_by, answer, reasons, answered_by_name;
  bool overdue = false;  // no answer and the reply date has passed
};
Result<std::vector<Consultation>> consultations_for(store::Database& db, const std::string& case_id, calendar::Date today);

struct SchoolChoice {
  std::string organisation_id, name;
};
// Schools and settings the council could consult for this case's authority.
Result<std::vector<SchoolChoice>> schools_to_consult(store::Database& db, const std::string& la_code);

// reply_by: YYYY-MM-DD, after today. Problems, or nothing.
Result<std::vector<identity::FieldProblem>> consult_school(store::Database& db, const access::Actor& actor,
                                                           const std::string& case_id, const std::string& organisation_id,
                                                           const std::string& reply_by, const RequestContext& ctx);

// The school's answer (a SENCO of the consulted school): can_meet, can_meet_with_changes or
// cannot_meet, with reasons (required unless it can meet the needs as they are).
Result<std::vector<identity::FieldProblem>> answer_consultation(store::Database& db, const access::Actor& actor,
                                                                const std::string& case_id, const std::string& answer,
                                                                const std::string& reasons, const RequestContext& ctx);

// The consultation waiting for this SENCO's school on the case, if any.
Result<std::optional<Consultation>> consultation_for_school(store::Database& db, const access::Actor& actor,
                                                            const std::string& case_id);

struct MeetingRequest {
  std::string id, asked_by_name, asked_at, note, arranged_for, arranged_where;
};
Result<std::vector<MeetingRequest>> meeting_requests_for(store::Database& db, const std::string& case_id);

// The family, while the draft is with them. note: when suits them, and what they want to talk about.
Result<std::vector<identity::FieldProblem>> ask_for_meeting(store::Database& db, const access::Actor& actor,
                                                            const std::string& case_id, const std::string& note,
                                                            const RequestContext& ctx);

// The council: when (in words, e.g. "Tuesday 3 March 2026 at 10am") and where or how.
Result<std::vector<identity::FieldProblem>> arrange_meeting(store::Database& db, const access::Actor& actor,
                                                            const std::string& case_id, const std::string& request_id,
                                                            const std::string& when, const std::string& where,
                                                            const RequestContext& ctx);

}  // namespace sendhub::app
