// Complaints about the SEND service, on the child's record: a parent or young person makes one
// from their own record ("tell it once": no separate form or email), or the SEN team records
// one that came by phone or letter; the SEN team records the outcome. Each is audited, and each
// new complaint reaches the dashboard through the kpi_changes feed (migration 0025).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/identity/invitations.h"
#include "domain/access/policy.h"
#include "domain/complaints/complaint.h"
#include "store/database.h"

namespace sendhub::app {

struct ComplaintRecord {
  std::string id, child_id, child_name, la_code, case_id, topic, made_by, received_on, summary, outcome, responded_on;
};

struct NewComplaint {
  std::string child_id, case_id;  // case_id optional: one of the child's cases
  complaints::ComplaintForm form;
};
struct MadeComplaint {
  std::string id;
  std::vector<identity::FieldProblem> problems;
};
// not_found when the actor is neither the child's family nor the council's SEN team for the child.
Result<MadeComplaint> make_complaint(store::Database& db, const access::Actor& actor, const NewComplaint& c, const RequestContext& ctx);

// The SEN team records how the complaint was answered. not_found for anyone else.
Result<std::vector<identity::FieldProblem>> respond_to_complaint(store::Database& db, const access::Actor& actor,
                                                                 const std::string& complaint_id,
                                                                 const complaints::ResponseForm& form, const RequestContext& ctx);

// One complaint, when this actor may see it (the family or the SEN team); audited.
Result<ComplaintRecord> open_complaint(store::Database& db, const access::Actor& actor, const std::string& id, const RequestContext& ctx);

// A child's complaints, newest first (the caller has already decided the child may be seen).
Result<std::vector<ComplaintRecord>> complaints_of_child(store::Database& db, const std::string& child_id);
// The complaints for these authorities, unanswered first, then newest first.
Result<std::vector<ComplaintRecord>> complaints_for(store::Database& db, const std::vector<std::string>& la_codes);

// Who may make a complaint about this child: their family, or the council's SEN team.
bool may_complain(const access::Actor& actor, const access::Resource& child, calendar::Date today);

}  // namespace sendhub::app
