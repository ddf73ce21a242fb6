// After a decision to amend: the family's reply to the proposed amendments (comments, the school
// they want named, or that they have no comments), then the amended plan. It cannot be issued
// while the 15 days to comment are running (reg 22(2)) unless the family have said they have no
// comments, which is recorded; it is due within 8 weeks of the proposals (reg 22(3)).
#pragma once

#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct AmendmentReply {
  std::string case_id, comments, school_preference;
  bool no_comments = false;
};

Result<std::vector<identity::FieldProblem>> reply_to_amendments(store::Database& db, const access::Actor& actor,
                                                                const AmendmentReply& reply, const RequestContext& ctx);

Result<std::vector<identity::FieldProblem>> issue_amended_plan(store::Database& db, const access::Actor& actor,
                                                               const std::string& case_id, const RequestContext& ctx);

}  // namespace sendhub::app
