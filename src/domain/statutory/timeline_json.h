// The JSON contract of `sendhub timeline` and of the casework API's case timeline:
//   in:  {"process": P, "events": [{"type": T, "date": "YYYY-MM-DD", …}], "exceptions": [...], "today": D}
//   out: {"process": P, "today": D, "milestones": [{"key", "due", "done", "status", "rule", "explanation"}],
//         "within_20_weeks": …, "exception_applies": …}   (the last two for ehc_needs_assessment)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/statutory/timeline.h"

namespace sendhub::statutory {

struct TimelineRequest {
  CaseHistory history;
  std::optional<Date> today;
};

// Errors name the member at fault: "events[3].date: \"2023-02-30\" is not a real date".
Result<TimelineRequest> parse_timeline_request(std::string_view json);
std::string timeline_to_json(const Timeline& timeline, Date today);

}  // namespace sendhub::statutory
