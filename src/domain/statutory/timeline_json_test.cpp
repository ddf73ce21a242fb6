#include "domain/statutory/timeline_json.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace sendhub::statutory {
namespace {

std::string error_of(std::string_view json) {
  auto r = parse_timeline_request(json);
  EXPECT_FALSE(r) << json;
  return r ? std::string() : r.error().message;
}

TEST(TimelineJson, ReadsEveryFieldOfTheContract) {
  auto r = parse_timeline_request(R"({"process": "ehc_needs_assessment", "today": "2025-08-01",
    "events": [{"type": "request_received", "date": "2025-05-01"},
               {"type": "decision_to_assess", "date": "2025-06-10", "outcome": "assess"},
               {"type": "advice_requested", "date": "2025-07-20", "adviser": "education", "note": "extra members are ignored"}],
    "exceptions": [{"type": "institution_closure", "closes": "2025-07-23", "reopens": "2025-09-03"}]})");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->history.process, Process::ehc_needs_assessment);
  ASSERT_EQ(r->history.events.size(), 3u);
  EXPECT_EQ(r->history.events[1].outcome, Outcome::assess);
  EXPECT_EQ(r->history.events[2].adviser, Adviser::education);
  ASSERT_EQ(r->history.exceptions.size(), 1u);
  EXPECT_EQ(calendar::format_date(*r->today), "2025-08-01");
}

TEST(TimelineJson, WritesTheContract) {
  auto r = parse_timeline_request(R"({"process": "ehc_needs_assessment",
    "events": [{"type": "request_received", "date": "2025-01-06"}]})");
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->today);
  auto today = *calendar::parse_date("2025-02-18");
  auto t = compute_timeline(r->history, today);
  ASSERT_TRUE(t);
  auto out = boost::json::parse(timeline_to_json(*t, today)).as_object();
  EXPECT_EQ(out.at("process").as_string(), "ehc_needs_assessment");
  EXPECT_EQ(out.at("today").as_string(), "2025-02-18");
  EXPECT_TRUE(out.at("within_20_weeks").is_null());
  EXPECT_EQ(out.at("exception_applies").as_bool(), false);
  const auto& first = out.at("milestones").as_array().at(0).as_object();
  EXPECT_EQ(first.at("key").as_string(), "decision_to_assess");
  EXPECT_EQ(first.at("due").as_string(), "2025-02-17");
  EXPECT_TRUE(first.at("done").is_null());
  EXPECT_EQ(first.at("status").as_string(), "overdue");
  EXPECT_EQ(first.at("rule").as_string(), "SEND Regs 2014 reg 5(1)");
  EXPECT_FALSE(first.at("explanation").as_string().empty());
}

TEST(TimelineJson, OtherProcessesHaveNoTwentyWeekFields) {
  auto r = parse_timeline_request(R"({"process": "reassessment", "events": [{"type": "reassessment_requested", "date": "2025-02-20"}]})");
  ASSERT_TRUE(r);
  auto today = *calendar::parse_date("2025-03-01");
  auto out = boost::json::parse(timeline_to_json(*compute_timeline(r->history, today), today)).as_object();
  EXPECT_FALSE(out.contains("within_20_weeks"));
}

TEST(TimelineJson, ErrorsNameTheMemberAtFault) {
  EXPECT_NE(error_of("not json").find("not valid JSON"), std::string::npos);
  EXPECT_NE(error_of("[]").find("must be a JSON object"), std::string::npos);
  EXPECT_NE(error_of(R"({"events": []})").find("input.process: is missing"), std::string::npos);
  EXPECT_NE(error_of(R"({"process": "appeal", "events": []})").find("\"appeal\" is not one of"), std::string::npos);
  EXPECT_NE(error_of(R"({"process": "reassessment"})").find("input.events"), std::string::npos);
  EXPECT_NE(error_of(R"({"process": "reassessment", "events": [{"type": "reassessment_requested", "date": "2023-02-29"}]})")
                .find("events[0].date: \"2023-02-29\" is not a real date"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"process": "reassessment", "events": [{"type": "reassessment_requested", "date": "29/02/2024"}]})")
                .find("events[0].date"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"process": "reassessment", "events": [{"type": "tea_break", "date": "2024-02-29"}]})")
                .find("events[0].type: \"tea_break\" is not an event SENDhub knows"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"process": "ehc_needs_assessment", "events": [{"type": "decision_to_assess", "date": "2024-02-29"}]})")
                .find("events[0].outcome: is missing"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"process": "ehc_needs_assessment", "events": [{"type": "advice_requested", "date": "2024-02-29", "adviser": "astrologer"}]})")
                .find("events[0].adviser"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"process": "annual_review", "events": [{"type": "review_decision", "date": "2024-02-29", "outcome": "assess"}]})")
                .find("maintain, amend or cease"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"process": "phase_transfer", "events": [{"type": "transfer_planned", "date": "2026-09-01", "from_phase": "primary"}]})")
                .find("to_phase: is missing"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"process": "ehc_needs_assessment", "events": [], "exceptions": [{"type": "institution_closure", "closes": "2025-09-01", "reopens": "2025-07-01"}]})")
                .find("reopens must be after closes"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"process": "reassessment", "events": [], "exceptions": [{"type": "absence_from_area", "from": "2025-01-01", "to": "2025-02-01"}]})")
                .find("apply only to an ehc_needs_assessment"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"process": "reassessment", "events": [], "today": "tomorrow"})").find("input.today"), std::string::npos);
  EXPECT_NE(error_of(R"({"process": "reassessment", "events": [{"type": 5, "date": "2025-01-01"}]})").find("must be a string"),
            std::string::npos);
}

}  // namespace
}  // namespace sendhub::statutory
