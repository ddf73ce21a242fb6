// The role × action matrix: every role, every action, on a child the actor is connected to, on
// a child they are not, on area figures and on the deployment (audit, accounts).
#include "domain/access/policy.h"

#include <gtest/gtest.h>

#include <map>

namespace sendhub::access {
namespace {

using std::chrono::sys_days;
using namespace std::chrono;
constexpr sys_days today{2026y / November / 24};

// Child A: York (816), placed at school 100001, case A-1. Child B: York, another school, no links.
Resource child_a() { return {ResourceKind::child_record, "816", "child-a", "case-a1", "100001"}; }
Resource child_b() { return {ResourceKind::child_record, "816", "child-b", "case-b1", "100002"}; }
Resource child_elsewhere() { return {ResourceKind::child_record, "815", "child-c", "case-c1", "100003"}; }
Resource york_figures() { return {ResourceKind::area, "816"}; }
Resource york_deployment() { return {ResourceKind::deployment, "816"}; }

Actor actor_for(Role role) {
  Actor a{"user-1", role};
  a.la_codes = {"816"};
  if (role == Role::school_senco) a.setting_urn = "100001";
  if (role == Role::parent_carer) a.children = {"child-a"};
  if (role == Role::young_person) a.own_child_id = "child-a";
  if (role == Role::educational_psychologist || role == Role::health_professional ||
      role == Role::designated_clinical_officer || role == Role::social_worker)
    a.involvements = {{"case-a1", "child-a", today + days{30}}};
  return a;
}

// Expected answers on child A, as a string of 1/0 in the order of all_actions:
// view edit contribute decide export accesslog | aggregates export_aggregates audit users
const std::map<Role, std::string> on_child_a = {
    {Role::sen_caseworker, "111111"},      {Role::sen_manager, "111111"},
    {Role::panel_member, "100000"},        {Role::educational_psychologist, "101000"},
    {Role::school_senco, "101000"},        {Role::health_professional, "101000"},
    {Role::designated_clinical_officer, "101000"}, {Role::social_worker, "101000"},
    {Role::analyst, "000000"},             {Role::administrator, "000000"},
    {Role::parent_carer, "101011"},        {Role::young_person, "101011"},
    {Role::local_offer_editor, "000000"},  {Role::service_provider, "000000"},
};
const std::map<Role, std::string> on_area = {  // view_aggregates, export_aggregates
    {Role::sen_caseworker, "11"}, {Role::sen_manager, "11"}, {Role::panel_member, "11"},
    {Role::educational_psychologist, "00"}, {Role::school_senco, "00"}, {Role::health_professional, "00"},
    {Role::designated_clinical_officer, "11"}, {Role::social_worker, "00"}, {Role::analyst, "11"},
    {Role::administrator, "00"}, {Role::parent_carer, "00"}, {Role::young_person, "00"},
    {Role::local_offer_editor, "00"}, {Role::service_provider, "00"},
};
const std::map<Role, std::string> on_deployment = {  // view_audit, manage_users
    {Role::sen_caseworker, "00"}, {Role::sen_manager, "11"}, {Role::panel_member, "00"},
    {Role::educational_psychologist, "00"}, {Role::school_senco, "00"}, {Role::health_professional, "00"},
    {Role::designated_clinical_officer, "00"}, {Role::social_worker, "00"}, {Role::analyst, "00"},
    {Role::administrator, "11"}, {Role::parent_carer, "00"}, {Role::young_person, "00"},
    {Role::local_offer_editor, "00"}, {Role::service_provider, "00"},
};

TEST(AccessMatrix, EveryRoleAndActionOnAConnectedChild) {
  ASSERT_EQ(on_child_a.size(), all_roles.size());
  for (Role role : all_roles) {
    const std::string& row = on_child_a.at(role);
    for (std::size_t i = 0; i < all_actions.size(); ++i) {
      bool expected = i < row.size() && row[i] == '1';
      EXPECT_EQ(may(actor_for(role), all_actions[i], child_a(), today).allowed, expected)
          << to_string(role) << " " << to_string(all_actions[i]);
    }
  }
}

TEST(AccessMatrix, NoRoleReachesAChildTheyAreNotConnectedTo) {
  for (Role role : all_roles)
    for (Action action : all_actions) {
      bool local_team = is_local_authority_casework(role);
      // The council's own SEN team sees every child of its own authority; nobody else sees child B.
      if (!local_team) {
        EXPECT_FALSE(may(actor_for(role), action, child_b(), today)) << to_string(role) << " " << to_string(action);
      }
      EXPECT_FALSE(may(actor_for(role), action, child_elsewhere(), today)) << to_string(role) << " " << to_string(action);
    }
}

TEST(AccessMatrix, AreaFiguresAndDeploymentActions) {
  for (Role role : all_roles) {
    for (std::size_t i = 0; i < all_actions.size(); ++i) {
      Action action = all_actions[i];
      bool on_area_expected = (action == Action::view_aggregates && on_area.at(role)[0] == '1') ||
                              (action == Action::export_aggregates && on_area.at(role)[1] == '1');
      EXPECT_EQ(may(actor_for(role), action, york_figures(), today).allowed, on_area_expected)
          << to_string(role) << " " << to_string(action) << " on area figures";
      bool on_deployment_expected = (action == Action::view_audit && on_deployment.at(role)[0] == '1') ||
                                    (action == Action::manage_users && on_deployment.at(role)[1] == '1');
      EXPECT_EQ(may(actor_for(role), action, york_deployment(), today).allowed, on_deployment_expected)
          << to_string(role) << " " << to_string(action) << " on deployment";
    }
  }
}

TEST(Access, AnotherAuthoritysFiguresAreRefused) {
  Resource north_yorkshire{ResourceKind::area, "815"};
  EXPECT_FALSE(may(actor_for(Role::analyst), Action::view_aggregates, north_yorkshire, today));
  EXPECT_FALSE(may(actor_for(Role::sen_manager), Action::view_aggregates, north_yorkshire, today));
}

TEST(Access, InvolvementEndsOnItsLastDay) {
  Actor ep = actor_for(Role::educational_psychologist);
  ep.involvements = {{"case-a1", "child-a", today}};
  EXPECT_TRUE(may(ep, Action::view_record, child_a(), today));
  EXPECT_FALSE(may(ep, Action::view_record, child_a(), today + std::chrono::days{1}));
}

TEST(Access, InvolvementInOneCaseDoesNotLetAProfessionalContributeToAnother) {
  Actor health = actor_for(Role::health_professional);
  Resource other_case = child_a();
  other_case.case_id = "case-a2";
  EXPECT_TRUE(may(health, Action::view_record, other_case, today));  // same child: may read
  EXPECT_FALSE(may(health, Action::contribute_advice, other_case, today));
}

TEST(Access, SencoSeesAPupilPlacedThereFromAnotherAuthority) {
  Resource cross_border = child_elsewhere();
  cross_border.setting_urn = "100001";
  EXPECT_TRUE(may(actor_for(Role::school_senco), Action::view_record, cross_border, today));
  EXPECT_FALSE(may(actor_for(Role::sen_caseworker), Action::view_record, cross_border, today));
}

TEST(Access, SencoLosesAccessWhenThePupilMovesSchool) {
  Resource moved = child_a();
  moved.setting_urn = "100009";
  EXPECT_FALSE(may(actor_for(Role::school_senco), Action::view_record, moved, today));
}

TEST(Access, ParentsNeedTheYoungPersonsAgreementOnceRightsPass) {
  Resource adult = child_a();
  adult.young_person_holds_rights = true;
  EXPECT_FALSE(may(actor_for(Role::parent_carer), Action::view_record, adult, today));
  EXPECT_TRUE(may(actor_for(Role::young_person), Action::view_record, adult, today));
  adult.young_person_shares_with_parents = true;
  EXPECT_TRUE(may(actor_for(Role::parent_carer), Action::view_record, adult, today));
}

TEST(Access, RoleNamesRoundTrip) {
  for (Role role : all_roles) {
    EXPECT_EQ(role_from_string(to_string(role)), role);
    EXPECT_FALSE(describe(role).empty());
  }
  EXPECT_EQ(role_from_string("superuser"), std::nullopt);
  EXPECT_TRUE(requires_two_factor(Role::sen_caseworker));
  EXPECT_FALSE(requires_two_factor(Role::parent_carer));
}

}  // namespace
}  // namespace sendhub::access

namespace sendhub::access {
namespace {

TEST(Roles, TheSenTeamIsCaseworkersAndManagersButNotPanelMembers) {
  for (Role role : all_roles)
    EXPECT_EQ(is_sen_team(role), role == Role::sen_caseworker || role == Role::sen_manager) << to_string(role);
  EXPECT_TRUE(is_local_authority_casework(Role::panel_member));
  EXPECT_FALSE(is_sen_team(Role::panel_member));
}

}  // namespace
}  // namespace sendhub::access
