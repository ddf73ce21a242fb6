// Jordan's family moves from York to North Yorkshire, on both engines: only York's SEN team can
// record it; the plan passes on with Jordan's whole history; York then no longer sees Jordan and
// North Yorkshire does; North Yorkshire tells the family and the transfer closes.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/clock.h"
#include "app/demo_data.h"
#include "app/identity/audit_trail.h"
#include "app/transfer/la_transfer.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

using access::Role;
constexpr std::int64_t day = 86400;

class LaTransfer : public ::testing::TestWithParam<std::string> {
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
  bool sees(const access::Actor& who, const std::string& case_id) {
    return bool(open_case_for(db(), who, access::Action::view_record, case_id, "case.view", at(0)));
  }
  std::string la_of(const char* sql) {
    std::string out;
    EXPECT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
      auto rows = c.query(sql, {});
      if (!rows) return std::unexpected(rows.error());
      if (!rows->empty()) out = rows->front().get_text(0);
      return {};
    }));
    return out;
  }
  std::unique_ptr<testing::TestDatabase> test_;
  std::int64_t now_ = 0;
};

using testing::first_problem;

TEST_P(LaTransfer, ThePlanAndItsHistoryMoveToTheNewCouncil) {
  const auto york = actor("user-caseworker", Role::sen_caseworker);
  const auto north = actor("user-caseworker-ny", Role::sen_caseworker);
  const transfer::MoveForm move{"815", on(-10), on(0)};

  auto parent = record_move(db(), actor("user-parent", Role::parent_carer), "child-demo-jordan", move, at(0));
  ASSERT_FALSE(parent);
  EXPECT_EQ(parent.error().code, ErrorCode::not_found);
  auto elsewhere = record_move(db(), north, "child-demo-jordan", move, at(0));
  ASSERT_FALSE(elsewhere);
  auto no_plan = record_move(db(), york, "child-demo-001", move, at(0));
  ASSERT_TRUE(no_plan);
  ASSERT_EQ(no_plan->problems.size(), 1u);
  EXPECT_NE(no_plan->problems[0].message.find("no EHC plan"), std::string::npos);
  auto same = record_move(db(), york, "child-demo-jordan", {"816", "", on(0)}, at(0));
  ASSERT_TRUE(same);
  EXPECT_EQ(same->problems.at(0).field, "to_la");

  auto recorded = record_move(db(), york, "child-demo-jordan", move, at(0));
  ASSERT_TRUE(recorded && recorded->problems.empty()) << (recorded && !recorded->problems.empty() ? recorded->problems[0].message : "");
  const std::string id = recorded->case_id;
  auto again = record_move(db(), york, "child-demo-jordan", move, at(0));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->case_id, id);
  EXPECT_FALSE(again->problems.empty());

  // Heard 10 days ahead, under 15 working days: 15 working days from hearing (reg 15(1)).
  auto k = open_case_for(db(), york, access::Action::view_record, id, "case.view", at(0));
  ASSERT_TRUE(k);
  auto t = statutory::compute_timeline(k->history(), day_of(now_));
  ASSERT_TRUE(t);
  ASSERT_EQ(t->milestones.size(), 2u);
  EXPECT_EQ(t->milestones[0].rule->id, "la_transfer.late_notice");
  EXPECT_FALSE(sees(north, "case-demo-jordan-1"));
  EXPECT_EQ(first_problem(new_council_told_family(db(), york, id, "", at(1))), "The old council has not passed the plan on yet");

  EXPECT_EQ(first_problem(pass_plan_on(db(), york, id, on(-11), at(1))),
            "The plan cannot be passed on before the council heard of the move, on " + calendar::format_long_date(day_of(now_ - 10 * day)));
  EXPECT_EQ(first_problem(pass_plan_on(db(), york, id, "", at(1))), "");
  EXPECT_EQ(la_of("SELECT la_code FROM children WHERE id = 'child-demo-jordan'"), "815");
  EXPECT_EQ(la_of("SELECT la_code FROM plans WHERE child_id = 'child-demo-jordan'"), "815");
  EXPECT_EQ(la_of(("SELECT la_code FROM cases WHERE id = '" + id + "'").c_str()), "815");
  EXPECT_FALSE(sees(york, "case-demo-jordan-1"));
  EXPECT_TRUE(sees(north, "case-demo-jordan-1"));  // the history came too
  EXPECT_TRUE(sees(north, id));

  EXPECT_EQ(first_problem(pass_plan_on(db(), north, id, "", at(2))), "The plan has already been passed on");
  EXPECT_EQ(first_problem(new_council_told_family(db(), north, id, "", at(3))), "");
  auto closed = open_case_for(db(), north, access::Action::view_record, id, "case.view", at(3));
  ASSERT_TRUE(closed);
  EXPECT_TRUE(closed->closed_on);
  auto trail = read_audit(db(), {.action = "transfer.plan_passed_on"});
  ASSERT_TRUE(trail);
  ASSERT_EQ(trail->size(), 1u);
  EXPECT_EQ((*trail)[0].child_id, "child-demo-jordan");
}

// Heard six weeks ahead: the move is recorded now, and the plan goes on the day (reg 15(1)).
TEST_P(LaTransfer, AMoveHeardOfAheadIsRecordedNowAndThePlanGoesOnTheDay) {
  const auto york = actor("user-caseworker", Role::sen_caseworker);
  auto recorded = record_move(db(), york, "child-demo-jordan", {"815", "", on(45)}, at(0));
  ASSERT_TRUE(recorded && recorded->problems.empty()) << (recorded && !recorded->problems.empty() ? recorded->problems[0].message : "");
  const std::string id = recorded->case_id;
  auto k = open_case_for(db(), york, access::Action::view_record, id, "case.view", at(0));
  ASSERT_TRUE(k);
  auto t = statutory::compute_timeline(k->history(), day_of(now_));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->milestones[0].rule->id, "la_transfer.on_move");
  EXPECT_EQ(calendar::format_date(t->milestones[0].due), on(45));
  EXPECT_EQ(t->milestones[0].status, statutory::Status::due);

  EXPECT_EQ(first_problem(pass_plan_on(db(), york, id, "", at(1))),
            "The plan is passed on on the day of the move, " + calendar::format_long_date(day_of(now_ + 45 * day)) +
                ", not before: the child's council does not change until then");
  EXPECT_EQ(la_of("SELECT la_code FROM children WHERE id = 'child-demo-jordan'"), "816");  // nothing moved
  EXPECT_EQ(first_problem(pass_plan_on(db(), york, id, on(46), at(45))), "The date cannot be in the future");
  EXPECT_EQ(first_problem(pass_plan_on(db(), york, id, "", at(45))), "");
  EXPECT_EQ(la_of("SELECT la_code FROM children WHERE id = 'child-demo-jordan'"), "815");
}

INSTANTIATE_TEST_SUITE_P(Engines, LaTransfer, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
