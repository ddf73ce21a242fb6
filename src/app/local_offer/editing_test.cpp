// Keeping the directory current, on both engines: a provider proposes, the Local Offer team
// approves, every change is in the history; overdue entries are listed and their providers
// emailed once with a link that works once; problem reports reach the team's queue.
#include "app/local_offer/editing.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "app/demo_data.h"
#include "app/email/outbox.h"
#include "app/identity/audit_trail.h"
#include "app/local_offer/demo_directory.h"
#include "app/local_offer/problem_reports.h"
#include "app/local_offer/reviews.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app::local_offer {
namespace {

class Editing : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
    ASSERT_TRUE(load_demo_directory(test_->db()));
    provider_ = who("user-provider", access::Role::service_provider);
    team_ = who("user-local-offer", access::Role::local_offer_editor);
  }
  DirectoryActor who(const std::string& user, access::Role role) {
    auto a = load_directory_actor(test_->db(), testing::load_test_actor(test_->db(), user, role));
    EXPECT_TRUE(a);
    return *a;
  }
  calendar::Date today() { return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()); }
  RequestContext ctx() { return testing::test_context(unix_now()); }
  std::vector<std::string> subjects_to(const std::string& address) {
    std::vector<std::string> out;
    const auto outbox = read_outbox(test_->db(), 100).value();
    for (const auto& m : outbox)
      if (m.message.to == address) out.push_back(m.message.subject);
    return out;
  }
  std::unique_ptr<testing::TestDatabase> test_;
  DirectoryActor provider_, team_;
  const std::string club_ = demo_service_id("saturday-club");  // run by the provider's organisation
};

TEST_P(Editing, AProviderSeesOnlyTheirOwnServices) {
  auto mine = managed_services(test_->db(), provider_, today());
  ASSERT_TRUE(mine);
  ASSERT_FALSE(mine->empty());
  for (const auto& m : *mine) EXPECT_EQ(m.organization_name, "Minster Play and Leisure (demo)");
  EXPECT_GT(managed_services(test_->db(), team_, today())->size(), mine->size());
  EXPECT_EQ(managed_service(test_->db(), provider_, demo_service_id("camhs"), today()).error().code, ErrorCode::not_found);
  auto parent = who("user-parent", access::Role::parent_carer);
  EXPECT_TRUE(managed_services(test_->db(), parent, today())->empty());
  EXPECT_EQ(submit_edit(test_->db(), provider_, demo_service_id("camhs"), {}, 1, ctx()).error().code, ErrorCode::not_found);
}

TEST_P(Editing, AProvidersChangeWaitsForTheTeamThenIsPublishedWithItsHistory) {
  auto m = managed_service(test_->db(), provider_, club_, today());
  ASSERT_TRUE(m);
  auto edit = lo::edit_of(m->service);
  edit.wait_time = "About 6 weeks";
  auto sent = submit_edit(test_->db(), provider_, club_, edit, m->version, ctx());
  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_TRUE(sent->problems.empty());
  EXPECT_FALSE(sent->published);
  ASSERT_FALSE(sent->change_id.empty());
  EXPECT_EQ(managed_service(test_->db(), team_, club_, today())->service.wait_time, m->service.wait_time);  // not yet
  EXPECT_EQ(subjects_to("localoffer@demo.sendhub.test"), std::vector<std::string>{"A change to the Local Offer is waiting for approval"});
  auto waiting = pending_changes(test_->db(), team_);
  ASSERT_EQ(waiting->size(), 1u);
  EXPECT_EQ(waiting->front().changes.size(), 1u);
  EXPECT_EQ(waiting->front().changes.front().after, "About 6 weeks");
  EXPECT_EQ(pending_changes(test_->db(), provider_)->size(), 1u);  // they see their own proposal
  // A provider cannot approve.
  EXPECT_FALSE(decide_change(test_->db(), provider_, sent->change_id, true, "", ctx()));
  auto turned_down = decide_change(test_->db(), team_, sent->change_id, false, "", ctx());
  ASSERT_TRUE(turned_down);
  EXPECT_EQ(turned_down->at(0).field, "note");  // turning down needs a reason
  auto approved = decide_change(test_->db(), team_, sent->change_id, true, "", ctx());
  ASSERT_TRUE(approved) << approved.error().message;
  EXPECT_TRUE(approved->empty());
  auto after = managed_service(test_->db(), team_, club_, today());
  EXPECT_EQ(after->service.wait_time, "About 6 weeks");
  EXPECT_FALSE(after->review.overdue);  // publishing counts as checking
  EXPECT_EQ(after->service.assured_date, calendar::format_date(today()));
  EXPECT_TRUE(pending_changes(test_->db(), team_)->empty());
  auto history = service_history(test_->db(), team_, club_);
  ASSERT_TRUE(history);
  ASSERT_GE(history->size(), 2u);
  EXPECT_EQ(history->front().field_name, "wait_time");
  EXPECT_EQ(history->front().replacement_value, "About 6 weeks");
  EXPECT_NE(history->front().updated_by.find("approved by City of York Council Local Offer team"), std::string::npos);
  EXPECT_EQ(subjects_to("provider@demo.sendhub.test"), std::vector<std::string>{"Your change to the Local Offer has been published"});
  EXPECT_EQ(read_audit(test_->db(), {.action = "local_offer.approve"})->size(), 1u);
}

TEST_P(Editing, StaleAndConflictingChangesAreRefused) {
  auto m = managed_service(test_->db(), provider_, club_, today());
  auto edit = lo::edit_of(m->service);
  edit.summary = "A new summary";
  auto proposal = submit_edit(test_->db(), provider_, club_, edit, m->version, ctx());
  ASSERT_TRUE(proposal);
  // The team changes the same field directly in the meantime.
  auto team_edit = lo::edit_of(m->service);
  team_edit.summary = "The team's summary";
  auto published = submit_edit(test_->db(), team_, club_, team_edit, m->version, ctx());
  ASSERT_TRUE(published);
  EXPECT_TRUE(published->published);
  // The provider's form from before is now out of date.
  edit.summary = "Yet another";
  auto stale = submit_edit(test_->db(), provider_, club_, edit, m->version, ctx());
  ASSERT_TRUE(stale);
  ASSERT_EQ(stale->problems.size(), 1u);
  EXPECT_NE(stale->problems[0].message.find("Someone else changed this entry"), std::string::npos);
  // Approving the first proposal would overwrite the team's change, so it is refused.
  auto conflict = decide_change(test_->db(), team_, proposal->change_id, true, "", ctx());
  ASSERT_TRUE(conflict);
  ASSERT_EQ(conflict->size(), 1u);
  EXPECT_NE(conflict->front().message.find("Summary"), std::string::npos);
  EXPECT_EQ(managed_service(test_->db(), team_, club_, today())->service.summary, "The team's summary");
  // Nothing changed is not a change.
  auto current = managed_service(test_->db(), team_, club_, today());
  auto same = submit_edit(test_->db(), team_, club_, lo::edit_of(current->service), current->version, ctx());
  EXPECT_EQ(same->problems.at(0).message, "You have not changed anything");
  auto bad = lo::edit_of(current->service);
  bad.email = "nope";
  EXPECT_EQ(submit_edit(test_->db(), team_, club_, bad, current->version, ctx())->problems.at(0).field, "email");
}

TEST_P(Editing, OverdueProvidersAreEmailedOnceWithALinkThatWorksOnce) {
  auto overdue = overdue_services(test_->db(), today());
  ASSERT_TRUE(overdue);
  auto listed = [&](const std::string& id) {
    return std::any_of(overdue->begin(), overdue->end(), [&](const OverdueService& o) { return o.id == id; });
  };
  EXPECT_TRUE(listed(club_));  // checked 230 days ago, every 180
  EXPECT_FALSE(listed(demo_service_id("salt-children")));
  EXPECT_FALSE(listed(demo_service_id("old-dropin")));  // closed services are not reviewed
  auto run = send_review_reminders(test_->db(), unix_now(), "https://sendhub.test");
  ASSERT_TRUE(run) << run.error().message;
  EXPECT_GT(run->emailed, 0);
  const auto reminders = subjects_to("provider@demo.sendhub.test");
  EXPECT_EQ(std::count(reminders.begin(), reminders.end(), "Please check your Local Offer entry: Saturday Club short breaks"), 1);
  auto again = send_review_reminders(test_->db(), unix_now(), "https://sendhub.test");
  EXPECT_EQ(again->emailed, 0);  // a fortnight between reminders
  // Follow the link in the email.
  std::string link;
  const auto outbox = read_outbox(test_->db(), 100).value();
  for (const auto& m : outbox)
    if (m.message.subject.ends_with("Saturday Club short breaks")) {
      auto at = m.message.body.find("https://sendhub.test/local-offer/check/");
      link = m.message.body.substr(at + 39, 43);
    }
  ASSERT_EQ(link.size(), 43u);
  auto opened = open_review_link(test_->db(), link, unix_now());
  ASSERT_TRUE(opened && *opened);
  EXPECT_EQ((*opened)->service_name, "Saturday Club short breaks");
  ASSERT_TRUE(answer_review_link(test_->db(), link, true, "", unix_now()));
  EXPECT_FALSE(managed_service(test_->db(), team_, club_, today())->review.overdue);
  EXPECT_EQ(answer_review_link(test_->db(), link, true, "", unix_now()).error().code, ErrorCode::not_found);  // once only
  EXPECT_FALSE(open_review_link(test_->db(), link, unix_now()).value().has_value());
  EXPECT_FALSE(open_review_link(test_->db(), "made-up", unix_now()).value().has_value());
}

TEST_P(Editing, ProblemReportsReachTheTeamsQueue) {
  const auto salt = demo_service_id("salt-children");
  auto bad = report_problem(test_->db(), {salt, "", "", "not-an-email"}, unix_now());
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->size(), 3u);
  EXPECT_EQ(report_problem(test_->db(), {demo_service_id("old-dropin"), "closed", "Gone", ""}, unix_now()).error().code,
            ErrorCode::not_found);
  ASSERT_TRUE(report_problem(test_->db(), {salt, "contact", "The phone number rings out.", ""}, unix_now()));
  auto queue = open_problem_reports(test_->db(), team_);
  ASSERT_EQ(queue->size(), 1u);
  EXPECT_EQ(queue->front().what_is_wrong, "The phone number, email or website is wrong");
  EXPECT_TRUE(open_problem_reports(test_->db(), provider_)->empty());  // the team's queue only
  EXPECT_FALSE(close_problem_report(test_->db(), provider_, queue->front().id, ctx()));
  ASSERT_TRUE(close_problem_report(test_->db(), team_, queue->front().id, ctx()));
  EXPECT_TRUE(open_problem_reports(test_->db(), team_)->empty());
  EXPECT_FALSE(close_problem_report(test_->db(), team_, queue->front().id, ctx()));
}

INSTANTIATE_TEST_SUITE_P(Engines, Editing, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app::local_offer
