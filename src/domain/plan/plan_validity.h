// When a plan is valid (plan-format.md §6), decided on the plan's data: the same rules judge an
// imported file and a plan built in SENDhub's editor. Problems of JSON shape (a member of the
// wrong type) are the reader's; everything else is here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/plan/plan.h"

namespace sendhub::plan {

// Not a string, or empty or a placeholder (-, –, —, n/a, na, tbc, tbd, to follow) once white
// space and trailing full stops are removed, in any case.
bool is_blank(std::string_view text);
// ^[a-z0-9][a-z0-9._-]*$
bool is_item_id(std::string_view id);

// Every §6 problem the data shows, in plain English, each naming where it is.
std::vector<std::string> validity_problems(const Plan& plan);

}  // namespace sendhub::plan
