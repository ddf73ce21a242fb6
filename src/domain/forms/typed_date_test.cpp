#include "domain/forms/typed_date.h"

#include <gtest/gtest.h>

namespace sendhub::forms {
namespace {

const calendar::Date today = *calendar::parse_date("2026-12-06");

TEST(TypedDate, EmptyMeansTodayWithoutAProblem) {
  std::vector<identity::FieldProblem> problems;
  EXPECT_EQ(typed_date_or_today("", today, "date", problems), today);
  EXPECT_TRUE(problems.empty());
}

TEST(TypedDate, ARealDateIsKeptAsTyped) {
  std::vector<identity::FieldProblem> problems;
  EXPECT_EQ(typed_date_or_today("2028-02-29", today, "date", problems), calendar::parse_date("2028-02-29").value());
  EXPECT_TRUE(problems.empty());
}

TEST(TypedDate, AnImpossibleDateIsAProblemOnTheNamedField) {
  std::vector<identity::FieldProblem> problems;
  EXPECT_FALSE(typed_date_or_today("2027-02-29", today, "hearing_on", problems));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "hearing_on");
  EXPECT_EQ(problems[0].message, "The date must be a real date, like 3 3 2026");
}

}  // namespace
}  // namespace sendhub::forms
