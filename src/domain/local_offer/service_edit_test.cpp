#include "domain/local_offer/service_edit.h"

#include <gtest/gtest.h>

#include <set>

#include "domain/local_offer/categories.h"
#include "domain/local_offer/service_facts.h"
#include "domain/local_offer/uuid.h"

namespace sendhub::local_offer {
namespace {

ServiceEdit good_edit() {
  ServiceEdit e;
  e.name = "  Little Signers  ";
  e.status = "active";
  e.summary = "Baby signing sessions.";
  e.description = "Weekly sessions teaching Makaton signs.";
  e.application_process = "Come along; no referral needed.";
  e.attending_access = "drop-in";
  e.minimum_age = "0";
  e.maximum_age = "5";
  e.free = "no";
  e.fees_description = "£3 a session";
  e.email = "hello@example.org";
  e.url = "https://example.org";
  e.phone = "01904 000000";
  return e;
}

TEST(ServiceEdit, AGoodEditIsTrimmedAndApplied) {
  auto e = good_edit();
  EXPECT_TRUE(check_edit(e).empty());
  EXPECT_EQ(e.name, "Little Signers");
  Service s;
  s.id = uuid_from_name("test-service");
  apply_edit(s, e);
  EXPECT_EQ(s.name, "Little Signers");
  EXPECT_EQ(s.maximum_age, 5.0);
  EXPECT_FALSE(is_free(s));
  ASSERT_EQ(s.phones.size(), 1u);
  EXPECT_EQ(s.phones[0].number, "01904 000000");
  EXPECT_TRUE(is_uuid(s.phones[0].id));
  EXPECT_EQ(edit_of(s), e);  // what is shown again is what was saved
  e.free = "yes";
  apply_edit(s, e);
  EXPECT_TRUE(is_free(s));
  EXPECT_EQ(edit_from_json(edit_to_json(e)).value(), e);
}

TEST(ServiceEdit, EachProblemIsReportedAgainstItsField) {
  ServiceEdit e;
  e.minimum_age = "ten";
  e.maximum_age = "3";
  e.email = "not an email";
  e.url = "javascript:alert(1)";
  e.phone = "call me";
  std::set<std::string> fields;
  for (const auto& p : check_edit(e)) fields.insert(p.field);
  EXPECT_EQ(fields, (std::set<std::string>{"name", "status", "summary", "description", "application_process", "minimum_age",
                                           "free", "email", "url", "phone"}));
  auto older = good_edit();
  older.minimum_age = "10";
  older.maximum_age = "3";
  auto problems = check_edit(older);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "maximum_age");
  auto paid = good_edit();
  paid.fees_description = "";
  EXPECT_EQ(check_edit(paid).at(0).field, "fees_description");
}

TEST(ServiceEdit, ChangesNameEachFieldThatDiffers) {
  auto a = good_edit(), b = good_edit();
  b.wait_time = "About 6 weeks";
  b.phone = "01904 111111";
  auto changes = changes_between(a, b);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].field, "wait_time");
  EXPECT_EQ(changes[0].after, "About 6 weeks");
  EXPECT_EQ(changes[1].label, "Phone number");
}

TEST(ServiceEdit, OnlyTheLocalOfferRolesWorkOnTheDirectory) {
  EXPECT_EQ(directory_role(access::Role::local_offer_editor), DirectoryRole::local_offer_team);
  EXPECT_EQ(directory_role(access::Role::service_provider), DirectoryRole::provider);
  for (auto role : access::all_roles)
    if (role != access::Role::local_offer_editor && role != access::Role::service_provider) {
      EXPECT_EQ(directory_role(role), DirectoryRole::none) << access::to_string(role);
    }
}

TEST(Categories, TwoLevelsCoveringEveryLocalOfferHeading) {
  int headings = 0;
  std::set<std::string> ids;
  for (const auto& c : local_offer_categories()) {
    if (c.parent_code.empty()) ++headings;
    else EXPECT_TRUE(std::string_view(c.code).starts_with(std::string(c.parent_code) + "/")) << c.code;
    EXPECT_TRUE(ids.insert(category_term_id(c.code)).second);
  }
  EXPECT_EQ(headings, 12);
  const auto terms = local_offer_terms();
  for (const auto& t : terms) {
    EXPECT_TRUE(is_uuid(t.id));
    EXPECT_EQ(t.taxonomy_id, local_offer_taxonomy().id);
    if (!t.parent_id.empty()) {
      EXPECT_TRUE(ids.contains(t.parent_id));
    }
  }
}

TEST(Uuid, CheckedNormalisedAndMadeTheSameWayEachTime) {
  EXPECT_TRUE(is_uuid("3F2504E0-4F89-41D3-9A0C-0305E82C3301"));
  EXPECT_FALSE(is_uuid("3f2504e0-4f89-41d3-9a0c-0305e82c330"));
  EXPECT_FALSE(is_uuid("3f2504e0x4f89-41d3-9a0c-0305e82c3301"));
  EXPECT_EQ(normalise_uuid("3F2504E0-4F89-41D3-9A0C-0305E82C3301"), "3f2504e0-4f89-41d3-9a0c-0305e82c3301");
  EXPECT_EQ(uuid_from_name("x"), uuid_from_name("x"));
  EXPECT_NE(uuid_from_name("x"), uuid_from_name("y"));
  EXPECT_EQ(uuid_from_name("x")[14], '5');
  std::array<std::uint8_t, 16> bytes{};
  bytes.fill(0xff);
  const auto v4 = uuid_from_random(bytes);
  EXPECT_TRUE(is_uuid(v4));
  EXPECT_EQ(v4[14], '4');
  EXPECT_EQ(v4[19], 'b');
}

}  // namespace
}  // namespace sendhub::local_offer
