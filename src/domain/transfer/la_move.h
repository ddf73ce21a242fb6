// A family with an EHC plan moving to another council (SEND Regs 2014 reg 15): checking what
// the old council types when it records the move, and where the transfer is in plain English.
// The dates themselves come from the la_transfer rules in statutory/rules.cpp.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/identity/invitation_rules.h"
#include "domain/statutory/family_summary.h"
#include "domain/statutory/timeline.h"

namespace sendhub::transfer {

struct MoveForm {
  std::string to_la;              // DfE code of the new council
  std::string heard_on, moved_on;  // YYYY-MM-DD; heard_on empty for today
};
struct CheckedMove {
  std::string to_la;
  calendar::Date heard_on, moved_on;
};
// Problems in page order, or the move. from_la: the child's council now; known: the councils.
std::variant<CheckedMove, std::vector<identity::FieldProblem>> check_move(const MoveForm& form, const std::string& from_la,
                                                                        const std::vector<std::string>& known, calendar::Date today);

// For an la_transfer case: from_name and to_name are the councils' names.
// A move recorded ahead of the day reads as coming until `today` reaches it.
statutory::FamilySummary transfer_summary(const statutory::CaseHistory& history, const statutory::Timeline& timeline,
                                          const std::string& from_name, const std::string& to_name, calendar::Date today);

}  // namespace sendhub::transfer
