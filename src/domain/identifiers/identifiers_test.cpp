#include "domain/identifiers/identifiers.h"

#include <gtest/gtest.h>

namespace sendhub::identifiers {
namespace {

TEST(Upn, AcceptsValidPermanentUpns) {
  EXPECT_EQ(parse_upn("B801200005001").value(), "B801200005001");
  // 2x2 + 4x7 + 9x1 + 10x6 + 12x4 + 13x9 = 266; 266 mod 23 = 13 = P (A=0 … H=7, J=8 … N=12, P=13).
  EXPECT_EQ(parse_upn("P207000016049").value(), "P207000016049");
  EXPECT_EQ(parse_upn(" p207 0000 16049 ").value(), "P207000016049");
}

TEST(Upn, CheckLetterSkipsIOAndS) {
  EXPECT_EQ(upn_check_letter("207000016049"), 'P');
  EXPECT_EQ(upn_check_letter("801200005001"), 'B');  // 93 mod 23 = 1 = B
  EXPECT_EQ(upn_check_letter("801200005012"), 'D');  // 118 mod 23 = 3 = D
  EXPECT_EQ(upn_check_letter("801200005013"), 'T');  // 131 mod 23 = 16 = T, because S is skipped
}

TEST(Upn, RejectsWrongCheckLetterWithAReason) {
  auto r = parse_upn("B207000016049");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "upn");
  EXPECT_NE(r.error().message.find("check letter"), std::string::npos);
  EXPECT_FALSE(parse_upn("A801200005001"));
}

TEST(Upn, TemporaryUpnsEndInALetterThatCountsInTheSum) {
  // 80120000500 then A (value 0): weights 2..13 over 8,0,1,2,0,0,0,0,5,0,0,A.
  std::string body = "80120000500A";
  std::string temp = std::string(1, upn_check_letter(body)) + body;
  auto r = parse_upn(temp);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(is_temporary_upn(*r));
  EXPECT_FALSE(is_temporary_upn("B801200005001"));
  EXPECT_FALSE(parse_upn(std::string(1, upn_check_letter("80120000500I")) + "80120000500I"));  // I is never used
}

TEST(Upn, RejectsBadShapes) {
  EXPECT_FALSE(parse_upn("B80120000500"));    // 12 characters
  EXPECT_FALSE(parse_upn("1801200005001"));   // no check letter
  EXPECT_FALSE(parse_upn("X80120000A001"));   // letter in the middle
  EXPECT_FALSE(parse_upn("I801200005001"));   // I is not a check letter
}

TEST(NhsNumber, Modulus11) {
  EXPECT_EQ(parse_nhs_number("943 476 5919").value(), "9434765919");  // NHS Digital's example
  EXPECT_EQ(format_nhs_number("9434765919"), "943 476 5919");
  auto wrong = parse_nhs_number("9434765918");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().field, "nhs_number");
  EXPECT_FALSE(parse_nhs_number("943476591"));
  EXPECT_FALSE(parse_nhs_number("94347659XX"));
  // Check digit 10 is never valid: 1,2,3,4,5,6,7,8,9 weighted 10..2 sums to 210, 210 mod 11 = 1, 11-1 = 10.
  EXPECT_FALSE(parse_nhs_number("1234567890"));
  // Remainder 0 gives check digit 0: 0000000000 is structurally valid.
  EXPECT_TRUE(parse_nhs_number("0000000000"));
}

TEST(OtherIdentifiers, UrnUkprnAndLaCode) {
  EXPECT_EQ(parse_urn("121234").value(), "121234");
  EXPECT_FALSE(parse_urn("12123"));
  EXPECT_FALSE(parse_urn("12123a"));
  EXPECT_EQ(parse_ukprn("10012345").value(), "10012345");
  EXPECT_FALSE(parse_ukprn("20012345"));
  EXPECT_FALSE(parse_ukprn("1001234"));
  EXPECT_EQ(parse_la_code("816").value(), "816");
  EXPECT_FALSE(parse_la_code("8160"));
  EXPECT_EQ(parse_la_code("81x").error().message, "A local authority code must be 3 digits, for example 816");
}

TEST(Postcode, NormalisesEveryShape) {
  EXPECT_EQ(parse_postcode("yo17hh").value(), "YO1 7HH");
  EXPECT_EQ(parse_postcode("YO24 1AB").value(), "YO24 1AB");
  EXPECT_EQ(parse_postcode("M1 1AE").value(), "M1 1AE");
  EXPECT_EQ(parse_postcode("B33 8TH").value(), "B33 8TH");
  EXPECT_EQ(parse_postcode("CR2 6XH").value(), "CR2 6XH");
  EXPECT_EQ(parse_postcode("DN55 1PT").value(), "DN55 1PT");
  EXPECT_EQ(parse_postcode("W1A 0AX").value(), "W1A 0AX");
  EXPECT_EQ(parse_postcode("EC1A 1BB").value(), "EC1A 1BB");
  EXPECT_EQ(parse_postcode("gir 0aa").value(), "GIR 0AA");
  EXPECT_EQ(postcode_district("YO24 1AB"), "YO24");
}

TEST(Postcode, RejectsNonPostcodes) {
  for (const char* bad : {"", "YO1", "YO1 7H", "1O1 7HH", "YO1 7HC", "YO1 AHH", "YOYO 7HH", "YO1 7HH 1"}) {
    auto r = parse_postcode(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().field, "postcode");
  }
}

}  // namespace
}  // namespace sendhub::identifiers
