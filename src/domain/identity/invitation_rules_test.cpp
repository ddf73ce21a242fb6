#include "domain/identity/invitation_rules.h"

#include <gtest/gtest.h>

namespace sendhub::identity {
namespace {

calendar::Date today() { return *calendar::parse_date("2026-11-24"); }

std::vector<std::string> fields(const CheckedInvitation& c) {
  std::vector<std::string> out;
  for (const auto& p : c.problems) out.push_back(p.field);
  return out;
}

TEST(InvitationRules, StaffNeedAnOrganisationAndNoChild) {
  auto ok = check_invitation({"sam@school.example", "Sam Senco", "school_senco", "org-1"}, today());
  EXPECT_TRUE(ok.problems.empty());
  EXPECT_EQ(ok.kind, InvitationKind::staff);
  auto missing = check_invitation({"sam@school.example", "Sam Senco", "school_senco", ""}, today());
  EXPECT_EQ(fields(missing), std::vector<std::string>{"organisation_id"});
}

TEST(InvitationRules, FamiliesAreInvitedToAChild) {
  auto ok = check_invitation({"pat@example.org", "Pat", "parent_carer", "", "child-1"}, today());
  EXPECT_TRUE(ok.problems.empty());
  EXPECT_EQ(ok.kind, InvitationKind::family);
  EXPECT_EQ(fields(check_invitation({"pat@example.org", "Pat", "young_person"}, today())), std::vector<std::string>{"role"});
}

TEST(InvitationRules, ProfessionalsOnACaseNeedACaseAndAnEndDateInTheNextTwoYears) {
  InvitationDraft d{"h@nhs.example", "Harper", "health_professional", "org-nhs", "child-1", "case-1", "2027-03-31"};
  auto ok = check_invitation(d, today());
  EXPECT_TRUE(ok.problems.empty());
  EXPECT_EQ(ok.kind, InvitationKind::professional_on_case);
  d.involvement_until = "2026-11-24";  // today is not in the future
  EXPECT_EQ(fields(check_invitation(d, today())), std::vector<std::string>{"involvement_until"});
  d.involvement_until = "2027-02-30";
  EXPECT_EQ(fields(check_invitation(d, today())), std::vector<std::string>{"involvement_until"});
  d.involvement_until = "2028-11-25";  // just inside 2 years (2028 is a leap year)
  EXPECT_TRUE(check_invitation(d, today()).problems.empty());
  d.involvement_until = "2028-11-26";
  EXPECT_EQ(fields(check_invitation(d, today())), std::vector<std::string>{"involvement_until"});
  d.role = "sen_caseworker";
  EXPECT_EQ(fields(check_invitation(d, today())), std::vector<std::string>{"role"});
}

TEST(InvitationRules, RolesBelongToTheRightKindOfOrganisation) {
  using access::Role;
  EXPECT_TRUE(role_fits_organisation(Role::school_senco, "school"));
  EXPECT_FALSE(role_fits_organisation(Role::school_senco, "nhs"));
  EXPECT_TRUE(role_fits_organisation(Role::designated_clinical_officer, "nhs"));
  EXPECT_TRUE(role_fits_organisation(Role::sen_manager, "local_authority"));
  EXPECT_FALSE(role_fits_organisation(Role::administrator, "school"));
  EXPECT_FALSE(role_fits_organisation(Role::parent_carer, "local_authority"));
}

TEST(InvitationRules, EveryProblemIsReportedAgainstItsField) {
  auto c = check_invitation({"not-an-email", std::string(101, 'x'), "wizard"}, today());
  EXPECT_EQ(fields(c), (std::vector<std::string>{"email", "display_name", "role"}));
  EXPECT_EQ(fields(check_invitation({}, today())), (std::vector<std::string>{"email", "display_name", "role"}));
}

}  // namespace
}  // namespace sendhub::identity
