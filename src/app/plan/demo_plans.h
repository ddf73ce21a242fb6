// Believable made-up plans for the demo cases that have reached the draft or final plan, written
// through the editor's own rules (plan_edits), so a demo plan is always a valid one.
#pragma once

#include <optional>
#include <string>

#include "app/casework/cases.h"

namespace sendhub::app {

// variant picks one of a few kinds of need, so the demo area has some of each.
Result<void> write_demo_plan(store::Connection& c, const CaseRecord& k, calendar::Date drafted, std::optional<calendar::Date> issued,
                             const std::string& school, int variant, std::int64_t now);

}  // namespace sendhub::app
