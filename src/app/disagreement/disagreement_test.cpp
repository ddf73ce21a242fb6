// A disagreement from the demo data on both engines: the council refused to assess Nia
// (case-demo-014); her parent disagrees, declines mediation, gets the certificate and appeals;
// the council responds; the tribunal orders an assessment, and the council carries it out. Each
// step is refused out of order or with a bad date, and nothing half-done is kept.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/clock.h"
#include "app/demo_data.h"
#include "app/disagreement/disagreement_record.h"
#include "app/disagreement/disagreement_steps.h"
#include "app/disagreement/open_disagreement.h"
#include "app/identity/audit_trail.h"
#include "domain/calendar/bank_holidays.h"
#include "domain/disagreement/appealable.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t day = 86400;
using access::Role;
using statutory::EventType;

class Disagreements : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
    ASSERT_TRUE(load_demo_cases(test_->db()));
    now_ = unix_now();
    caseworker_ = testing::load_test_actor(db(), "user-caseworker", Role::sen_caseworker);
  }
  store::Database& db() { return test_->db(); }
  RequestContext at(int days_on) { return {"192.0.2.9", "req", "test", now_ + days_on * day, "https://sendhub.test"}; }
  std::string on(int days_on) { return calendar::format_date(day_of(now_ + days_on * day)); }
  CaseRecord load(const std::string& id) {
    std::optional<CaseRecord> out;
    EXPECT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
      auto k = load_case(c, id);
      if (!k) return std::unexpected(k.error());
      out = std::move(*k);
      return {};
    }));
    return out ? *out : CaseRecord{};
  }
  std::string refusal() {
    for (const auto& a : disagreement::appealable_decisions(load("case-demo-014").history()))
      if (a.kind == disagreement::DecisionKind::refusal_to_assess) return decision_choice("refusal_to_assess", a.date);
    return "";
  }
  std::string step(const DisagreementStep& s, int days_on) {
    auto r = record_disagreement_step(db(), caseworker_, s, at(days_on));
    if (!r) return "error: " + r.error().message;
    return r->empty() ? "" : r->front().field + ": " + r->front().message;
  }
  std::optional<DisagreementDetails> details(const std::string& id) {
    std::optional<DisagreementDetails> out;
    EXPECT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
      auto d = disagreement_details(c, id);
      if (!d) return std::unexpected(d.error());
      out = std::move(*d);
      return {};
    }));
    return out;
  }
  std::unique_ptr<testing::TestDatabase> test_;
  access::Actor caseworker_;
  std::int64_t now_ = 0;
};

TEST_P(Disagreements, OnlyTheCouncilRecordsOneDisagreementPerDecision) {
  const std::string decision = refusal();
  ASSERT_FALSE(decision.empty());
  auto parent = open_disagreement(db(), testing::load_test_actor(db(), "user-parent", Role::parent_carer),
                                  {"case-demo-014", decision, "parent"}, at(0));
  ASSERT_FALSE(parent);
  EXPECT_EQ(parent.error().code, ErrorCode::not_found);

  auto bad = open_disagreement(db(), caseworker_, {"case-demo-014", "plan_contents:2020-01-01", ""}, at(0));
  ASSERT_TRUE(bad);
  ASSERT_EQ(bad->problems.size(), 2u);
  EXPECT_EQ(bad->problems[0].field, "decision");
  EXPECT_EQ(bad->problems[1].field, "raised_by");

  auto first = open_disagreement(db(), caseworker_, {"case-demo-014", decision, "parent"}, at(0));
  ASSERT_TRUE(first && first->problems.empty());
  EXPECT_FALSE(first->already_open);
  auto again = open_disagreement(db(), caseworker_, {"case-demo-014", decision, "young_person"}, at(1));
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->already_open);
  EXPECT_EQ(again->case_id, first->case_id);

  const auto k = load(first->case_id);
  EXPECT_EQ(k.process, statutory::Process::disagreement);
  EXPECT_EQ(k.child_id, "child-demo-014");
  ASSERT_EQ(k.events.size(), 1u);
  EXPECT_EQ(k.events[0].event.type, EventType::decision_notice_sent);
  EXPECT_EQ(decision_choice("refusal_to_assess", k.events[0].event.date), decision);
  auto trail = read_audit(db(), {.action = "disagreement.opened"});
  ASSERT_TRUE(trail);
  ASSERT_EQ(trail->size(), 1u);
  EXPECT_EQ((*trail)[0].case_id, first->case_id);
  EXPECT_EQ((*trail)[0].child_id, "child-demo-014");
}

TEST_P(Disagreements, FromRefusalThroughAppealToAnOrderCarriedOut) {
  auto opened = open_disagreement(db(), caseworker_, {"case-demo-014", refusal(), "parent"}, at(0));
  ASSERT_TRUE(opened && opened->problems.empty());
  const std::string id = opened->case_id;

  // Out of order, unanswered, impossible or future dates: each refused, nothing written.
  EXPECT_EQ(step({id, "certificate", "", "", "", "", ""}, 0),
            "date: A certificate comes after the mediation, or after the family says they do not want it");
  EXPECT_EQ(step({id, "mediation", "", "", "", "", ""}, 0), "choice: Select whether the family wants mediation");
  EXPECT_EQ(step({id, "mediation", "2026-02-30", "declined", "", "", ""}, 0), "date: The date must be a real date, like 3 3 2026");
  EXPECT_NE(step({id, "mediation", on(3), "declined", "", "", ""}, 0), "");
  EXPECT_EQ(step({id, "response", "", "", "", "", ""}, 0), "date: Record the appeal first");
  EXPECT_EQ(load(id).events.size(), 1u);

  EXPECT_EQ(step({id, "mediation", "", "declined", "", "", ""}, 0), "");
  EXPECT_EQ(step({id, "mediation", "", "requested", "", "", ""}, 0), "choice: Contact with the mediation adviser is already recorded");
  EXPECT_EQ(step({id, "mediation_held", "", "agreed", "", "", ""}, 0), "date: Record that the family asked for mediation first");
  EXPECT_EQ(step({id, "certificate", "", "", "", "", ""}, 1), "");
  EXPECT_EQ(step({id, "appeal", "", "", std::string(41, 'X'), "", ""}, 5),
            "tribunal_reference: The tribunal's reference must be 40 characters or fewer");
  EXPECT_EQ(step({id, "appeal", "", "", "EH816/26/00001", "", ""}, 5), "");
  EXPECT_EQ(step({id, "close", "", "", "", "", ""}, 6), "step: The appeal is still open: record how it ended instead");

  // The response is due 30 working days after the appeal was registered.
  auto t = statutory::compute_timeline(load(id).history(), day_of(now_ + 6 * day));
  ASSERT_TRUE(t);
  std::optional<calendar::Date> response_due;
  for (const auto& m : t->milestones)
    if (m.key == "la_response") response_due = m.due;
  ASSERT_TRUE(response_due);
  EXPECT_EQ(*response_due, calendar::add_working_days(day_of(now_ + 5 * day), 30));
  EXPECT_EQ(step({id, "response", "", "", "", "", ""}, 20), "");

  EXPECT_EQ(step({id, "appeal_ended", "", "order", "", "", ""}, 60), "order: Select what the tribunal ordered the council to do");
  EXPECT_EQ(step({id, "appeal_ended", "", "order", "", on(61), "assess"}, 60), "hearing_on: The hearing must be on or before the day the appeal ended");
  EXPECT_TRUE(details(id)->appeal_outcome.empty());
  EXPECT_EQ(step({id, "appeal_ended", "", "order", "", on(55), "assess"}, 60), "");

  const auto ended = load(id);
  ASSERT_TRUE(ended.closed_on);
  EXPECT_EQ(*ended.closed_on, on(60));
  const auto d = details(id);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->tribunal_reference, "EH816/26/00001");
  EXPECT_EQ(d->hearing_on, on(55));
  EXPECT_EQ(d->appeal_outcome, "order");
  ASSERT_FALSE(d->order_case_id.empty());
  EXPECT_EQ(step({id, "close", "", "", "", "", ""}, 61), "step: This disagreement is closed");

  // The order: 2 weeks to tell the family the council will assess (reg 44(2)).
  const auto order = load(d->order_case_id);
  EXPECT_EQ(order.process, statutory::Process::tribunal_order);
  EXPECT_EQ(details(d->order_case_id)->case_id, id);
  EXPECT_EQ(details(d->order_case_id)->notice_on, calendar::format_date(load(id).events[0].event.date));
  ASSERT_EQ(next_order_step(order), EventType::assessment_notice_sent);
  auto ot = statutory::compute_timeline(order.history(), day_of(now_ + 60 * day));
  ASSERT_TRUE(ot);
  ASSERT_EQ(ot->milestones.size(), 1u);
  EXPECT_EQ(calendar::format_date(ot->milestones[0].due), on(74));
  auto done = record_order_carried_out(db(), caseworker_, d->order_case_id, on(70), at(70));
  ASSERT_TRUE(done && done->empty());
  EXPECT_TRUE(load(d->order_case_id).closed_on);
  auto twice = record_order_carried_out(db(), caseworker_, d->order_case_id, "", at(71));
  ASSERT_TRUE(twice);
  ASSERT_EQ(twice->size(), 1u);
  EXPECT_EQ(twice->front().message, "The order has already been carried out");

  std::vector<DisagreementLink> links;
  ASSERT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
    auto found = disagreements_about(c, "case-demo-014");
    if (!found) return std::unexpected(found.error());
    links = std::move(*found);
    return {};
  }));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_FALSE(links[0].open);
  EXPECT_EQ(links[0].order_case_id, d->order_case_id);
  EXPECT_FALSE(links[0].order_open);
  auto steps = read_audit(db(), {.action = "disagreement.appeal_ended"});
  ASSERT_TRUE(steps);
  EXPECT_EQ(steps->size(), 1u);
  EXPECT_EQ(steps->back().detail, "order");
}

TEST_P(Disagreements, ClosingWithoutAnAppealCannotBeInTheFutureOrBeforeTheLetter) {
  auto opened = open_disagreement(db(), caseworker_, {"case-demo-014", refusal(), "young_person"}, at(0));
  ASSERT_TRUE(opened && opened->problems.empty());
  EXPECT_EQ(load(opened->case_id).requested_by, "young_person");
  EXPECT_EQ(step({opened->case_id, "close", on(2), "", "", "", ""}, 0), "date: The date cannot be in the future");
  EXPECT_EQ(step({opened->case_id, "close", on(-400), "", "", "", ""}, 0), "date: The date cannot be before the decision letter");
  EXPECT_FALSE(load(opened->case_id).closed_on);
  EXPECT_EQ(step({opened->case_id, "close", "", "", "", "", ""}, 0), "");
  EXPECT_TRUE(load(opened->case_id).closed_on);
}

INSTANTIATE_TEST_SUITE_P(Engines, Disagreements, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
