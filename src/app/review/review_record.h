// An annual review as stored (migration 0020): which plan it reviews, the meeting arranged, who
// was invited, what the meeting found and the progress towards each outcome in section E.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace sendhub::app {

struct OutcomeProgress {
  std::string outcome_id, outcome_text, york_outcome, progress, comment;
};

struct ReviewDetails {
  std::string case_id, plan_id, meeting_on, meeting_where;
  std::vector<std::string> invited;  // family, young_person, local_authority, health, social_care
  std::string working, not_working, changes, cease_reason;
  std::vector<OutcomeProgress> progress;
};

Result<std::optional<ReviewDetails>> review_details(store::Connection& c, const std::string& case_id);
Result<std::optional<ReviewDetails>> review_details(store::Database& db, const std::string& case_id);

// The progress words a meeting chooses from, with their stored values.
struct ProgressChoice {
  std::string_view value, label;
};
const std::vector<ProgressChoice>& progress_choices();
std::string_view progress_label(std::string_view value);

// Who must be invited (reg 20(3)) and who may be; value and label.
struct Invitee {
  std::string_view value, label;
  bool required;
};
const std::vector<Invitee>& invitees();

}  // namespace sendhub::app
