// The plan on a case, on both engines: started from the record, edited with section locks, sent
// as immutable versions, seen by the family, and exchanged as sendhub-plan/1.
#include <gtest/gtest.h>
#include <sodium.h>

#include <fstream>
#include <sstream>

#include "app/casework/advice.h"
#include "app/casework/family_views.h"
#include "app/casework/plan_steps.h"
#include "app/casework/record_decision.h"
#include "app/casework/request_advice.h"
#include "app/casework/request_assessment.h"
#include "app/demo_data.h"
#include "app/identity/audit_trail.h"
#include "app/plan/plan_exchange.h"
#include "domain/plan/plan_changes.h"
#include "domain/plan/plan_json.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/plan_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t t0 = 1'800'000'000;  // Friday 15 January 2027
constexpr std::int64_t day = 86400;
using access::Role;

class PlanOnACase : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
    caseworker = actor("user-caseworker", Role::sen_caseworker);
    parent = actor("user-parent", Role::parent_carer);
    auto r = request_assessment(db(), parent, {"child-demo-alex", "Alex is struggling"}, at(t0));
    ASSERT_TRUE(r && r->problems.empty());
    id = r->case_id;
    ASSERT_TRUE(add_family_views(db(), parent, "child-demo-alex", {"Kind and funny", "Lego and my dog", "Give me time to answer", "To be a vet"}, at(t0)));
    ASSERT_TRUE(record_decision_to_assess(db(), caseworker, {id, "assess"}, at(t0 + 7 * day)));
    auto asked = request_advice(db(), caseworker, id, {"health"}, "", at(t0 + 8 * day), {{"health", "user-dco"}});
    ASSERT_TRUE(asked && asked->empty());
    auto sent = submit_advice(db(), actor("user-dco", Role::designated_clinical_officer),
                              {id, "Expressive language delay.", {{"Speech and language therapy", "Speech and language therapist", "Weekly", "30 minutes"}},
                               "Alex will ask for help."}, at(t0 + 20 * day));
    ASSERT_TRUE(sent && sent->empty());
  }
  store::Database& db() { return test_->db(); }
  access::Actor actor(const std::string& user_id, Role role) { return testing::load_test_actor(test_->db(), user_id, role); }
  RequestContext at(std::int64_t now) { return testing::test_context(now); }
  std::unique_ptr<testing::TestDatabase> test_;
  access::Actor caseworker, parent;
  std::string id;
};

TEST_P(PlanOnACase, TheRecordFillsWhatItAlreadyKnows) {
  auto started = start_plan(db(), caseworker, id, at(t0 + 21 * day));
  ASSERT_TRUE(started && started->empty());
  auto ws = open_plan(db(), caseworker, id, at(t0 + 21 * day));
  ASSERT_TRUE(ws && ws->working);
  const auto& p = ws->working->plan;
  EXPECT_EQ(p.child.name, "Alex Example");
  EXPECT_EQ(p.child.date_of_birth, "2016-04-12");
  EXPECT_EQ(p.child.year_group, "6");  // 10 on 31 August 2026
  EXPECT_EQ(p.local_authority->code, "816");
  ASSERT_TRUE(p.section_a);
  ASSERT_EQ(p.section_a->items.size(), 4u);
  EXPECT_EQ(p.section_a->items[3].kind, "aspiration");
  EXPECT_EQ(p.section_a->items[3].text, "To be a vet");
  EXPECT_EQ(*p.section_a->items[3].voice, "parent");
  ASSERT_EQ(p.advice.size(), 1u);
  EXPECT_EQ(p.advice[0].from_role, "health");
  ASSERT_EQ(p.advice[0].recommendations.size(), 1u);
  EXPECT_EQ(p.advice[0].recommendations[0].text, "Speech and language therapy: Speech and language therapist, Weekly, 30 minutes");
  // Starting again keeps the plan already there.
  ASSERT_TRUE(start_plan(db(), caseworker, id, at(t0 + 22 * day)));
  EXPECT_EQ(open_plan(db(), caseworker, id, at(t0 + 22 * day))->row->id, ws->row->id);
  // Nobody but the council may start or edit it.
  EXPECT_FALSE(start_plan(db(), parent, id, at(t0 + 22 * day)));
  EXPECT_FALSE(edit_plan(db(), actor("user-dco", Role::designated_clinical_officer), id, "0",
                         [](plan::Plan& p) { return plan::put_need(p, {"", "B", "semh", "x"}); }, at(t0 + 22 * day)));
}

TEST_P(PlanOnACase, TwoEditorsOfOneSectionCannotOverwriteEachOther) {
  ASSERT_TRUE(start_plan(db(), caseworker, id, at(t0 + 21 * day)));
  auto manager = actor("user-manager", Role::sen_manager);
  const std::string seen = locks_token(*open_plan(db(), caseworker, id, at(t0 + 21 * day))->working);
  auto first = edit_plan(db(), manager, id, seen, [](plan::Plan& p) { return plan::put_need(p, {"", "B", "semh", "Anxious at playtime."}); }, at(t0 + 21 * day));
  ASSERT_TRUE(first && first->problems.empty() && !first->conflict);
  // The caseworker started from the same page: a different section still saves …
  auto other = edit_plan(db(), caseworker, id, seen, [](plan::Plan& p) { return plan::put_statement(p, "D", "No social care needs."); }, at(t0 + 21 * day));
  ASSERT_TRUE(other && !other->conflict);
  // … but section B is refused, naming who saved it, and nothing of theirs is lost.
  auto second = edit_plan(db(), caseworker, id, seen, [](plan::Plan& p) { return plan::put_need(p, {"", "B", "cognition_and_learning", "Reads slowly."}); }, at(t0 + 21 * day));
  ASSERT_TRUE(second);
  ASSERT_TRUE(second->conflict);
  EXPECT_EQ(second->conflict->section, plan::Section::b);
  EXPECT_EQ(second->conflict->by_name, "Morgan Manager");
  auto ws = open_plan(db(), caseworker, id, at(t0 + 21 * day));
  ASSERT_EQ(ws->working->plan.needs.size(), 1u);
  EXPECT_EQ(ws->working->plan.needs[0].text, "Anxious at playtime.");
  EXPECT_EQ(*ws->working->plan.no_needs.d, "No social care needs.");
  // Bad input is refused with its problem and writes nothing.
  auto bad = edit_plan(db(), caseworker, id, locks_token(*ws->working), [](plan::Plan& p) { return plan::put_need(p, {"", "B", "", ""}); }, at(t0 + 21 * day));
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->problems.size(), 2u);
  EXPECT_EQ(open_plan(db(), caseworker, id, at(t0 + 21 * day))->working->plan.needs.size(), 1u);
}

TEST_P(PlanOnACase, SentVersionsAreKeptAndTheFamilySeesOnlyThose) {
  EXPECT_EQ(send_draft_plan(db(), caseworker, id, "", at(t0 + 60 * day))->front().field, "plan");
  testing::write_plan_ready_to_send(db(), caseworker, id, at(t0 + 60 * day));
  auto before_send = open_plan(db(), parent, id, at(t0 + 60 * day));
  ASSERT_TRUE(before_send);
  EXPECT_FALSE(before_send->working);  // the council's working copy is not the family's to read
  EXPECT_FALSE(before_send->latest);
  ASSERT_TRUE(send_draft_plan(db(), caseworker, id, "", at(t0 + 60 * day))->empty());
  auto ws = open_plan(db(), parent, id, at(t0 + 61 * day));
  ASSERT_TRUE(ws && ws->latest);
  EXPECT_EQ(ws->latest->plan.status, "draft");
  EXPECT_EQ(ws->latest->plan.version, 1);
  EXPECT_EQ(ws->latest->plan.plan_date, "2027-03-16");
  EXPECT_FALSE(ws->latest->plan.next_review_due);
  EXPECT_FALSE(open_plan(db(), actor("user-parent2", Role::parent_carer), id, at(t0 + 61 * day)));

  // The family asks for more therapy; the caseworker changes it and issues the final plan.
  const std::string seen = locks_token(*open_plan(db(), caseworker, id, at(t0 + 70 * day))->working);
  auto more = edit_plan(db(), caseworker, id, seen, [](plan::Plan& p) {
    return plan::put_provision(p, {"f1", "F", "A speech and language therapist works with him 1:1 for 30 minutes twice a week.",
                                   "Speech and language therapy", "speech and language therapist", "direct", "2", "week", "30", "1:1", {"b1"}, {"o1"}});
  }, at(t0 + 70 * day));
  ASSERT_TRUE(more && more->problems.empty() && !more->conflict);
  testing::make_ready_for_final(db(), caseworker, id, at(t0 + 70 * day));
  ASSERT_TRUE(issue_final_plan(db(), caseworker, id, at(t0 + 75 * day))->empty());
  auto final = open_plan(db(), parent, id, at(t0 + 76 * day));
  ASSERT_EQ(final->versions.size(), 2u);
  EXPECT_EQ(final->latest->plan.status, "final");
  EXPECT_EQ(*final->latest->plan.next_review_due, "2028-03-30");  // 12 months from 31 March 2027, less a day
  EXPECT_EQ(final->latest->plan.placement.content->name, "Demo Primary School");
  std::optional<PlanVersion> first;
  ASSERT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
    auto v = plan_version(c, final->row->id, 1);
    if (!v) return std::unexpected(v.error());
    first = *v;
    return {};
  }));
  auto changes = plan::plan_changes(first->plan, final->latest->plan);
  bool frequency_changed = false;
  for (const auto& ch : changes)
    for (const auto& f : ch.fields)
      if (ch.item_id == "f1" && f.field == "How often" && f.before == "1 session each week" && f.after == "2 sessions each week")
        frequency_changed = true;
  EXPECT_TRUE(frequency_changed);
  // Issued versions are never changed, even by someone with direct access to the database.
  EXPECT_ANY_THROW(test_->run_as_administrator("UPDATE plan_versions SET status = 'draft'"));
  EXPECT_FALSE(verify_audit(db())->broken);
  auto trail = read_audit(db(), {"child-demo-alex"});
  bool viewed = false, edited = false;
  for (const auto& e : *trail) {
    viewed = viewed || (e.action == "plan.view" && e.actor_user_id == "user-parent");
    edited = edited || (e.action == "plan.edit" && e.actor_user_id == "user-caseworker");
  }
  EXPECT_TRUE(viewed && edited);
}

TEST_P(PlanOnACase, AnExportedPlanImportsElsewhereUnchangedAndABadFileWritesNothing) {
  testing::write_plan_ready_to_send(db(), caseworker, id, at(t0 + 60 * day));
  ASSERT_TRUE(send_draft_plan(db(), caseworker, id, "", at(t0 + 60 * day))->empty());
  const std::string plan_id = open_plan(db(), caseworker, id, at(t0 + 60 * day))->row->id;
  auto exported = export_plan(db(), plan_id, 0, "test");
  ASSERT_TRUE(exported);
  EXPECT_FALSE(export_plan(db(), plan_id, 7, "test"));
  EXPECT_FALSE(export_plan(db(), "plan-none", 0, "test"));

  // Another server (a fresh database with the same authorities) takes it in as it is.
  testing::TestDatabase other(GetParam());
  ASSERT_TRUE(store::migrate(other.db()));
  ASSERT_TRUE(load_demo_people(other.db()));
  auto imported = import_plan(other.db(), *exported, "", "test", t0 + 61 * day);
  ASSERT_TRUE(imported);
  EXPECT_TRUE(imported->problems.empty()) << imported->problems.front();
  EXPECT_FALSE(imported->created_child);  // Alex Example, born 2016-04-12, is on the other server too
  EXPECT_EQ(imported->child_id, "child-demo-alex");
  auto back = export_plan(other.db(), plan_id, 0, "test");
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, *exported);
  auto again = import_plan(other.db(), *exported, "", "test", t0 + 62 * day);
  EXPECT_TRUE(again && again->already_there && again->problems.empty());

  // A file with problems lists them all and leaves the store as it was.
  std::ifstream in("docs/examples/plan-example.json");
  std::stringstream s;
  s << in.rdbuf();
  std::string broken = s.str();
  broken.replace(broken.find("\"status\": \"final\""), 17, "\"status\": \"issued\"");
  broken.replace(broken.find("\"per\": \"day\""), 12, "\"per\": \"month\"");
  auto refused = import_plan(other.db(), broken, "", "test", t0 + 62 * day);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->problems.size(), 2u);
  EXPECT_FALSE(export_plan(other.db(), "EXAMPLE-1", 0, "test"));
  // The example itself is for a child the server does not know: a record is made for her.
  auto maya = import_plan(other.db(), s.str(), "", "test", t0 + 62 * day);
  ASSERT_TRUE(maya && maya->problems.empty());
  EXPECT_TRUE(maya->created_child);
  auto maya_back = export_plan(other.db(), "EXAMPLE-1", 0, "test");
  ASSERT_TRUE(maya_back);
  EXPECT_EQ(plan::read_plan(*maya_back)->plan, plan::read_plan(s.str())->plan);
  EXPECT_FALSE(verify_audit(other.db())->broken);
}

INSTANTIATE_TEST_SUITE_P(Engines, PlanOnACase, ::testing::ValuesIn(testing::engines));

}  // namespace
}  // namespace sendhub::app
