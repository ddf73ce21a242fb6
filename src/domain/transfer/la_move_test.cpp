#include "domain/transfer/la_move.h"

#include <gtest/gtest.h>

#include "domain/statutory/test_history.h"

namespace sendhub::transfer {
namespace {

using namespace statutory::testing;
using statutory::EventType;
using statutory::Process;

const std::vector<std::string> councils{"815", "816", "811"};

std::vector<identity::FieldProblem> problems_of(const MoveForm& f) {
  auto r = check_move(f, "816", councils, d("2026-03-02"));
  if (auto* p = std::get_if<std::vector<identity::FieldProblem>>(&r)) return *p;
  return {};
}

TEST(LaMove, AMoveNeedsAnotherCouncilAndAPastDate) {
  auto ok = check_move({"815", "", "2026-02-27"}, "816", councils, d("2026-03-02"));
  ASSERT_EQ(ok.index(), 0u);
  EXPECT_EQ(std::get<0>(ok).heard_on, d("2026-03-02"));  // heard today when left empty
  EXPECT_EQ(std::get<0>(ok).moved_on, d("2026-02-27"));
  auto p = problems_of({"999", "2026-02-30", ""});
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].message, "Select the council the family is moving to");
  EXPECT_EQ(p[1].message, "The date must be a real date, like 3 3 2026");
  EXPECT_EQ(p[2].message, "Enter the date the family moved");
  EXPECT_EQ(problems_of({"816", "", "2026-03-01"}).at(0).field, "to_la");
  EXPECT_NE(problems_of({"815", "", "2026-03-03"}).at(0).message.find("cannot be in the future"), std::string::npos);
}

TEST(LaMove, TheSummarySaysWhoMustDoWhatByWhen) {
  // Heard 4 weeks ahead: the plan passes on the day of the move; the new council has 6 weeks.
  const std::vector<statutory::Event> events{ev(EventType::old_la_notified, "2026-01-05"), ev(EventType::moved, "2026-02-02")};
  auto s = transfer_summary({Process::la_transfer, events, {}}, timeline(Process::la_transfer, events, "2026-02-02"), "City of York",
                            "North Yorkshire");
  EXPECT_EQ(s.stage, "Moving to North Yorkshire");
  EXPECT_NE(s.next_step.find("by 2 February 2026"), std::string::npos) << s.next_step;
  auto moved_on = events;
  moved_on.push_back(ev(EventType::plan_transferred, "2026-02-02"));
  auto passed = transfer_summary({Process::la_transfer, moved_on, {}}, timeline(Process::la_transfer, moved_on, "2026-02-03"),
                                 "City of York", "North Yorkshire");
  EXPECT_EQ(passed.stage, "Plan passed to North Yorkshire");
  EXPECT_NE(passed.next_step.find("by 16 March 2026"), std::string::npos) << passed.next_step;
}

TEST(LaMove, LateNewsGivesTheOldCouncil15WorkingDaysFromHearing) {
  // Heard on the day of the move, the Monday before Easter 2026: 15 working days skip Good Friday and Easter Monday.
  const std::vector<statutory::Event> events{ev(EventType::old_la_notified, "2026-03-30"), ev(EventType::moved, "2026-03-30")};
  auto s = transfer_summary({Process::la_transfer, events, {}}, timeline(Process::la_transfer, events, "2026-03-30"), "City of York",
                            "Leeds");
  EXPECT_NE(s.next_step.find("by 22 April 2026"), std::string::npos) << s.next_step;
}

}  // namespace
}  // namespace sendhub::transfer
