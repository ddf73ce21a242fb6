#include "domain/sen2/sen2_xml.h"

#include <gtest/gtest.h>

#include "domain/sen2/sen2_checks.h"
#include "domain/sen2/test_return.h"

namespace sendhub::sen2 {
namespace {

using namespace testing;

// The one child in the reference sample (tests/data/sen2/sample-valid.xml), as a return.
Sen2Return reference_sample() {
  Header h{.year = 2024, .reference_date = d("2024-01-18"), .lea = "999", .software_code = "SyntheticExample",
           .release = "1.0", .serial_no = "001", .date_time = DateTime{d("2024-01-19"), 9, 0, 0}, .dmo = "Y", .dco = "Y"};
  Person p{.child_ref = "sample", .surname = "Example", .forename = "Alex", .birth_date = d("2015-06-01"), .sex = "F",
           .ethnicity = "OOTH", .postcode = "ZZ99 9ZZ", .upn = "A000000000001"};
  NamedPlan plan{.start_date = d("2023-06-20"),
                 .plan_details = {{.sen_setting = "OTH", .sen_setting_other = "Synthetic example setting"}},
                 .pb = true, .oa = false, .dp = "E"};
  ActivePlan active{.placements = {{.sen_setting = "OTH", .sen_setting_other = "Synthetic example setting",
                                    .entry_date = d("2023-09-01")}},
                    .needs = {{"SLCN", 1}, {"ASD", 2}}};
  p.requests = {{.received_date = d("2023-02-01"), .rya = false, .outcome_date = d("2023-03-15"), .outcome = "Y",
                 .mediation = false, .tribunal = false,
                 .assessment = Assessment{.outcome = "Y", .outcome_date = d("2023-06-20"), .assessment_mediation = false,
                                          .assessment_tribunal = false, .other_mediation = false,
                                          .other_tribunal = false, .week20 = true, .named_plan = plan},
                 .active_plan = active}};
  return {h, {p}};
}

std::string surname_of_first_child(const std::string& xml) {
  auto lint = xmllint(xml, "--xpath 'string(/Message/Persons/Person[1]/Surname)'");
  EXPECT_EQ(lint.status, 0) << lint.output;
  if (!lint.output.empty() && lint.output.back() == '\n') lint.output.pop_back();
  return lint.output;
}

TEST(Sen2Xml, SyntheticReturnWithEveryModuleValidatesAgainstTheSchema) {
  auto r = synthetic_return();
  ASSERT_TRUE(check_sen2(r).empty());
  auto xml = write_sen2_xml(r);
  auto lint = validate(xml);
  EXPECT_EQ(lint.status, 0) << lint.output << "\n" << xml;
  EXPECT_NE(lint.output.find("validates"), std::string::npos) << lint.output;
  for (const char* element : {"<Week20>true</Week20>", "<CeaseReason>4</CeaseReason>", "<TransferLA>816</TransferLA>",
                              "<ReviewOutcome>M</ReviewOutcome>", "<UPNunknown>UN2</UPNunknown>", "<LeavingDate>"})
    EXPECT_NE(xml.find(element), std::string::npos) << element;
}

TEST(Sen2Xml, WritesTheReferenceSampleElementForElement) {
  auto path = find_upward("tests/data/sen2/sample-valid.xml");
  ASSERT_FALSE(path.empty()) << "tests/data/sen2/sample-valid.xml not found from the current directory";
  auto expected = read_all(path);
  auto comment = expected.find("<!--"), comment_end = expected.find("-->\n");
  ASSERT_NE(comment_end, std::string::npos);
  expected.erase(comment, comment_end + 4 - comment);
  EXPECT_EQ(write_sen2_xml(reference_sample()), expected);
}

TEST(Sen2Xml, TheChildRefAndEmptyOptionalItemsAreLeftOut) {
  auto r = synthetic_return();
  r.persons[0].upn = "";
  r.persons[0].upn_unknown = "UN3";
  r.persons[1].uln = "";
  r.persons[0].requests[0].assessment->named_plan->plan_details[0].sen_setting_other = "";
  auto xml = write_sen2_xml(r);
  EXPECT_EQ(xml.find("SYN-00"), std::string::npos);
  EXPECT_EQ(xml.find("<UPN></UPN>"), std::string::npos);
  EXPECT_EQ(xml.find("<SENSettingOther></SENSettingOther>"), std::string::npos);
  EXPECT_EQ(xml.find("<UniqueLearnerNumber>"), std::string::npos);
  EXPECT_TRUE(check_sen2(r).empty());
  EXPECT_EQ(validate(xml).status, 0);
}

TEST(Sen2Xml, EscapesMarkupAndQuotes) {
  EXPECT_EQ(escape_xml("O'Neill & <Sons> \"Ltd\""), "O&apos;Neill &amp; &lt;Sons&gt; &quot;Ltd&quot;");
  EXPECT_EQ(escape_xml("Zoë Ñúñez 李"), "Zoë Ñúñez 李");  // UTF-8 passes through
  EXPECT_EQ(escape_xml("a\tb\nc\rd"), "a\tb\nc&#13;d");
  EXPECT_EQ(escape_xml(std::string("a\x01") + "b\x7F"), "a\xEF\xBF\xBD" "b\x7F");  // DEL is allowed in XML 1.0
  EXPECT_EQ(escape_xml("\xC3"), "\xEF\xBF\xBD");                                // cut-off UTF-8
  EXPECT_EQ(escape_xml("\xC0\xA7"), "\xEF\xBF\xBD\xEF\xBF\xBD");                // overlong apostrophe
  EXPECT_EQ(escape_xml("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_TRUE(is_xml_text("Zoë O'Neill & Sons"));
  EXPECT_FALSE(is_xml_text(std::string("nul\0", 4)));
  EXPECT_FALSE(is_xml_text("\xEF\xBF\xBE"));  // U+FFFE
}

TEST(Sen2Xml, ANameWithAnApostropheAndAnAmpersandValidatesAndReadsBackTheSame) {
  auto r = synthetic_return();
  r.persons[0].surname = "O'Brien & D'Arcy <\"Smythe\">";
  r.persons[0].requests[0].active_plan->placements[0].sen_setting_other = "Saint Fictional's & <Unit>";
  ASSERT_TRUE(check_sen2(r).empty());
  auto xml = write_sen2_xml(r);
  EXPECT_NE(xml.find("<Surname>O&apos;Brien &amp; D&apos;Arcy &lt;&quot;Smythe&quot;&gt;</Surname>"), std::string::npos);
  auto lint = validate(xml);
  EXPECT_EQ(lint.status, 0) << lint.output;
  EXPECT_EQ(surname_of_first_child(xml), r.persons[0].surname);
}

TEST(Sen2Xml, TextThatXmlCannotHoldStillMakesAWellFormedFile) {
  auto r = synthetic_return();
  r.persons[0].surname = std::string("Quill\x02") + "feather\xFF";
  auto xml = write_sen2_xml(r);
  EXPECT_EQ(validate(xml).status, 0);
  EXPECT_EQ(surname_of_first_child(xml), "Quill\xEF\xBF\xBD" "feather\xEF\xBF\xBD");
  ASSERT_EQ(check_sen2(r).size(), 1u);  // and the caseworker is told to retype it
}

}  // namespace
}  // namespace sendhub::sen2
