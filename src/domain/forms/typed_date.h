// A date typed into a form, where leaving it empty means today: the one rule many "record this
// step" forms share, so every such form explains a bad date the same way.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar/date.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::forms {

// `today` when nothing was typed; the date when it is real; otherwise nothing, with a problem on `field`.
std::optional<calendar::Date> typed_date_or_today(const std::string& typed, calendar::Date today, const std::string& field,
                                                  std::vector<identity::FieldProblem>& problems);

}  // namespace sendhub::forms
