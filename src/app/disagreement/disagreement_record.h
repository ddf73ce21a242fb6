// A disagreement as stored (migration 0024): the decision it is about, how mediation and the
// appeal ended, and the tribunal_order case when the tribunal made an order.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace sendhub::app {

struct DisagreementDetails {
  std::string case_id, about_case_id, about, mediation_outcome, tribunal_reference, hearing_on, appeal_outcome, order_case_id;
  std::string notice_on;  // the decision letter's date, from the disagreement's own history
};

// By the disagreement's case, or by its tribunal_order case.
Result<std::optional<DisagreementDetails>> disagreement_details(store::Connection& c, const std::string& case_id);

struct DisagreementLink {
  std::string case_id, about, opened_on;
  bool open = true;
  std::string order_case_id;  // empty unless the tribunal made an order
  bool order_open = false;
};
// The disagreements about decisions in this case, oldest first.
Result<std::vector<DisagreementLink>> disagreements_about(store::Connection& c, const std::string& about_case_id);

}  // namespace sendhub::app
