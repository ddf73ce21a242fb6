#include "domain/statutory/rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace sendhub::statutory {
namespace {

Date d(std::string_view s) { return *calendar::parse_date(s); }
std::string f(Date x) { return calendar::format_date(x); }

TEST(RulesTable, IdsAreUniqueAndEveryRowIsComplete) {
  std::set<std::string_view> ids;
  for (const auto& r : rules()) {
    EXPECT_TRUE(ids.insert(r.id).second) << r.id;
    EXPECT_FALSE(r.key.empty()) << r.id;
    EXPECT_FALSE(r.anchor.empty()) << r.id;
    EXPECT_TRUE(r.regulation.starts_with("SEND Regs 2014") || r.regulation.starts_with("CAFA 2014") ||
                r.regulation.starts_with("HESC Rules 2008"))
        << r.id;
    EXPECT_GT(r.explanation.size(), 30u) << r.id;
  }
}

TEST(RulesTable, EveryProcessHasRules) {
  for (auto p : {Process::ehc_needs_assessment, Process::annual_review, Process::phase_transfer, Process::reassessment,
                 Process::la_transfer, Process::disagreement, Process::tribunal_order}) {
    bool found = false;
    for (const auto& r : rules()) found = found || r.process == p;
    EXPECT_TRUE(found) << to_string(p);
  }
}

TEST(Counting, WithinWeeksAddsSevenDaysAWeek) {
  EXPECT_EQ(f(due_date(rule("ehc.final_plan"), d("2025-01-06"))), "2025-05-26");     // + 140 days
  EXPECT_EQ(f(due_date(rule("ehc.final_plan"), d("2023-12-20"))), "2024-05-08");     // across a leap day
  EXPECT_EQ(f(due_date(rule("ehc.decision_to_assess"), d("2025-12-24"))), "2026-02-04");
}

TEST(Counting, DaysBeginningWithCountsTheFirstDay) {
  EXPECT_EQ(f(due_date(rule("ehc.draft_representations"), d("2025-03-03"))), "2025-03-17");  // 3 + 15 - 1
  EXPECT_EQ(f(due_date(rule("ehc.draft_representations"), d("2024-02-20"))), "2024-03-05");  // 29 February counted
}

TEST(Counting, WithinDays) {
  EXPECT_EQ(f(due_date(rule("reassessment.decision"), d("2025-02-20"))), "2025-03-07");  // + 15
  EXPECT_EQ(f(due_date(rule("disagreement.mediation_held"), d("2024-02-10"))), "2024-03-11");  // + 30 in a leap year
}

TEST(Counting, WithinMonthsClampsToTheMonthEnd) {
  const Rule& two_months = rule("disagreement.appeal_from_notice");
  EXPECT_EQ(f(due_date(two_months, d("2025-03-14"))), "2025-05-14");
  EXPECT_EQ(f(due_date(two_months, d("2025-12-31"))), "2026-02-28");
  EXPECT_EQ(f(due_date(two_months, d("2023-12-31"))), "2024-02-29");
  EXPECT_EQ(f(due_date(rule("disagreement.appeal_from_certificate"), d("2025-01-31"))), "2025-02-28");
}

TEST(Counting, PeriodOfTwelveMonthsEndsTheDayBefore) {
  const Rule& review = rule("review.meeting");
  EXPECT_EQ(f(due_date(review, d("2025-03-10"))), "2026-03-09");
  EXPECT_EQ(f(due_date(review, d("2024-02-29"))), "2025-02-27");  // 12 months on is 28 Feb 2025; the day before
  EXPECT_EQ(f(due_date(review, d("2025-01-01"))), "2025-12-31");
}

TEST(Counting, WorkingDaysSkipWeekendsAndBankHolidays) {
  const Rule& three = rule("disagreement.certificate_after_declining");
  EXPECT_EQ(f(due_date(three, d("2025-04-16"))), "2025-04-23");  // Thu 17, (Fri 18, Mon 21 holidays), Tue 22, Wed 23
  EXPECT_EQ(f(due_date(three, d("2022-09-15"))), "2022-09-21");  // Fri 16, (Mon 19 funeral), Tue 20, Wed 21
  EXPECT_EQ(f(due_date(three, d("2025-12-23"))), "2025-12-30");  // Wed 24, (25, 26, weekend), Mon 29, Tue 30
  const Rule& fifteen = rule("la_transfer.late_notice");
  EXPECT_EQ(f(due_date(fifteen, d("2025-12-01"))), "2025-12-22");
}

TEST(Counting, WeeksAndMonthsBefore) {
  EXPECT_EQ(f(due_date(rule("review.invitations"), d("2025-06-20"))), "2025-06-06");
  EXPECT_EQ(f(due_date(rule("transfer.post16_to_post16"), d("2026-01-31"))), "2025-08-31");
  EXPECT_EQ(f(due_date(rule("transfer.post16_to_post16"), d("2026-07-31"))), "2026-02-28");
}

TEST(Counting, BeforeAFixedDateIsTheDayBefore) {
  EXPECT_EQ(f(due_date(rule("transfer.other_phases"), d("2026-09-01"))), "2026-02-14");
  EXPECT_EQ(f(due_date(rule("transfer.secondary_to_post16"), d("2026-09-01"))), "2026-03-30");
  EXPECT_EQ(f(due_date(rule("transfer.other_phases"), d("2028-01-05"))), "2028-02-14");
}

// docs/statutory-rules.md is written for caseworkers; this keeps it in step with the table.
TEST(RulesTable, TheCaseworkerGuideListsEveryRule) {
  std::ifstream in("docs/statutory-rules.md");
  ASSERT_TRUE(in) << "docs/statutory-rules.md is missing (tests run from the repository root)";
  std::stringstream text;
  text << in.rdbuf();
  std::string doc = text.str();
  for (const auto& r : rules()) {
    EXPECT_NE(doc.find("`" + std::string(r.id) + "`"), std::string::npos) << r.id << " is not in the guide";
    EXPECT_NE(doc.find(std::string(r.regulation)), std::string::npos) << r.regulation << " is not in the guide";
  }
}

}  // namespace
}  // namespace sendhub::statutory
