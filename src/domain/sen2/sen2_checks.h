// Pre-submission report for a SEN2 2024 return, for the caseworkers who must put each problem
// right in the child's record before the file goes to COLLECT. It finds everything
// SEN2_schema_2024.xsd would reject (missing required items, codes not in the schema's lists,
// patterns, how many of each) and the DfE's kind of checks on how dates and ranks fit together,
// so a return with no problems writes a file that validates. Pure.
#pragma once

#include <string>
#include <vector>

#include "domain/sen2/sen2_return.h"

namespace sendhub::sen2 {

struct Sen2Problem {
  std::string child_ref;  // the Person's child_ref; empty for the header or the return as a whole
  std::string field;      // the schema element at fault, e.g. "UPN", "SENtypeRank"
  std::string where;      // which part of the record: "" for the child, "Header", or e.g.
                          // "Request 1, active plan, need 2"
  std::string message;    // plain English: what is wrong and what to do about it
};

// Every problem, in the order the items appear in the file; empty when the return may be sent.
// One stricter than the schema: a UPN must use capital letters, as the DfE issues them.
std::vector<Sen2Problem> check_sen2(const Sen2Return& sen2_return);

}  // namespace sendhub::sen2
