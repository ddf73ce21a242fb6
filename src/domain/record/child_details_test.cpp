#include "domain/record/child_details.h"

#include <gtest/gtest.h>

namespace sendhub::record {
namespace {

std::vector<std::string> fields(const std::vector<identity::FieldProblem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.field);
  return out;
}

TEST(ChildDetails, EverythingMayBeLeftEmpty) {
  ChildDetails d;
  EXPECT_TRUE(check_child_details(d).empty());
}

TEST(ChildDetails, WhatIsTypedIsNormalised) {
  ChildDetails d{"p207 0000 16049", " 943 476 5919 ", "yo1 7hh", "f", "wbri", "English", "", "r", "asd", "slcn"};
  EXPECT_TRUE(check_child_details(d).empty());
  EXPECT_EQ(d.upn, "P207000016049");
  EXPECT_EQ(d.nhs_number, "9434765919");
  EXPECT_EQ(d.postcode, "YO1 7HH");
  EXPECT_EQ(d.sex, "F");
  EXPECT_EQ(d.ethnicity, "WBRI");
  EXPECT_EQ(d.year_group, "R");
  EXPECT_EQ(d.primary_need, "ASD");
}

TEST(ChildDetails, EachMistakeIsReportedAgainstItsField) {
  ChildDetails d{"A12345678901X", "943 476 5918", "not a postcode", "X", "ZZZZ", "", "", "15", "NSA", ""};
  EXPECT_EQ(fields(check_child_details(d)),
            (std::vector<std::string>{"upn", "nhs_number", "postcode", "sex", "ethnicity", "year_group", "primary_need"}));
  ChildDetails same{"", "", "", "", "", "", "", "", "ASD", "ASD"};
  EXPECT_EQ(fields(check_child_details(same)), std::vector<std::string>{"secondary_need"});
  ChildDetails orphan{"", "", "", "", "", "", "", "", "", "MLD"};
  EXPECT_EQ(fields(check_child_details(orphan)), std::vector<std::string>{"primary_need"});
}

TEST(ChildDetails, CodeListsMatchTheDfEs) {
  EXPECT_EQ(ethnicities().size(), 20u);  // 18 CBDS groups, refused, not obtained
  EXPECT_EQ(needs().size(), 12u);        // SEN2 primary needs for a plan; NSA is for SEN support only
  EXPECT_EQ(sexes().size(), 3u);
}

TEST(ChildDetails, ChangedFieldsNameWhatChanged) {
  ChildDetails a{"", "", "YO1 7HH", "F"}, b = a;
  b.postcode = "YO10 5DD";
  b.primary_need = "SEMH";
  EXPECT_EQ(changed_fields(a, b), (std::vector<std::string_view>{"Postcode", "Primary need"}));
  EXPECT_TRUE(changed_fields(a, a).empty());
}

}  // namespace
}  // namespace sendhub::record
