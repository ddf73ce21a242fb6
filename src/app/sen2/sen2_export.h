// The DfE SEN2 return for one authority, built from the live record (issue 8): every child with
// a plan in force on census day, a plan ceased or a request made in the calendar year before it,
// or a request still open on census day, with their requests, assessments, named plans and
// placements. The file is written whatever the record holds; the pre-submission report lists
// every problem per child, to put right in the record before it goes to COLLECT. Each child
// included is audited as read by the export.
#pragma once

#include <string>
#include <vector>

#include "domain/sen2/sen2_checks.h"
#include "store/database.h"

namespace sendhub::app {

struct Sen2Export {
  sen2::Sen2Return sen2_return;
  std::string xml;
  std::vector<sen2::Sen2Problem> problems;  // child_ref is the child's record id
};

// invalid_input (field "la") for an authority with no record here. The audit entries name who
// exported (the command line, or the person signed in to the download page).
Result<Sen2Export> export_sen2(store::Database& db, const std::string& la_code, calendar::Date census_day, std::int64_t now,
                               const std::string& source, const std::string& user_id = "sendhub-command",
                               const std::string& role = "command_line");

}  // namespace sendhub::app
