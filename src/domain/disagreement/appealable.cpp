#include "domain/disagreement/appealable.h"

#include <algorithm>
#include <array>
#include <utility>

namespace sendhub::disagreement {
namespace {

using statutory::EventType;
using statutory::Outcome;

constexpr std::array<std::pair<DecisionKind, std::string_view>, 5> names{{
    {DecisionKind::refusal_to_assess, "refusal_to_assess"},
    {DecisionKind::no_plan, "no_plan"},
    {DecisionKind::plan_contents, "plan_contents"},
    {DecisionKind::review_decision, "review_decision"},
    {DecisionKind::cease, "cease"},
}};

}  // namespace

std::vector<AppealableDecision> appealable_decisions(const statutory::CaseHistory& h) {
  std::vector<AppealableDecision> out;
  for (const auto& e : h.events) {
    switch (e.type) {
      case EventType::decision_to_assess:
        if (e.outcome == Outcome::not_assess) out.push_back({DecisionKind::refusal_to_assess, e.date});
        break;
      case EventType::reassessment_decision:
        if (e.outcome == Outcome::not_assess) out.push_back({DecisionKind::refusal_to_assess, e.date});
        break;
      case EventType::decision_not_to_issue: out.push_back({DecisionKind::no_plan, e.date}); break;
      case EventType::final_plan_issued:
      case EventType::amended_plan_issued: out.push_back({DecisionKind::plan_contents, e.date}); break;
      case EventType::review_decision:
        // Amending is appealed once the amended plan is issued; keeping and ending are appealable now.
        if (e.outcome == Outcome::cease) out.push_back({DecisionKind::cease, e.date});
        else if (e.outcome == Outcome::maintain) out.push_back({DecisionKind::review_decision, e.date});
        break;
      default: break;
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  return out;
}

std::string_view to_string(DecisionKind kind) {
  for (const auto& [k, n] : names)
    if (k == kind) return n;
  return "unknown";
}

std::optional<DecisionKind> decision_kind_from_string(std::string_view s) {
  for (const auto& [k, n] : names)
    if (n == s) return k;
  return std::nullopt;
}

std::string_view decision_words(DecisionKind kind) {
  switch (kind) {
    case DecisionKind::refusal_to_assess: return "the decision not to carry out an assessment";
    case DecisionKind::no_plan: return "the decision not to issue an EHC plan";
    case DecisionKind::plan_contents: return "what the EHC plan says, or the school or setting it names";
    case DecisionKind::review_decision: return "the decision to keep the plan as it is after the annual review";
    case DecisionKind::cease: return "the decision to stop maintaining the EHC plan";
  }
  return "a decision";
}

}  // namespace sendhub::disagreement
