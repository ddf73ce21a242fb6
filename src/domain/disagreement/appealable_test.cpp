#include "domain/disagreement/appealable.h"

#include <gtest/gtest.h>

#include "domain/statutory/test_history.h"

namespace sendhub::disagreement {
namespace {

using namespace statutory::testing;
using statutory::CaseHistory;
using statutory::EventType;
using statutory::Outcome;
using statutory::Process;

TEST(Appealable, ARefusalToAssessCanBeAppealedButADecisionToAssessCannot) {
  CaseHistory refused{Process::ehc_needs_assessment, {ev(EventType::request_received, "2026-01-05"), decided("2026-02-10", Outcome::not_assess)}, {}};
  auto found = appealable_decisions(refused);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, DecisionKind::refusal_to_assess);
  EXPECT_EQ(found[0].date, d("2026-02-10"));
  CaseHistory agreed{Process::ehc_needs_assessment, {ev(EventType::request_received, "2026-01-05"), decided("2026-02-10", Outcome::assess)}, {}};
  EXPECT_TRUE(appealable_decisions(agreed).empty());
}

TEST(Appealable, PlansAndReviewDecisionsOldestFirst) {
  statutory::Event keep{EventType::review_decision, d("2026-03-01")};
  keep.outcome = Outcome::maintain;
  statutory::Event amend{EventType::review_decision, d("2026-02-01")};
  amend.outcome = Outcome::amend;
  CaseHistory review{Process::annual_review, {keep, ev(EventType::amended_plan_issued, "2026-01-10"), amend}, {}};
  auto found = appealable_decisions(review);
  ASSERT_EQ(found.size(), 2u);  // amending is appealed when the amended plan comes
  EXPECT_EQ(found[0].kind, DecisionKind::plan_contents);
  EXPECT_EQ(found[1].kind, DecisionKind::review_decision);
}

TEST(Appealable, KindsRoundTripThroughTheirNames) {
  for (auto k : {DecisionKind::refusal_to_assess, DecisionKind::no_plan, DecisionKind::plan_contents,
                 DecisionKind::review_decision, DecisionKind::cease}) {
    EXPECT_EQ(decision_kind_from_string(to_string(k)), k);
    EXPECT_FALSE(decision_words(k).empty());
  }
  EXPECT_FALSE(decision_kind_from_string("bogus"));
}

}  // namespace
}  // namespace sendhub::disagreement
