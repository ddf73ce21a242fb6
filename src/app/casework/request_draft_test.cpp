// Asking for an assessment over several pages and visits, on both engines.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/casework/request_draft.h"
#include "app/demo_data.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t t0 = 1'800'000'000;
using access::Role;
using request::Step;

// The smallest PDF the content check accepts.
const std::string pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

class RequestDrafts : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
    parent = testing::load_test_actor(db(), "user-parent", Role::parent_carer);
  }
  store::Database& db() { return test_->db(); }
  RequestContext at(std::int64_t now) { return testing::test_context(now); }
  std::unique_ptr<testing::TestDatabase> test_;
  access::Actor parent;
};

TEST_P(RequestDrafts, AnswersAreKeptBetweenVisitsAndSendingOpensTheCaseWithItsEvidence) {
  const std::string alex = "child-demo-alex";
  request::Answers typed;
  auto empty = save_request_step(db(), parent, alex, Step::difficulties, typed, at(t0));
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->size(), 1u);
  typed.difficulties = "Alex cannot follow lessons.";
  ASSERT_TRUE(save_request_step(db(), parent, alex, Step::difficulties, typed, at(t0))->empty());
  // Another day: the draft is there, and says where to carry on.
  auto later = load_request_draft(db(), parent, alex, at(t0 + 86400));
  ASSERT_TRUE(later);
  EXPECT_EQ(later->answers.difficulties, "Alex cannot follow lessons.");
  EXPECT_EQ(request::resume_at(later->answers, false), Step::support_so_far);
  EXPECT_FALSE(later->updated_at.empty());
  // Sending now lists what is missing and opens nothing.
  auto early = send_request_draft(db(), parent, alex, at(t0 + 86400));
  ASSERT_TRUE(early);
  EXPECT_TRUE(early->case_id.empty());
  EXPECT_EQ(early->problems.at(0).field, "support_so_far");

  typed.support_so_far = "A reading group twice a week since September.";
  ASSERT_TRUE(save_request_step(db(), parent, alex, Step::support_so_far, typed, at(t0 + 86400))->empty());
  ASSERT_TRUE(save_request_step(db(), parent, alex, Step::hopes, typed, at(t0 + 86400))->empty());
  auto bad = add_request_evidence(db(), parent, {alex, "", "School report", "report.pdf", "not a pdf"}, at(t0 + 86400));
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->size(), 1u);
  ASSERT_TRUE(add_request_evidence(db(), parent, {alex, "", "School report", "report.pdf", pdf}, at(t0 + 86400))->empty());
  ASSERT_TRUE(save_request_step(db(), parent, alex, Step::evidence, typed, at(t0 + 86400))->empty());
  auto draft = load_request_draft(db(), parent, alex, at(t0 + 86400));
  EXPECT_EQ(request::resume_at(draft->answers, false), Step::check);
  ASSERT_EQ(draft->evidence.size(), 1u);

  // Nobody else sees this draft: the other parent is refused, the caseworker has none of their own.
  EXPECT_FALSE(load_request_draft(db(), testing::load_test_actor(db(), "user-parent2", Role::parent_carer), alex, at(t0)));
  EXPECT_TRUE(load_request_draft(db(), testing::load_test_actor(db(), "user-caseworker", Role::sen_caseworker), alex, at(t0))
                  ->answers.difficulties.empty());

  auto sent = send_request_draft(db(), parent, alex, at(t0 + 2 * 86400));
  ASSERT_TRUE(sent && sent->problems.empty() && !sent->case_id.empty());
  EXPECT_EQ(documents_for(db(), alex, sent->case_id)->size(), 1u);
  ASSERT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {sent->case_id};
    auto rows = c.query("SELECT request_reason FROM cases WHERE id = $1", p);
    EXPECT_EQ(rows->front().get_text(0),
              "What Alex finds hard:\nAlex cannot follow lessons.\n\nSupport tried so far:\nA reading group twice a week since September.");
    auto left = c.query("SELECT count(*) FROM request_drafts", {});
    EXPECT_EQ(left->front().get_int(0), 0);
    return {};
  }));
  // A second draft for the same child names the open request instead.
  ASSERT_TRUE(save_request_step(db(), parent, alex, Step::difficulties, typed, at(t0 + 3 * 86400))->empty());
  auto again = send_request_draft(db(), parent, alex, at(t0 + 3 * 86400));
  EXPECT_TRUE(again->already_open);
  EXPECT_EQ(again->case_id, sent->case_id);
}

TEST_P(RequestDrafts, ASchoolMustSayTheFamilyAgrees) {
  auto senco = testing::load_test_actor(db(), "user-senco", Role::school_senco);
  request::Answers a{"Reading.", "Phonics groups.", "", "no"};
  for (auto s : {Step::difficulties, Step::support_so_far, Step::hopes, Step::evidence})
    ASSERT_TRUE(save_request_step(db(), senco, "child-demo-alex", s, a, at(t0))->empty());
  EXPECT_EQ(save_request_step(db(), senco, "child-demo-alex", Step::agreement, a, at(t0))->size(), 1u);
  EXPECT_EQ(send_request_draft(db(), senco, "child-demo-alex", at(t0))->problems.at(0).field, "family_agreed");
  a.family_agreed = "yes";
  ASSERT_TRUE(save_request_step(db(), senco, "child-demo-alex", Step::agreement, a, at(t0))->empty());
  auto sent = send_request_draft(db(), senco, "child-demo-alex", at(t0));
  ASSERT_TRUE(sent && sent->problems.empty());
  // Not the school's pupil: not found, and nothing saved.
  EXPECT_FALSE(save_request_step(db(), senco, "child-demo-robin", Step::difficulties, a, at(t0)));
  ASSERT_TRUE(discard_request_draft(db(), parent, "child-demo-alex", at(t0)));
}

INSTANTIATE_TEST_SUITE_P(Engines, RequestDrafts, ::testing::ValuesIn(testing::engines));

}  // namespace
}  // namespace sendhub::app
