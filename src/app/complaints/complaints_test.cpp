// Complaints on both engines: Jordan's parent complains about communication from their own
// record; another parent and a SENCO cannot; the caseworker records one that came by letter and
// answers both; the dashboard's count moves with the kpi_changes feed.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/complaints/complaints.h"
#include "app/demo_data.h"
#include "app/identity/audit_trail.h"
#include "app/kpi/kpi_state.h"
#include "domain/kpi/compute.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

using access::Role;
constexpr std::int64_t day = 86400;

class Complaints : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
    ASSERT_TRUE(load_demo_cases(test_->db()));
    now_ = unix_now();
  }
  store::Database& db() { return test_->db(); }
  access::Actor actor(const std::string& id, Role role) { return testing::load_test_actor(db(), id, role); }
  RequestContext at(int days_on) { return {"192.0.2.9", "req", "test", now_ + days_on * day, "https://sendhub.test"}; }
  std::string on(int days_on) { return calendar::format_date(day_of(now_ + days_on * day)); }
  std::unique_ptr<testing::TestDatabase> test_;
  std::int64_t now_ = 0;
};

TEST_P(Complaints, TheFamilyComplainsFromTheirOwnRecordAndTheCouncilAnswers) {
  const auto parent = actor("user-parent", Role::parent_carer);
  const auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  const NewComplaint about_jordan{"child-demo-jordan", "case-demo-jordan-1",
                                  {"communication", "", "", "Nobody has answered my three emails about the review."}};

  auto stranger = make_complaint(db(), actor("user-parent2", Role::parent_carer), about_jordan, at(0));
  ASSERT_FALSE(stranger);
  EXPECT_EQ(stranger.error().code, ErrorCode::not_found);
  auto senco = make_complaint(db(), actor("user-senco", Role::school_senco), about_jordan, at(0));
  ASSERT_FALSE(senco);
  EXPECT_EQ(senco.error().code, ErrorCode::not_found);

  auto wrong_case = make_complaint(db(), parent, {"child-demo-jordan", "case-demo-casey-1", {"", "", "", ""}}, at(0));
  ASSERT_TRUE(wrong_case);
  ASSERT_EQ(wrong_case->problems.size(), 3u);
  EXPECT_EQ(wrong_case->problems[0].field, "topic");
  EXPECT_EQ(wrong_case->problems[1].field, "summary");
  EXPECT_EQ(wrong_case->problems[2].field, "case_id");
  EXPECT_TRUE(complaints_of_child(db(), "child-demo-jordan")->empty());

  auto made = make_complaint(db(), parent, about_jordan, at(0));
  ASSERT_TRUE(made && made->problems.empty());
  auto by_letter = make_complaint(db(), caseworker, {"child-demo-jordan", "", {"delay", "advocate", on(-3), "The review is late."}}, at(0));
  ASSERT_TRUE(by_letter && by_letter->problems.empty());

  auto listed = complaints_of_child(db(), "child-demo-jordan");
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].id, made->id);  // newest first
  EXPECT_EQ((*listed)[0].made_by, "parent");
  EXPECT_EQ((*listed)[0].received_on, on(0));
  EXPECT_EQ((*listed)[0].case_id, "case-demo-jordan-1");
  EXPECT_EQ((*listed)[1].made_by, "advocate");
  EXPECT_EQ((*listed)[1].received_on, on(-3));

  EXPECT_FALSE(respond_to_complaint(db(), parent, made->id, {"upheld", ""}, at(5)));
  auto early = respond_to_complaint(db(), caseworker, made->id, {"upheld", on(-1)}, at(5));
  ASSERT_TRUE(early);
  ASSERT_EQ(early->size(), 1u);
  EXPECT_EQ(early->front().message, "The date cannot be before the day the complaint was received");
  auto answered = respond_to_complaint(db(), caseworker, made->id, {"upheld", ""}, at(5));
  ASSERT_TRUE(answered && answered->empty());
  auto twice = respond_to_complaint(db(), caseworker, made->id, {"not_upheld", ""}, at(6));
  ASSERT_TRUE(twice);
  EXPECT_EQ(twice->at(0).message, "The response to this complaint is already recorded");

  auto seen = open_complaint(db(), parent, made->id, at(6));
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->outcome, "upheld");
  EXPECT_EQ(seen->responded_on, on(5));
  EXPECT_FALSE(open_complaint(db(), actor("user-parent2", Role::parent_carer), made->id, at(6)));
  auto council = complaints_for(db(), {"816"});
  ASSERT_TRUE(council);
  ASSERT_EQ(council->size(), 2u);
  EXPECT_EQ((*council)[0].id, by_letter->id);  // unanswered first

  auto trail = read_audit(db(), {.child_id = "child-demo-jordan"});
  ASSERT_TRUE(trail);
  int made_n = 0, responded = 0, refused = 0;
  for (const auto& e : *trail) {
    made_n += e.action == "complaint.made";
    responded += e.action == "complaint.responded";
    refused += e.action == "complaint.view" && e.outcome == "refused";
    EXPECT_EQ(e.detail.find("emails"), std::string::npos);  // what was written is never in the trail
  }
  EXPECT_EQ(made_n, 2);
  EXPECT_EQ(responded, 1);
  EXPECT_EQ(refused, 1);
}

TEST_P(Complaints, TheDashboardCountsNewComplaintsAboutCommunication) {
  kpi::KpiState state(db());
  auto count = [&]() -> std::int64_t {
    std::int64_t n = -1;
    const sendhub::kpi::Period around{sendhub::kpi::day_of(day_of(now_ - 30 * day)), sendhub::kpi::day_of(day_of(now_ + 30 * day))};
    auto ok = state.with_area([&](const kpi::LoadedArea& area) {
      for (const auto& f : sendhub::kpi::compute_kpis(area.facts, around))
        if (f.definition->id == "complaints_about_communication") n = f.figure.numerator;
    });
    return ok ? n : -2;
  };
  const auto before = count();
  ASSERT_GE(before, 0);
  const auto parent = actor("user-parent", Role::parent_carer);
  ASSERT_TRUE(make_complaint(db(), parent, {"child-demo-jordan", "", {"communication", "", "", "No reply."}}, at(0)));
  ASSERT_TRUE(make_complaint(db(), parent, {"child-demo-jordan", "", {"provision", "", "", "No speech therapy."}}, at(0)));
  EXPECT_EQ(count(), before + 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, Complaints, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
