#include "domain/sen2/sen2_checks.h"

#include <functional>

#include <gtest/gtest.h>

#include "domain/sen2/sen2_xml.h"
#include "domain/sen2/test_return.h"

namespace sendhub::sen2 {
namespace {

using namespace testing;

// One mistake in an otherwise clean return: what check_sen2 must say, and whether the schema
// itself rejects the file (false: a DfE-style rule the schema cannot express, or text the writer
// had to repair).
struct Broken {
  const char* name;
  std::function<void(Sen2Return&)> spoil;
  std::string child_ref, field;
  bool schema_rejects;
};

void PrintTo(const Broken& b, std::ostream* os) { *os << b.name; }

Person& ada(Sen2Return& r) { return r.persons[0]; }   // SYN-001: active plan
Person& theo(Sen2Return& r) { return r.persons[1]; }  // SYN-002: ceased plan, no UPN
Person& jun(Sen2Return& r) { return r.persons[2]; }   // SYN-003: transferred in
NamedPlan& plan(Person& p) { return *p.requests[0].assessment->named_plan; }
ActivePlan& active(Person& p) { return *p.requests[0].active_plan; }

const std::vector<Broken>& broken_returns() {
  static const std::vector<Broken> all{
      // Header
      {"LaCodeTwoDigits", [](auto& r) { r.header.lea = "99"; }, "", "LEA", true},
      {"LaCodeMissing", [](auto& r) { r.header.lea = ""; }, "", "LEA", true},
      {"YearNotAYear", [](auto& r) { r.header.year = 24; }, "", "Year", true},
      {"CensusDateInAnotherYear", [](auto& r) { r.header.year = 2023; }, "", "ReferenceDate", false},
      {"SerialNoTooShort", [](auto& r) { r.header.serial_no = "01"; }, "", "SerialNo", true},
      {"TimeOfDayImpossible", [](auto& r) { r.header.date_time->hour = 25; }, "", "DateTime", true},
      {"DmoMissing", [](auto& r) { r.header.dmo = ""; }, "", "DMO", true},
      {"DcoNotACode", [](auto& r) { r.header.dco = "X"; }, "", "DCO", true},
      {"NoChildren", [](auto& r) { r.persons.clear(); }, "", "Persons", true},
      // Person
      {"NoSurname", [](auto& r) { ada(r).surname = ""; }, "SYN-001", "Surname", false},
      {"NoForename", [](auto& r) { theo(r).forename = ""; }, "SYN-002", "Forename", false},
      {"ControlCharacterInSurname", [](auto& r) { ada(r).surname = "Quill\x01" "feather"; }, "SYN-001", "Surname", false},
      {"NoDateOfBirth", [](auto& r) { jun(r).birth_date.reset(); }, "SYN-003", "PersonBirthDate", true},
      {"BornAfterCensusDay", [](auto& r) { jun(r).birth_date = d("2024-02-01"); }, "SYN-003", "PersonBirthDate", false},
      {"SexNotACode", [](auto& r) { ada(r).sex = "X"; }, "SYN-001", "Sex", true},
      {"SexLowerCase", [](auto& r) { ada(r).sex = "f"; }, "SYN-001", "Sex", true},
      {"SexMissing", [](auto& r) { theo(r).sex = ""; }, "SYN-002", "Sex", true},
      {"EthnicityNotACode", [](auto& r) { ada(r).ethnicity = "WBR"; }, "SYN-001", "Ethnicity", true},
      {"EthnicityMissing", [](auto& r) { jun(r).ethnicity = ""; }, "SYN-003", "Ethnicity", true},
      {"NoUpnAndNoReason", [](auto& r) { ada(r).upn.reset(); }, "SYN-001", "UPN", false},
      {"UpnTooShort", [](auto& r) { ada(r).upn = "A99900000001"; }, "SYN-001", "UPN", true},
      {"UpnWithASpace", [](auto& r) { ada(r).upn = "A999 00000001"; }, "SYN-001", "UPN", true},
      {"UpnLetterInTheMiddle", [](auto& r) { jun(r).upn = "Z9990000000AA"; }, "SYN-003", "UPN", true},
      {"UpnLowerCase", [](auto& r) { ada(r).upn = "a999000000001"; }, "SYN-001", "UPN", false},  // stricter
      {"UpnAndAReasonWhyItIsUnknown", [](auto& r) { ada(r).upn_unknown = "UN1"; }, "SYN-001", "UPNunknown", false},
      {"UpnUnknownNotACode", [](auto& r) { theo(r).upn_unknown = "UN11"; }, "SYN-002", "UPNunknown", true},
      {"UlnNineDigits", [](auto& r) { theo(r).uln = "999900000"; }, "SYN-002", "UniqueLearnerNumber", true},
      {"UlnWithLetters", [](auto& r) { theo(r).uln = "99990000AB"; }, "SYN-002", "UniqueLearnerNumber", true},
      {"NoRequests", [](auto& r) { jun(r).requests.clear(); }, "SYN-003", "Requests", true},
      // Request
      {"RequestOutcomeNotACode", [](auto& r) { ada(r).requests[0].outcome = "Q"; }, "SYN-001", "RequestOutcome", true},
      {"RequestOutcomeMissing", [](auto& r) { theo(r).requests[1].outcome = ""; }, "SYN-002", "RequestOutcome", true},
      {"RequestDecidedBeforeReceived", [](auto& r) { theo(r).requests[1].outcome_date = d("2023-08-01"); }, "SYN-002",
       "RequestOutcomeDate", false},
      {"ExportedTwoDigits", [](auto& r) { theo(r).requests[1].exported = "81"; }, "SYN-002", "Exported", true},
      // Assessment
      {"AssessmentOutcomeMissing", [](auto& r) { ada(r).requests[0].assessment->outcome = ""; }, "SYN-001",
       "AssessmentOutcome", true},
      {"AssessmentOutcomeBeforeRequest", [](auto& r) { ada(r).requests[0].assessment->outcome_date = d("2022-12-31"); },
       "SYN-001", "AssessmentOutcomeDate", false},
      // Named plan
      {"PlanStartMissing", [](auto& r) { plan(ada(r)).start_date.reset(); }, "SYN-001", "StartDate", true},
      {"PlanStartsBeforeRequest", [](auto& r) { plan(ada(r)).start_date = d("2022-12-01"); }, "SYN-001", "StartDate", false},
      {"PlanNamesNoPlacement", [](auto& r) { plan(ada(r)).plan_details.clear(); }, "SYN-001", "PlanDetail", true},
      {"PlanNamesThreePlacements", [](auto& r) { plan(ada(r)).plan_details.push_back(plan(ada(r)).plan_details[1]); },
       "SYN-001", "PlanDetail", true},
      {"PlacementWithNoUrnUkprnOrSetting",
       [](auto& r) {
         plan(ada(r)).plan_details[1].ukprn.reset();
         plan(ada(r)).plan_details[1].sen_setting = "";
       },
       "SYN-001", "SENSetting", true},
      {"PlacementWithUrnButNoSetting", [](auto& r) { plan(ada(r)).plan_details[0].sen_setting = ""; }, "SYN-001",
       "SENSetting", true},
      {"SettingNotACode", [](auto& r) { plan(ada(r)).plan_details[0].sen_setting = "SCH"; }, "SYN-001", "SENSetting", true},
      {"UrnFiveDigits", [](auto& r) { plan(ada(r)).plan_details[0].urn = "99900"; }, "SYN-001", "URN", true},
      {"UkprnSevenDigits", [](auto& r) { plan(ada(r)).plan_details[1].ukprn = "1999999"; }, "SYN-001", "UKPRN", true},
      {"PlacementRankThree", [](auto& r) { plan(ada(r)).plan_details[1].placement_rank = 3; }, "SYN-001", "PlacementRank",
       true},
      {"TwoPlacementsBothMain", [](auto& r) { plan(ada(r)).plan_details[1].placement_rank = 1; }, "SYN-001",
       "PlacementRank", false},
      {"ResidentialNotACode", [](auto& r) { plan(theo(r)).plan_res = "C"; }, "SYN-002", "PlanRes", true},
      {"WorkBasedNotACode", [](auto& r) { plan(theo(r)).plan_wbp = "X"; }, "SYN-002", "PlanWBP", true},
      {"DirectPaymentNotACode", [](auto& r) { plan(ada(r)).dp = "Z"; }, "SYN-001", "DP", true},
      {"CeasedWithoutReason", [](auto& r) { plan(theo(r)).cease_reason.reset(); }, "SYN-002", "CeaseReason", false},
      {"CeaseReasonWithoutDate", [](auto& r) { plan(theo(r)).cease_date.reset(); }, "SYN-002", "CeaseDate", false},
      {"CeaseReasonNotACode", [](auto& r) { plan(theo(r)).cease_reason = "10"; }, "SYN-002", "CeaseReason", true},
      {"CeasedBeforeItStarted", [](auto& r) { plan(theo(r)).cease_date = d("2019-04-30"); }, "SYN-002", "CeaseDate", false},
      // Active plan
      {"TransferLaFourDigits", [](auto& r) { active(jun(r)).transfer_la = "8160"; }, "SYN-003", "TransferLA", true},
      {"ActivePlanWithNoPlacement", [](auto& r) { active(ada(r)).placements.clear(); }, "SYN-001", "PlacementDetail", true},
      {"EntryDateMissing", [](auto& r) { active(jun(r)).placements[1].entry_date.reset(); }, "SYN-003", "EntryDate", true},
      {"LeftBeforeArriving", [](auto& r) { active(jun(r)).placements[0].leaving_date = d("2022-12-01"); }, "SYN-003",
       "LeavingDate", false},
      {"ResNotACode", [](auto& r) { active(jun(r)).placements[1].res = "C"; }, "SYN-003", "Res", true},
      {"WbpNotACode", [](auto& r) { active(jun(r)).placements[1].wbp = "Q"; }, "SYN-003", "WBP", true},
      {"NoNeeds", [](auto& r) { active(ada(r)).needs.clear(); }, "SYN-001", "SENneed", true},
      {"NoPrimaryNeed", [](auto& r) { active(jun(r)).needs[0].rank = 2; }, "SYN-003", "SENtypeRank", false},
      {"TwoNeedsOfTheSameRank", [](auto& r) { active(ada(r)).needs[1].rank = 1; }, "SYN-001", "SENtypeRank", false},
      {"ThreeNeeds", [](auto& r) { active(ada(r)).needs.push_back({"MLD", 2}); }, "SYN-001", "SENneed", true},
      {"NeedNotACode", [](auto& r) { active(ada(r)).needs[1].type = "NSA"; }, "SYN-001", "SENtype", true},
      {"NeedRankZero", [](auto& r) { active(ada(r)).needs[1].rank = 0; }, "SYN-001", "SENtypeRank", true},
      {"SameNeedTwice", [](auto& r) { active(ada(r)).needs[1].type = "SLCN"; }, "SYN-001", "SENtype", false},
      {"ReviewOutcomeNotACode", [](auto& r) { active(ada(r)).review_outcome = "X"; }, "SYN-001", "ReviewOutcome", true},
      {"ReviewOutcomeWithoutMeeting", [](auto& r) { active(jun(r)).review_meeting.reset(); }, "SYN-003", "ReviewMeeting",
       false},
  };
  return all;
}

class Sen2BrokenReturn : public ::testing::TestWithParam<Broken> {};

TEST_P(Sen2BrokenReturn, IsReportedOnceAgainstTheChildAndField) {
  auto r = synthetic_return();
  GetParam().spoil(r);
  auto problems = check_sen2(r);
  std::string all;
  for (const auto& p : problems) all += "\n  " + p.field + ": " + p.message;
  ASSERT_EQ(problems.size(), 1u) << all;
  EXPECT_EQ(problems[0].child_ref, GetParam().child_ref);
  EXPECT_EQ(problems[0].field, GetParam().field) << problems[0].message;
  EXPECT_FALSE(problems[0].message.empty());
}

TEST_P(Sen2BrokenReturn, TheSchemaAgrees) {
  auto r = synthetic_return();
  GetParam().spoil(r);
  auto lint = validate(write_sen2_xml(r));
  if (GetParam().schema_rejects) {
    EXPECT_EQ(lint.status, 3) << lint.output;  // 3: does not validate
    EXPECT_NE(lint.output.find(GetParam().field), std::string::npos) << lint.output;
  } else {
    EXPECT_EQ(lint.status, 0) << lint.output;
  }
}

INSTANTIATE_TEST_SUITE_P(Sen2, Sen2BrokenReturn, ::testing::ValuesIn(broken_returns()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Sen2Checks, ACleanReturnHasNoProblems) {
  auto problems = check_sen2(synthetic_return());
  for (const auto& p : problems) ADD_FAILURE() << p.child_ref << " " << p.field << ": " << p.message;
}

TEST(Sen2Checks, ProblemsSayWhereAndWhatToDo) {
  auto r = synthetic_return();
  ada(r).upn.reset();
  plan(ada(r)).plan_details[1].urn = "12";
  active(jun(r)).needs[0].type = "XYZ";
  auto p = check_sen2(r);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].where, "");
  EXPECT_EQ(p[0].message, "No UPN and no reason why it is unknown: add the UPN or choose a UPNunknown reason (UN1 to UN10)");
  EXPECT_EQ(p[1].where, "Request 1, named plan, placement 2");
  EXPECT_EQ(p[1].message, "URN \"12\" must be exactly 6 digits, like 123456: correct it or leave it out");
  EXPECT_EQ(p[2].child_ref, "SYN-003");
  EXPECT_EQ(p[2].where, "Request 1, active plan, need 1");
  EXPECT_EQ(p[2].message, "Type of need \"XYZ\" is not a SEN2 code: choose one of the DfE's types, like ASD or SLCN");
}

TEST(Sen2Checks, EveryProblemInARecordIsReportedInFileOrder) {
  auto r = synthetic_return();
  theo(r).sex = "";
  theo(r).uln = "1";
  plan(theo(r)).cease_reason.reset();
  r.header.lea = "";
  auto p = check_sen2(r);
  std::vector<std::string> fields;
  for (const auto& x : p) fields.push_back(x.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"LEA", "Sex", "UniqueLearnerNumber", "CeaseReason"}));
  EXPECT_EQ(p[0].child_ref, "");
  EXPECT_EQ(p[0].where, "Header");
  EXPECT_EQ(p[3].where, "Request 1, named plan");
}

TEST(Sen2Checks, ATemporaryUpnAndAnUnknownUpnReasonAreBothAccepted) {
  auto r = synthetic_return();
  EXPECT_EQ(*jun(r).upn, "Z99900000002A");
  EXPECT_FALSE(theo(r).upn);
  EXPECT_EQ(*theo(r).upn_unknown, "UN2");
  for (const char* reason : {"UN1", "UN5", "UN10"}) {
    theo(r).upn_unknown = reason;
    EXPECT_TRUE(check_sen2(r).empty()) << reason;
  }
}

}  // namespace
}  // namespace sendhub::sen2
