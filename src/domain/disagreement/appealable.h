// The decisions a family (or young person) may appeal to the SEND Tribunal, found in a case's
// history: refusing to assess or re-assess, not issuing a plan, the plan's contents and the
// school named when it is issued or amended, and the decision after an annual review (keeping,
// amending or ending the plan). A disagreement is always about one of them.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/statutory/case_history.h"

namespace sendhub::disagreement {

enum class DecisionKind { refusal_to_assess, no_plan, plan_contents, review_decision, cease };

struct AppealableDecision {
  DecisionKind kind;
  calendar::Date date;  // the day the decision notice was sent
};

// Oldest first.
std::vector<AppealableDecision> appealable_decisions(const statutory::CaseHistory& history);

std::string_view to_string(DecisionKind kind);
std::optional<DecisionKind> decision_kind_from_string(std::string_view s);
// "the decision not to carry out an assessment": reads after "The family disagrees with".
std::string_view decision_words(DecisionKind kind);

}  // namespace sendhub::disagreement
