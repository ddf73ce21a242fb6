#include "domain/kpi/breakdowns.h"

#include <gtest/gtest.h>

namespace sendhub::kpi {
namespace {

Day d(std::string_view s) { return day_of(*calendar::parse_date(s)); }

TEST(KpiBreakdowns, CodesArePositionsInTheDfeLists) {
  EXPECT_EQ(code_of(Dimension::need, "SPLD"), 1);
  EXPECT_EQ(labels(Dimension::need)[code_of(Dimension::need, "ASD") - 1].code, "ASD");
  EXPECT_EQ(code_of(Dimension::need, "NSA"), unknown);  // SEN support only, never on a plan
  EXPECT_EQ(code_of(Dimension::sex, ""), unknown);
  EXPECT_EQ(code_of(Dimension::setting_type, "special"), special);
  EXPECT_EQ(code_of(Dimension::cease_reason, "9"), 9);
  EXPECT_EQ(labels(Dimension::la).size(), 0u);
  for (auto dim : {Dimension::la, Dimension::need, Dimension::weeks_band, Dimension::organisation})
    EXPECT_EQ(dimension_from_string(to_string(dim)), dim);
  EXPECT_FALSE(dimension_from_string("shoe_size"));
}

TEST(KpiBreakdowns, AgeBandsTurnOnTheBirthday) {
  auto band = [](std::string_view born, std::string_view on) { return AgeBands(d(on)).of(d(born)); };
  EXPECT_EQ(band("2021-01-01", "2025-12-31"), 1);
  EXPECT_EQ(band("2021-01-01", "2026-01-01"), 2);
  EXPECT_EQ(band("2010-09-01", "2026-08-31"), 3);  // 15 the day before the birthday
  EXPECT_EQ(band("2010-09-01", "2026-09-01"), 4);
  EXPECT_EQ(band("2000-06-01", "2026-05-31"), 5);  // 25
  EXPECT_EQ(band("2000-06-01", "2026-06-01"), unknown);  // 26: past the age of a plan
  // Born on 29 February: five on 1 March in a year without one, and on the day in a leap year.
  EXPECT_EQ(band("2020-02-29", "2025-02-28"), 1);
  EXPECT_EQ(band("2020-02-29", "2025-03-01"), 2);
  EXPECT_EQ(band("2019-02-28", "2024-02-28"), 2);
  EXPECT_EQ(band("2026-03-01", "2026-02-01"), unknown);  // not born yet
  EXPECT_EQ(AgeBands(d("2025-03-01")).of(no_day), unknown);
}

TEST(KpiBreakdowns, WeeksBandsFollowTheDueDateThenAYear) {
  const Day received = d("2026-01-05"), due = received + 140;
  EXPECT_EQ(weeks_band(received, due, due), 1);
  EXPECT_EQ(weeks_band(received, due, due + 1), 2);
  EXPECT_EQ(weeks_band(received, due, received + 364), 2);
  EXPECT_EQ(weeks_band(received, due, received + 365), 3);
  EXPECT_EQ(weeks_band(received, due, no_day), unknown);
}

}  // namespace
}  // namespace sendhub::kpi
