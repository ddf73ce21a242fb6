// A family with an EHC plan moves to another council (SEND Regs 2014 reg 15). The old council's
// SEN team records the move (an la_transfer case: when it heard and the day of the move), then
// passes the plan on: the child's record, the plan and the child's open cases move to the new
// council with their whole history, and the old council no longer sees them. The new council's
// SEN team records that it told the family it has the plan, which closes the transfer.
#pragma once

#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"
#include "domain/transfer/la_move.h"

namespace sendhub::app {

struct RecordedMove {
  std::string case_id;
  std::vector<identity::FieldProblem> problems;
};
// not_found unless the actor is the child's council's SEN team; a problem when there is no plan
// to pass on or a move is already being recorded.
Result<RecordedMove> record_move(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                 const transfer::MoveForm& form, const RequestContext& ctx);

// The old council passes the plan on (date empty: today).
Result<std::vector<identity::FieldProblem>> pass_plan_on(store::Database& db, const access::Actor& actor, const std::string& case_id,
                                                         const std::string& date, const RequestContext& ctx);

// The new council has told the family it has the plan (date empty: today).
Result<std::vector<identity::FieldProblem>> new_council_told_family(store::Database& db, const access::Actor& actor,
                                                                    const std::string& case_id, const std::string& date,
                                                                    const RequestContext& ctx);

struct TransferCouncils {
  std::string from_la, to_la;
};
Result<std::optional<TransferCouncils>> transfer_councils(store::Connection& c, const std::string& case_id);

}  // namespace sendhub::app
