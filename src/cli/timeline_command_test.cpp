#include "cli/timeline_command.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sendhub::cli {
namespace {

using namespace std::chrono;
constexpr sys_days system_today{2025y / March / 1};

struct Run {
  int code;
  std::string out, err;
};

Run run(std::string input, std::vector<std::string> args = {"-"}) {
  std::istringstream in(input);
  std::ostringstream out, err;
  int code = run_timeline_command(args, in, out, err, system_today);
  return {code, out.str(), err.str()};
}

boost::json::object parsed(const Run& r) { return boost::json::parse(r.out).as_object(); }

TEST(TimelineCommand, EveryProcessPrintsMilestones) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"process":"ehc_needs_assessment","events":[{"type":"request_received","date":"2025-01-06"}]})", "final_plan"},
      {R"({"process":"annual_review","events":[{"type":"plan_issued","date":"2024-03-10"}]})", "review_meeting"},
      {R"({"process":"phase_transfer","events":[{"type":"transfer_planned","date":"2025-09-02","from_phase":"primary","to_phase":"secondary"}]})",
       "phase_transfer_review"},
      {R"({"process":"reassessment","events":[{"type":"reassessment_requested","date":"2025-02-20"}]})", "reassessment_decision"},
      {R"({"process":"la_transfer","events":[{"type":"moved","date":"2025-02-20"}]})", "new_la_notification"},
      {R"({"process":"disagreement","events":[{"type":"decision_notice_sent","date":"2025-02-20"}]})", "appeal_deadline"},
      {R"({"process":"tribunal_order","events":[{"type":"order_made","date":"2025-02-20","order":"make_plan"}]})", "final_plan"},
  };
  for (const auto& [input, key] : cases) {
    auto r = run(input);
    ASSERT_EQ(r.code, 0) << input << "\n" << r.err;
    const auto output = parsed(r);
    bool found = false;
    for (const auto& m : output.at("milestones").as_array()) found = found || m.as_object().at("key").as_string() == key;
    EXPECT_TRUE(found) << key;
    EXPECT_EQ(output.at("today").as_string(), "2025-03-01");  // the system date when "today" is absent
  }
}

TEST(TimelineCommand, ReadsAFile) {
  auto path = std::filesystem::temp_directory_path() / "sendhub-timeline-test.json";
  std::ofstream(path) << R"({"process":"reassessment","today":"2025-03-10","events":[{"type":"reassessment_requested","date":"2025-02-20"}]})";
  auto r = run("", {path.string()});
  std::filesystem::remove(path);
  ASSERT_EQ(r.code, 0) << r.err;
  auto m = parsed(r).at("milestones").as_array().at(0).as_object();
  EXPECT_EQ(m.at("due").as_string(), "2025-03-07");
  EXPECT_EQ(m.at("status").as_string(), "overdue");
}

TEST(TimelineCommand, MalformedInputExitsTwoWithTheReason) {
  auto r = run(R"({"process":"ehc_needs_assessment","events":[{"type":"request_received","date":"2025-02-30"}]})");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("events[0].date: \"2025-02-30\" is not a real date"), std::string::npos) << r.err;
  EXPECT_EQ(run("{").code, 2);
  EXPECT_EQ(run(R"({"process":"unknown","events":[]})").code, 2);
}

TEST(TimelineCommand, ImpossibleHistoryExitsTwo) {
  auto r = run(R"({"process":"ehc_needs_assessment","events":[{"type":"request_received","date":"2025-03-01"},
                {"type":"final_plan_issued","date":"2025-01-01"}]})");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("before the request was received"), std::string::npos) << r.err;
}

TEST(TimelineCommand, MissingFileExitsOneAndHelpExitsZero) {
  EXPECT_EQ(run("", {"/no/such/file.json"}).code, 1);
  auto help = run("", {"--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("Usage: sendhub timeline"), std::string::npos);
  EXPECT_EQ(run("", {"a.json", "b.json"}).code, 2);
}

}  // namespace
}  // namespace sendhub::cli
