// An assessment request through decision and advice, on both engines, from the demo data.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app/casework/advice.h"
#include "app/casework/case_messages.h"
#include "app/casework/caseload.h"
#include "app/casework/panels.h"
#include "app/casework/ending_a_request.h"
#include "app/casework/family_views.h"
#include "app/casework/plan_steps.h"
#include "app/casework/reminders.h"
#include "app/casework/record_decision.h"
#include "app/casework/request_advice.h"
#include "app/casework/request_assessment.h"
#include "app/demo_data.h"
#include "app/email/outbox.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/plan_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

constexpr std::int64_t t0 = 1'800'000'000;  // Friday 15 January 2027
constexpr std::int64_t day = 86400;
using access::Role;

class Casework : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
  }
  store::Database& db() { return test_->db(); }
  access::Actor actor(const std::string& user_id, Role role) { return testing::load_test_actor(test_->db(), user_id, role); }
  RequestContext at(std::int64_t now) { return {"192.0.2.9", "req", "test", now, "https://sendhub.test"}; }
  std::string parent_requests() {
    auto r = request_assessment(db(), actor("user-parent", Role::parent_carer), {"child-demo-alex", "Alex is struggling"}, at(t0));
    EXPECT_TRUE(r && r->problems.empty());
    return r ? r->case_id : "";
  }
  CaseRecord load(const std::string& id) {
    CaseRecord out;
    EXPECT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
      auto k = load_case(c, id);
      if (!k) return std::unexpected(k.error());
      out = **k;
      return {};
    }));
    return out;
  }
  std::unique_ptr<testing::TestDatabase> test_;
};

TEST_P(Casework, AParentRequestsOnceAndASecondRequestShowsTheOpenOne) {
  const auto id = parent_requests();
  auto k = load(id);
  ASSERT_EQ(k.events.size(), 1u);
  EXPECT_EQ(k.events[0].event.type, statutory::EventType::request_received);
  EXPECT_EQ(calendar::format_date(k.events[0].event.date), "2027-01-15");
  EXPECT_EQ(k.requested_by, "parent");
  auto again = request_assessment(db(), actor("user-caseworker", Role::sen_caseworker), {"child-demo-alex", "By letter"}, at(t0 + day));
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->already_open);
  EXPECT_EQ(again->case_id, id);
}

TEST_P(Casework, OnlyThoseConnectedToTheChildMayRequestAndSchoolsNeedTheFamilysAgreement) {
  auto other_family = request_assessment(db(), actor("user-parent2", Role::parent_carer), {"child-demo-alex", "x"}, at(t0));
  ASSERT_FALSE(other_family);
  EXPECT_EQ(other_family.error().code, ErrorCode::not_found);
  auto not_our_pupil = request_assessment(db(), actor("user-senco", Role::school_senco), {"child-demo-robin", "x", true}, at(t0));
  ASSERT_FALSE(not_our_pupil);
  auto no_agreement = request_assessment(db(), actor("user-senco", Role::school_senco), {"child-demo-alex", "Needs help"}, at(t0));
  ASSERT_TRUE(no_agreement);
  ASSERT_EQ(no_agreement->problems.size(), 1u);
  EXPECT_EQ(no_agreement->problems[0].field, "family_agreed");
  EXPECT_TRUE(no_agreement->case_id.empty());
  auto agreed = request_assessment(db(), actor("user-senco", Role::school_senco), {"child-demo-alex", "Needs help", true}, at(t0));
  ASSERT_TRUE(agreed && agreed->problems.empty());
  EXPECT_EQ(load(agreed->case_id).requested_by, "school");
}

TEST_P(Casework, TheDecisionIsCheckedRecordedOnceAndTheFamilyIsEmailed) {
  const auto id = parent_requests();
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  auto no_reasons = record_decision_to_assess(db(), caseworker, {id, "not_assess"}, at(t0 + 10 * day));
  ASSERT_TRUE(no_reasons);
  ASSERT_EQ(no_reasons->size(), 1u);
  EXPECT_EQ((*no_reasons)[0].field, "reasons");
  auto before_request = record_decision_to_assess(db(), caseworker, {id, "assess", "2027-01-14"}, at(t0 + 10 * day));
  ASSERT_TRUE(before_request);
  ASSERT_EQ(before_request->size(), 1u);
  EXPECT_EQ((*before_request)[0].field, "date");
  auto future = record_decision_to_assess(db(), caseworker, {id, "assess", "2027-02-01"}, at(t0 + 10 * day));
  ASSERT_EQ(future->size(), 1u);
  EXPECT_EQ(load(id).events.size(), 1u);  // nothing stored by any of those

  auto by_parent = record_decision_to_assess(db(), actor("user-parent", Role::parent_carer), {id, "assess"}, at(t0 + 10 * day));
  ASSERT_FALSE(by_parent);
  EXPECT_EQ(by_parent.error().code, ErrorCode::not_found);

  auto decided = record_decision_to_assess(db(), caseworker, {id, "assess", "", ""}, at(t0 + 10 * day));
  ASSERT_TRUE(decided && decided->empty());
  auto k = load(id);
  EXPECT_EQ(k.events.back().event.outcome, statutory::Outcome::assess);
  EXPECT_EQ(k.caseworker_user_id, "user-caseworker");
  auto mail = read_outbox(db(), 5);
  ASSERT_EQ(mail->size(), 1u);
  EXPECT_EQ(mail->at(0).message.to, "parent@demo.sendhub.test");
  EXPECT_NE(mail->at(0).message.body.find("https://sendhub.test/cases/" + id), std::string::npos);
  auto twice = record_decision_to_assess(db(), caseworker, {id, "not_assess", "", "changed mind"}, at(t0 + 11 * day));
  ASSERT_EQ(twice->size(), 1u);
  EXPECT_EQ((*twice)[0].field, "outcome");
}

TEST_P(Casework, AdviceIsRequestedAndReceivedAndTheCaseloadShowsTheNextDate) {
  const auto id = parent_requests();
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  ASSERT_TRUE(record_decision_to_assess(db(), caseworker, {id, "assess"}, at(t0 + 10 * day)));
  auto asked = request_advice(db(), caseworker, id, {"health", "psychology"}, "", at(t0 + 11 * day));
  ASSERT_TRUE(asked && asked->empty());
  auto nobody = request_advice(db(), caseworker, id, {}, "", at(t0 + 11 * day));
  ASSERT_EQ(nobody->size(), 1u);
  auto unasked = record_advice_received(db(), caseworker, id, "education", "", at(t0 + 20 * day));
  ASSERT_EQ(unasked->size(), 1u);
  EXPECT_EQ((*unasked)[0].field, "adviser");
  ASSERT_TRUE(record_advice_received(db(), caseworker, id, "health", "", at(t0 + 20 * day)));
  EXPECT_EQ(load(id).events.size(), 5u);

  const auto today = day_of(t0 + 21 * day);
  auto rows = caseload(db(), caseworker, {}, today);
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->at(0).stage, "Assessment under way");
  EXPECT_EQ(rows->at(0).next_what, "Advice from the educational psychologist");
  // Asked on Tuesday 26 January 2027: six weeks is Tuesday 9 March 2027.
  EXPECT_EQ(calendar::format_date(*rows->at(0).next_due), "2027-03-09");
  EXPECT_FALSE(rows->at(0).overdue);
  auto late = caseload(db(), caseworker, {}, day_of(t0 + 60 * day));
  EXPECT_TRUE(late->at(0).overdue);
  EXPECT_TRUE(caseload(db(), actor("user-analyst", Role::analyst), {}, today)->empty());
  CaseloadChoices choices;
  auto at_school = caseload(db(), caseworker, {"", "", "100001", ""}, today, &choices);
  ASSERT_EQ(at_school->size(), 1u);  // Alex, at Demo Primary School
  EXPECT_EQ(at_school->front().setting_name, "Demo Primary School");
  ASSERT_EQ(choices.settings.size(), 1u);
  EXPECT_EQ(choices.settings[0].second, "Demo Primary School");
  EXPECT_TRUE(caseload(db(), caseworker, {"", "", "100002", ""}, today)->empty());
  EXPECT_TRUE(caseload(db(), caseworker, {"", "", "", "ASD"}, today)->empty());  // no primary need recorded yet
  EXPECT_TRUE(caseload(db(), caseworker, {"user-manager", ""}, today)->empty());  // held by someone else
  EXPECT_FALSE(verify_audit(db())->broken);
}

TEST_P(Casework, TheCaseloadKeptInMemoryChangesWhenAnyServerWritesAndNotOtherwise) {
  const auto id = parent_requests();
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  const auto today = day_of(t0 + day);
  OpenCases cache;
  auto first = caseload(db(), caseworker, {}, today, nullptr, &cache);
  ASSERT_TRUE(first);
  ASSERT_EQ(first->size(), 1u);
  EXPECT_EQ(first->at(0).stage, "Deciding whether to assess");
  EXPECT_TRUE(caseload(db(), caseworker, {}, today, nullptr, &cache));
  EXPECT_EQ(cache.rebuilds(), 1);  // nothing changed: no second read of the histories
  // Another server (another handle on the same database) records the decision.
  auto other = test_->reopen();
  ASSERT_TRUE(record_decision_to_assess(*other, caseworker, {id, "assess"}, at(t0 + day)));
  auto after = caseload(db(), caseworker, {}, today, nullptr, &cache);
  EXPECT_EQ(cache.rebuilds(), 2);
  EXPECT_EQ(after->at(0).stage, "Assessment under way");
  // The next day everything is worked out again (what is overdue depends on the day).
  EXPECT_TRUE(caseload(db(), caseworker, {}, today + std::chrono::days(1), nullptr, &cache));
  EXPECT_EQ(cache.rebuilds(), 3);
  // Who may see it is still decided per person, from the same memory.
  EXPECT_TRUE(caseload(db(), actor("user-parent2", Role::parent_carer), {}, today + std::chrono::days(1), nullptr, &cache)->empty());
  EXPECT_EQ(cache.rebuilds(), 3);
}

TEST_P(Casework, EveryoneWhoCouldAdviseIsListedTheSameInOneQuery) {
  ASSERT_TRUE(db().read([&](store::Connection& c) -> Result<void> {
    auto all = people_who_advise_all(c, "816");
    if (!all) return std::unexpected(all.error());
    for (auto a : {statutory::Adviser::health, statutory::Adviser::psychology, statutory::Adviser::social_care,
                   statutory::Adviser::education, statutory::Adviser::other}) {
      auto one = people_who_advise(c, a, "816");
      if (!one) return std::unexpected(one.error());
      std::vector<std::string> a_ids, b_ids;
      for (const auto& p : *one) a_ids.push_back(p.user_id + p.label);
      for (const auto& p : (*all)[a]) b_ids.push_back(p.user_id + p.label);
      EXPECT_EQ(a_ids, b_ids) << statutory::to_string(a);
    }
    EXPECT_FALSE((*all)[statutory::Adviser::health].empty());
    return {};
  }));
}

TEST_P(Casework, TheWholeJourneyFromRequestToFinalPlan) {
  const auto id = parent_requests();
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  ASSERT_TRUE(record_decision_to_assess(db(), caseworker, {id, "assess"}, at(t0 + 7 * day)));
  auto asked = request_advice(db(), caseworker, id, {"health", "psychology"}, "", at(t0 + 8 * day),
                              {{"health", "user-dco"}, {"psychology", "user-ep"}});
  ASSERT_TRUE(asked && asked->empty());
  auto wrong_person = request_advice(db(), caseworker, id, {"social_care"}, "", at(t0 + 8 * day), {{"social_care", "user-parent"}});
  ASSERT_TRUE(wrong_person);
  ASSERT_EQ(wrong_person->size(), 1u);
  EXPECT_EQ(load(id).events.size(), 4u);  // the refused request left nothing behind

  auto health = actor("user-dco", Role::designated_clinical_officer);  // involved in no other case
  auto requests = my_advice_requests(db(), health, day_of(t0 + 9 * day));
  ASSERT_TRUE(requests);
  auto mine = std::find_if(requests->begin(), requests->end(), [&](const auto& r) { return r.case_id == id; });
  ASSERT_NE(mine, requests->end());
  EXPECT_EQ(calendar::format_date(mine->due), "2027-03-06");  // asked Saturday 23 January: six weeks on

  auto empty = submit_advice(db(), health, {id, "", {{"Speech therapy", "", "", ""}}, ""}, at(t0 + 20 * day));
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->size(), 3u);  // needs, the incomplete provision row, outcomes
  AdviceDraft advice{id, "Difficulty with expressive language.", {{"Speech and language therapy", "NHS SLT", "Weekly", "1 year"}, {}},
                     "Alex can ask for help in class."};
  auto sent = submit_advice(db(), health, advice, at(t0 + 20 * day));
  ASSERT_TRUE(sent && sent->empty()) << (sent && !sent->empty() ? sent->front().message : "");
  auto again = submit_advice(db(), health, advice, at(t0 + 21 * day));
  ASSERT_EQ(again->size(), 1u);
  auto stored = advice_for_case(db(), id);
  ASSERT_EQ(stored->size(), 1u);
  EXPECT_EQ(stored->at(0).provision.size(), 1u);
  EXPECT_EQ(stored->at(0).provision[0].how_often, "Weekly");
  auto senco = actor("user-senco", Role::school_senco);
  auto not_asked = submit_advice(db(), senco, advice, at(t0 + 21 * day));
  ASSERT_TRUE(not_asked);
  EXPECT_EQ(not_asked->size(), 1u);  // nobody asked the school

  auto parent = actor("user-parent", Role::parent_carer);
  EXPECT_EQ(respond_to_draft(db(), parent, id, "Too early", "", at(t0 + 30 * day))->size(), 1u);
  EXPECT_EQ(issue_final_plan(db(), caseworker, id, at(t0 + 30 * day))->size(), 1u);
  EXPECT_EQ(send_draft_plan(db(), caseworker, id, "", at(t0 + 60 * day))->size(), 1u);  // no plan written yet
  testing::write_plan_ready_to_send(db(), caseworker, id, at(t0 + 60 * day));
  ASSERT_TRUE(send_draft_plan(db(), caseworker, id, "Alex needs weekly speech therapy.", at(t0 + 60 * day))->empty());
  EXPECT_FALSE(respond_to_draft(db(), actor("user-parent2", Role::parent_carer), id, "x", "", at(t0 + 61 * day)));
  ASSERT_TRUE(respond_to_draft(db(), parent, id, "Please add help at lunchtime.", "Demo Primary School", at(t0 + 62 * day))->empty());
  EXPECT_EQ(family_responses(db(), id)->at(0).school_preference, "Demo Primary School");
  EXPECT_EQ(issue_final_plan(db(), caseworker, id, at(t0 + 80 * day))->size(), 1u);  // section I names no setting yet, and the advice is not carried
  testing::make_ready_for_final(db(), caseworker, id, at(t0 + 80 * day));
  ASSERT_TRUE(issue_final_plan(db(), caseworker, id, at(t0 + 80 * day))->empty());
  EXPECT_EQ(load(id).named_setting, "Demo Primary School");
  auto k = load(id);
  EXPECT_TRUE(k.closed_on.has_value());
  EXPECT_EQ(k.events.back().event.type, statutory::EventType::final_plan_issued);
  auto subjects = read_outbox(db(), 10);
  EXPECT_EQ(subjects->at(0).message.subject, "The final EHC plan has been issued");
  EXPECT_EQ(subjects->at(1).message.subject, "The draft EHC plan is ready for your comments");

  // Once the involvement ends (26 weeks after being asked), the clinician cannot see the case.
  auto later = at(t0 + 8 * day + 26 * 7 * day + day);
  EXPECT_FALSE(open_case_for(db(), health, access::Action::view_record, id, "case.view", later));
  EXPECT_TRUE(open_case_for(db(), health, access::Action::view_record, id, "case.view", at(t0 + 90 * day)));
  EXPECT_FALSE(verify_audit(db())->broken);
}

TEST_P(Casework, ARequestEndsByANotToIssueDecisionOrAWithdrawalAndBothCloseIt) {
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  const auto id = parent_requests();
  ASSERT_TRUE(record_decision_to_assess(db(), caseworker, {id, "assess"}, at(t0 + 7 * day)));
  EXPECT_EQ(decide_not_to_issue(db(), caseworker, id, "", at(t0 + 60 * day))->size(), 1u);
  ASSERT_TRUE(decide_not_to_issue(db(), caseworker, id, "Needs can be met with SEN support.", at(t0 + 60 * day))->empty());
  auto k = load(id);
  EXPECT_TRUE(k.closed_on.has_value());
  EXPECT_EQ(k.events.back().note, "Needs can be met with SEN support.");

  const auto second = parent_requests();  // the first is closed, so a new request is a new case
  EXPECT_NE(second, id);
  EXPECT_FALSE(withdraw_request(db(), actor("user-parent2", Role::parent_carer), second, "", at(t0 + day)));
  ASSERT_TRUE(withdraw_request(db(), actor("user-parent", Role::parent_carer), second, "We moved school", at(t0 + day))->empty());
  EXPECT_TRUE(load(second).closed_on.has_value());
  EXPECT_EQ(withdraw_request(db(), caseworker, second, "", at(t0 + 2 * day))->size(), 1u);  // already ended
}

TEST_P(Casework, AnExceptionIsStoredAndTheEngineCountsIt) {
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  const auto id = parent_requests();
  auto bad = record_exception(db(), caseworker, id, {"holiday", "2027-02-01", "2027-01-01", ""}, at(t0 + day));
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->size(), 3u);  // type, end before start, note
  ASSERT_TRUE(record_exception(db(), caseworker, id, {"exceptional_personal_circumstances", "2027-02-01", "2027-03-15",
                                                      "Family bereavement"}, at(t0 + day))->empty());
  auto k = load(id);
  ASSERT_EQ(k.exceptions.size(), 1u);
  auto t = statutory::compute_timeline(k.history(), day_of(t0 + day));
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->exception_applies);
  EXPECT_EQ(t->milestones.back().status, statutory::Status::exception);
}

TEST_P(Casework, FamilyViewsAreKeptNewestFirstAndFlaggedAfterTwelveMonths) {
  auto parent = actor("user-parent", Role::parent_carer);
  EXPECT_EQ(add_family_views(db(), parent, "child-demo-alex", {}, at(t0))->size(), 1u);
  ASSERT_TRUE(add_family_views(db(), parent, "child-demo-alex", {"Funny and kind", "My dog", "Quiet space", "Be a vet"}, at(t0))->empty());
  ASSERT_TRUE(add_family_views(db(), parent, "child-demo-alex", {"Funny", "Football", "", ""}, at(t0 + day))->empty());
  auto latest = latest_family_views(db(), "child-demo-alex", day_of(t0 + 2 * day));
  ASSERT_TRUE(latest && *latest);
  EXPECT_EQ((*latest)->views.important_to_me, "Football");
  EXPECT_FALSE((*latest)->out_of_date);
  EXPECT_TRUE((*latest_family_views(db(), "child-demo-alex", day_of(t0 + 370 * day)))->out_of_date);
  EXPECT_FALSE(add_family_views(db(), actor("user-parent2", Role::parent_carer), "child-demo-alex", {"x"}, at(t0)));
  EXPECT_FALSE(add_family_views(db(), actor("user-senco", Role::school_senco), "child-demo-alex", {"x"}, at(t0)));
}

TEST_P(Casework, RemindersGoOnceAWeekBeforeAndTheDayAfterAdviceIsDue) {
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  const auto id = parent_requests();
  ASSERT_TRUE(record_decision_to_assess(db(), caseworker, {id, "assess"}, at(t0 + 7 * day)));
  ASSERT_TRUE(request_advice(db(), caseworker, id, {"health"}, "", at(t0 + 8 * day), {{"health", "user-dco"}})->empty());
  // Asked Saturday 23 January 2027, due Saturday 6 March 2027.
  auto week_before = send_reminders(db(), *calendar::parse_date("2027-02-27"), t0 + 43 * day, "https://sendhub.test");
  ASSERT_TRUE(week_before);
  EXPECT_EQ(week_before->advice_due_soon, 1);
  EXPECT_EQ(read_outbox(db(), 1)->at(0).message.to, "dco@demo.sendhub.test");
  EXPECT_EQ(send_reminders(db(), *calendar::parse_date("2027-02-27"), t0 + 43 * day, "https://sendhub.test")->advice_due_soon, 0);
  EXPECT_EQ(send_reminders(db(), *calendar::parse_date("2027-03-06"), t0 + 50 * day, "https://sendhub.test")->advice_overdue, 0);
  auto day_after = send_reminders(db(), *calendar::parse_date("2027-03-07"), t0 + 51 * day, "https://sendhub.test");
  EXPECT_EQ(day_after->advice_overdue, 1);
  EXPECT_EQ(day_after->caseworker_digests, 1);
  auto mail = read_outbox(db(), 2);
  EXPECT_EQ(mail->at(0).message.to, "caseworker@demo.sendhub.test");
  EXPECT_EQ(mail->at(0).message.subject, "1 statutory step became overdue yesterday");
  EXPECT_EQ(mail->at(0).message.body.find("Alex"), std::string::npos);
  EXPECT_NE(mail->at(1).message.subject.find("overdue"), std::string::npos);
}

TEST_P(Casework, MessagesStayWithTheCaseAndOnlyTheFamilyAndTheTeamWrite) {
  const auto id = parent_requests();
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  ASSERT_TRUE(record_decision_to_assess(db(), caseworker, {id, "assess"}, at(t0 + day)));  // the caseworker now holds it
  auto parent = actor("user-parent", Role::parent_carer);
  EXPECT_EQ(send_case_message(db(), parent, id, "", at(t0 + 2 * day))->size(), 1u);
  ASSERT_TRUE(send_case_message(db(), parent, id, "When is the meeting?", at(t0 + 2 * day))->empty());
  EXPECT_EQ(read_outbox(db(), 1)->at(0).message.to, "caseworker@demo.sendhub.test");
  ASSERT_TRUE(send_case_message(db(), caseworker, id, "Tuesday at 10.", at(t0 + 3 * day))->empty());
  EXPECT_EQ(read_outbox(db(), 1)->at(0).message.to, "parent@demo.sendhub.test");
  auto thread = case_messages(db(), id);
  ASSERT_EQ(thread->size(), 2u);
  EXPECT_TRUE(thread->at(0).from_family);
  EXPECT_FALSE(thread->at(1).from_family);
  EXPECT_FALSE(send_case_message(db(), actor("user-parent2", Role::parent_carer), id, "x", at(t0 + 3 * day)));
  EXPECT_FALSE(send_case_message(db(), actor("user-senco", Role::school_senco), id, "x", at(t0 + 3 * day)));
}

TEST_P(Casework, PanelsListCasesAndRecordRecommendationsWithReasons) {
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  const auto id = parent_requests();
  EXPECT_EQ(create_panel(db(), caseworker, "2027-01-14", at(t0))->size(), 1u);  // in the past
  EXPECT_EQ(create_panel(db(), caseworker, "2027-02-30", at(t0))->size(), 1u);
  ASSERT_TRUE(create_panel(db(), caseworker, "2027-01-28", at(t0))->empty());
  EXPECT_EQ(create_panel(db(), caseworker, "2027-01-28", at(t0))->size(), 1u);  // one panel a day
  EXPECT_FALSE(create_panel(db(), actor("user-parent", Role::parent_carer), "2027-01-29", at(t0)));
  auto panels = panels_for(db(), caseworker, day_of(t0), false);
  ASSERT_EQ(panels->size(), 1u);
  ASSERT_TRUE(list_for_panel(db(), caseworker, panels->at(0).id, id, at(t0))->empty());
  auto manager = actor("user-manager", Role::sen_manager);
  EXPECT_EQ(record_recommendation(db(), manager, panels->at(0).id, id, "issue", "", at(t0))->size(), 1u);
  ASSERT_TRUE(record_recommendation(db(), manager, panels->at(0).id, id, "assess", "Needs not met by SEN support.", at(t0))->empty());
  auto agenda = panel_agenda(db(), manager, panels->at(0).id, day_of(t0));
  ASSERT_TRUE(agenda);
  ASSERT_EQ(agenda->second.size(), 1u);
  EXPECT_EQ(agenda->second[0].recommendation, "assess");
  EXPECT_EQ(agenda->second[0].stage, "Deciding whether to assess");
  EXPECT_FALSE(panel_agenda(db(), actor("user-dco", Role::designated_clinical_officer), panels->at(0).id, day_of(t0)));
}

TEST_P(Casework, ChasingEmailsThePeopleAskedAndSaysWhenThereIsNobody) {
  auto caseworker = actor("user-caseworker", Role::sen_caseworker);
  const auto id = parent_requests();
  ASSERT_TRUE(record_decision_to_assess(db(), caseworker, {id, "assess"}, at(t0 + day)));
  ASSERT_TRUE(request_advice(db(), caseworker, id, {"health", "psychology"}, "", at(t0 + 2 * day), {{"health", "user-dco"}})->empty());
  ASSERT_TRUE(chase_advice(db(), caseworker, id, "health", at(t0 + 50 * day))->empty());
  auto mail = read_outbox(db(), 1);
  EXPECT_EQ(mail->at(0).message.to, "dco@demo.sendhub.test");
  EXPECT_EQ(mail->at(0).message.subject, "Your advice for an EHC needs assessment is overdue");
  auto nobody = chase_advice(db(), caseworker, id, "psychology", at(t0 + 50 * day));
  ASSERT_EQ(nobody->size(), 1u);
  EXPECT_EQ(nobody->at(0).field, "chase");
  EXPECT_EQ(chase_advice(db(), caseworker, id, "education", at(t0 + 50 * day))->size(), 1u);  // never asked
  EXPECT_FALSE(chase_advice(db(), actor("user-parent", Role::parent_carer), id, "health", at(t0 + 50 * day)));
}

INSTANTIATE_TEST_SUITE_P(Engines, Casework, ::testing::ValuesIn(testing::engines),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
