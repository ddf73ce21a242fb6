#include "domain/local_offer/service_facts.h"

#include <gtest/gtest.h>

namespace sendhub::local_offer {
namespace {

Schedule weekly(std::string byday, std::string opens, std::string closes) {
  Schedule s;
  s.freq = "WEEKLY";
  s.byday = std::move(byday);
  s.opens_at = std::move(opens);
  s.closes_at = std::move(closes);
  return s;
}

TEST(ServiceFacts, DaysComeFromByday) {
  EXPECT_EQ(days_mask({weekly("MO,TH", "", "")}), day_bit("MO") | day_bit("TH"));
  EXPECT_EQ(days_mask({weekly("2SA", "", ""), weekly("su", "", "")}), day_bit("SA") | day_bit("SU"));
  EXPECT_EQ(days_mask({}), 0);
  EXPECT_EQ(day_bit("XX"), 0);
}

TEST(ServiceFacts, OpeningTimesReadAsPlainEnglish) {
  EXPECT_EQ(opening_times(weekly("MO,TU,TH", "09:00", "17:30")), "Mondays, Tuesdays and Thursdays, 9am to 5:30pm");
  EXPECT_EQ(opening_times(weekly("2MO", "10:00", "12:00")), "The second Monday of each month, 10am to midday");
  Schedule described;
  described.description = "By appointment";
  EXPECT_EQ(opening_times(described), "By appointment");
  EXPECT_EQ(clock_time("13:05"), "1:05pm");
  EXPECT_EQ(clock_time("00:00"), "midnight");
  EXPECT_EQ(clock_time("later"), "later");
}

TEST(ServiceFacts, FreeWhenEveryCostIsNothing) {
  Service s;
  EXPECT_FALSE(is_free(s));  // nothing said: not claimed to be free
  s.fees_description = "Free to families";
  EXPECT_TRUE(is_free(s));
  s.cost_options = {{"1", "Session", "GBP", "", "", "", 5.0}};
  EXPECT_FALSE(is_free(s));
  s.cost_options = {{"1", "Free", "GBP", "", "", "", std::nullopt}, {"2", "Trip", "GBP", "", "", "", 0.0}};
  EXPECT_TRUE(is_free(s));
}

TEST(ServiceFacts, AccessibilityFeaturesAreFoundInDescriptions) {
  std::vector<Accessibility> a = {{"1", "Step-free access and a lift to every floor", "", ""},
                                  {"2", "Quiet room available", "Ask at reception", ""}};
  EXPECT_EQ(accessibility_keys(a), (std::vector<std::string>{"wheelchair", "quiet_space"}));
  EXPECT_EQ(key_list({"a", "b"}), "|a|b|");
  EXPECT_EQ(key_list({}), "");
}

TEST(ServiceFacts, LanguagesAndAges) {
  Service s;
  s.languages = {{"1", "Polish", "pl", ""}, {"2", "", "ur", ""}, {"3", "polish", "", ""}};
  EXPECT_EQ(language_keys(s), (std::vector<std::string>{"polish", "ur"}));
  EXPECT_EQ(ages_text(s), "For all ages");
  s.maximum_age = 25;
  EXPECT_EQ(ages_text(s), "For ages up to 25");
  s.minimum_age = 5;
  EXPECT_EQ(ages_text(s), "For ages 5 to 25");
}

}  // namespace
}  // namespace sendhub::local_offer
