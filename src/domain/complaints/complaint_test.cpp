#include "domain/complaints/complaint.h"

#include <gtest/gtest.h>

namespace sendhub::complaints {
namespace {

calendar::Date d(const char* s) { return *calendar::parse_date(s); }

std::vector<identity::FieldProblem> problems_of(const ComplaintForm& f, bool family, const char* today = "2026-03-02") {
  auto r = check_complaint(f, d(today), family);
  if (auto* p = std::get_if<std::vector<identity::FieldProblem>>(&r)) return *p;
  return {};
}

TEST(Complaint, AFamilysComplaintIsDatedTheDayItIsSent) {
  auto r = check_complaint({"communication", "", "2020-01-01", "Nobody has replied to my emails since January."}, d("2026-03-02"), true);
  auto* c = std::get_if<CheckedComplaint>(&r);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->topic, Topic::communication);
  EXPECT_EQ(c->received_on, d("2026-03-02"));
  EXPECT_EQ(c->made_by, "");
}

TEST(Complaint, TheCouncilRecordsWhoMadeItAndWhen) {
  auto r = check_complaint({"delay", "advocate", "2026-02-27", "The draft plan is late."}, d("2026-03-02"), false);
  auto* c = std::get_if<CheckedComplaint>(&r);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->made_by, "advocate");
  EXPECT_EQ(c->received_on, d("2026-02-27"));
}

TEST(Complaint, EveryProblemIsNamedInPageOrder) {
  auto p = problems_of({"rudeness", "neighbour", "2026-02-30", "   "}, false);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].field, "topic");
  EXPECT_EQ(p[1].field, "made_by");
  EXPECT_EQ(p[2].message, "The date must be a real date, like 3 3 2026");
  EXPECT_EQ(p[3].message, "Describe the complaint");
  EXPECT_EQ(problems_of({"other", "parent", "2026-03-03", "x"}, false).at(0).message, "The date cannot be in the future");
  EXPECT_EQ(problems_of({"other", "", "", std::string(summary_limit + 1, 'a')}, true).at(0).message,
            "The description must be 2000 characters or fewer");
  EXPECT_TRUE(problems_of({"other", "", "", std::string(summary_limit, 'a')}, true).empty());
}

TEST(Complaint, AResponseHasAnOutcomeAndIsNotBeforeTheComplaint) {
  auto ok = check_response({"partly_upheld", "2026-03-16"}, d("2026-03-02"), d("2026-03-20"));
  ASSERT_EQ(ok.index(), 0u);
  EXPECT_EQ(std::get<0>(ok).second, d("2026-03-16"));
  auto early = check_response({"", "2026-03-01"}, d("2026-03-02"), d("2026-03-20"));
  const auto& p = std::get<1>(early);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].message, "Select the outcome of the complaint");
  EXPECT_EQ(p[1].message, "The date cannot be before the day the complaint was received");
  auto today = check_response({"upheld", ""}, d("2026-03-02"), d("2026-03-20"));
  EXPECT_EQ(std::get<0>(today).second, d("2026-03-20"));
}

TEST(Complaint, TopicsRoundTrip) {
  for (const auto& c : topics()) {
    auto t = topic_from_string(c.value);
    ASSERT_TRUE(t) << c.value;
    EXPECT_EQ(to_string(*t), c.value);
  }
  EXPECT_FALSE(topic_from_string("Communication"));
}

}  // namespace
}  // namespace sendhub::complaints
