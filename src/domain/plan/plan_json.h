// Reading and writing `sendhub-plan/1` files (plan-format.md). The reader keeps going after a
// problem so that an importer can list every one; a file is valid when the list is empty. The
// writer puts members in the order of §2, so a file SENDhub writes reads back unchanged.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/plan/plan.h"

namespace sendhub::plan {

struct ReadPlan {
  Plan plan;                          // as much as could be read
  std::vector<std::string> problems;  // §6, in plain English; empty for a valid file
};

// invalid_input only when the text is not JSON at all, or its top level is not an object
// (the checker's exit status 2).
Result<ReadPlan> read_plan(std::string_view text);

// Indented JSON, members in the order of §2, ending with a newline.
std::string write_plan(const Plan& plan);

}  // namespace sendhub::plan
