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

TEST(LaMove, AMoveNeedsAnotherCouncilAndADate) {
  auto ok = check_move({"815", "", "2026-02-27"}, "816", councils, d("2026-03-02"));
  ASSERT_EQ(ok.index(), 0u);
  EXPECT_EQ(std::get<0>(ok).heard_on, d("2026-03-02"));  // heard today when left empty
  EXPECT_EQ(std::get<0>(ok).moved_on, d("2026-02-27"));
  auto p = problems_of({"999", "2026-02-30", ""});
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].message, "Select the council the family is moving to");
  EXPECT_EQ(p[1].message, "Enter the date the family moved, or will move");  // in page order: the move, then hearing of it
  EXPECT_EQ(p[2].message, "The date must be a real date, like 3 3 2026");
  EXPECT_EQ(problems_of({"816", "", "2026-03-01"}).at(0).field, "to_la");
  auto heard_tomorrow = problems_of({"815", "2026-03-03", "2026-03-01"});
  ASSERT_EQ(heard_tomorrow.size(), 1u);
  EXPECT_EQ(heard_tomorrow[0].field, "heard_on");
  EXPECT_EQ(heard_tomorrow[0].message, "The date the council heard cannot be in the future");
}

// Hearing ahead is what lets the old council pass the plan on on the day (reg 15(1)), so a move
// up to 12 months ahead may be recorded; the summary then speaks of it as coming.
TEST(LaMove, AMoveMayBeRecordedAheadOfTheDayUpToTwelveMonths) {
  auto ahead = check_move({"815", "", "2026-04-20"}, "816", councils, d("2026-03-02"));
  ASSERT_EQ(ahead.index(), 0u);
  EXPECT_EQ(std::get<0>(ahead).moved_on, d("2026-04-20"));
  ASSERT_EQ(check_move({"815", "", "2027-03-02"}, "816", councils, d("2026-03-02")).index(), 0u);
  auto far = problems_of({"815", "", "2027-03-03"});
  ASSERT_EQ(far.size(), 1u);
  EXPECT_EQ(far[0].field, "moved_on");
  EXPECT_NE(far[0].message.find("within the next 12 months"), std::string::npos);

  const std::vector<statutory::Event> events{ev(EventType::old_la_notified, "2026-03-02"), ev(EventType::moved, "2026-04-20")};
  auto s = transfer_summary({Process::la_transfer, events, {}}, timeline(Process::la_transfer, events, "2026-03-02"), "City of York",
                            "North Yorkshire", d("2026-03-02"));
  EXPECT_EQ(s.where_now, "The family move to North Yorkshire's area on 20 April 2026.");
  EXPECT_NE(s.next_step.find("by 20 April 2026"), std::string::npos) << s.next_step;
}

TEST(LaMove, TheSummarySaysWhoMustDoWhatByWhen) {
  // Heard 4 weeks ahead: the plan passes on the day of the move; the new council has 6 weeks.
  const std::vector<statutory::Event> events{ev(EventType::old_la_notified, "2026-01-05"), ev(EventType::moved, "2026-02-02")};
  auto s = transfer_summary({Process::la_transfer, events, {}}, timeline(Process::la_transfer, events, "2026-02-02"), "City of York",
                            "North Yorkshire", d("2026-02-02"));
  EXPECT_EQ(s.stage, "Moving to North Yorkshire");
  EXPECT_NE(s.next_step.find("by 2 February 2026"), std::string::npos) << s.next_step;
  auto moved_on = events;
  moved_on.push_back(ev(EventType::plan_transferred, "2026-02-02"));
  auto passed = transfer_summary({Process::la_transfer, moved_on, {}}, timeline(Process::la_transfer, moved_on, "2026-02-03"),
                                 "City of York", "North Yorkshire", d("2026-02-03"));
  EXPECT_EQ(passed.stage, "Plan passed to North Yorkshire");
  EXPECT_NE(passed.next_step.find("by 16 March 2026"), std::string::npos) << passed.next_step;
}

TEST(LaMove, LateNewsGivesTheOldCouncil15WorkingDaysFromHearing) {
  // Heard on the day of the move, the Monday before Easter 2026: 15 working days skip Good Friday and Easter Monday.
  const std::vector<statutory::Event> events{ev(EventType::old_la_notified, "2026-03-30"), ev(EventType::moved, "2026-03-30")};
  auto s = transfer_summary({Process::la_transfer, events, {}}, timeline(Process::la_transfer, events, "2026-03-30"), "City of York",
                            "Leeds", d("2026-03-30"));
  EXPECT_NE(s.next_step.find("by 22 April 2026"), std::string::npos) << s.next_step;
}

}  // namespace
}  // namespace sendhub::transfer
