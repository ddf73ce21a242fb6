// The DfE SEN2 2024 person-level return as plain data, element for element as
// SEN2_schema_2024.xsd has it, so the writer is a straight walk in schema order and the checks
// can name the element at fault. Codes stay strings because they come from caseworkers' records
// and may be wrong (check_sen2 says which); yes/no items are bools, so they cannot be. An item
// the schema requires is std::optional here only where our records may not have it yet (a date
// of birth, a plan's start date), so a missing one is reported rather than invented.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar/date.h"

namespace sendhub::sen2 {

using calendar::Date;

// xs:dateTime without a time zone: when the file was made.
struct DateTime {
  Date date;
  int hour = 0, minute = 0, second = 0;
};

// Header/CollectionDetails and Header/Source. Collection is always "SEN2" and SourceLevel always
// "L" (the only values the schema allows), so the writer supplies both.
struct Header {
  std::optional<int> year;             // Year (xs:gYear): the collection year, e.g. 2024
  std::optional<Date> reference_date;  // ReferenceDate: census day, e.g. 2024-01-18
  std::string lea;                     // LEA: the 3-digit local authority code, e.g. 816
  std::optional<std::string> software_code;
  std::optional<std::string> release;
  std::optional<std::string> serial_no;  // SerialNo: 3 or more digits
  std::optional<DateTime> date_time;     // DateTime
  std::string dmo, dco;                  // DMO, DCO: Y, N or R (the schema does not say what they mean)
};

// Named plan, PlanDetail (1 or 2): where the plan names the child will be educated.
struct PlanDetail {
  std::optional<std::string> urn;    // URN: 6 digits
  std::optional<std::string> ukprn;  // UKPRN: 8 digits
  // SENSetting: OLA, EHE, EYP, OPA, OTH, NEET, NIEC or NIEO. The 2024 schema requires it for
  // every placement, even one with a URN or UKPRN.
  std::string sen_setting;
  std::optional<std::string> sen_setting_other;  // SENSettingOther: free text
  int placement_rank = 1;                        // PlacementRank: 1 main, 2 second
  bool sen_unit = false;                         // SENunitIndicator
  bool resourced_provision = false;              // ResourcedProvisionIndicator
};

// Assessment/NamedPlan: a plan issued after the assessment, and its ending if it has ceased.
struct NamedPlan {
  std::optional<Date> start_date;           // StartDate (required)
  std::vector<PlanDetail> plan_details;     // PlanDetail: 1 or 2
  std::optional<std::string> plan_res;      // PlanRes: A 38 to 51 weeks, B 52 weeks residential
  std::optional<std::string> plan_wbp;      // PlanWBP: A apprenticeship, T traineeship, S supported internship
  std::optional<bool> pb;                   // PB: personal budget
  std::optional<bool> oa;                   // OA
  std::optional<std::string> dp;            // DP: direct payments, E S H or I
  std::optional<Date> cease_date;           // CeaseDate
  std::optional<std::string> cease_reason;  // CeaseReason: "1" to "9"
};

// Requests/Assessment: the EHC needs assessment that followed a request.
struct Assessment {
  std::string outcome;               // AssessmentOutcome: Y N A W H (required)
  std::optional<Date> outcome_date;  // AssessmentOutcomeDate
  std::optional<bool> assessment_mediation, assessment_tribunal, other_mediation, other_tribunal;
  std::optional<bool> week20;  // Week20: true when a 20-week exception applied
  std::optional<NamedPlan> named_plan;
};

// ActivePlans/PlacementDetail (1 or 2): where the child is now.
struct PlacementDetail {
  std::optional<std::string> urn;    // URN: 6 digits
  std::optional<std::string> ukprn;  // UKPRN: 8 digits
  std::string sen_setting;           // SENSetting: required, as for PlanDetail
  std::optional<std::string> sen_setting_other;
  int placement_rank = 1;             // PlacementRank: 1 or 2
  std::optional<Date> entry_date;     // EntryDate (required)
  std::optional<Date> leaving_date;   // LeavingDate
  bool sen_unit = false;              // SENunitIndicator
  bool resourced_provision = false;   // ResourcedProvisionIndicator
  std::optional<std::string> res;     // Res: A or B
  std::optional<std::string> wbp;     // WBP: A, T or S
};

// ActivePlans/SENneed (1 or 2).
struct SenNeed {
  std::string type;  // SENtype: SPLD MLD SLD PMLD SEMH SLCN HI VI MSI PD ASD OTH
  int rank = 1;      // SENtypeRank: 1 primary, 2 secondary
};

// Requests/ActivePlans: a plan maintained on census day.
struct ActivePlan {
  std::optional<std::string> transfer_la;   // TransferLA: 3-digit LA code
  std::vector<PlacementDetail> placements;  // PlacementDetail: 1 or 2
  std::vector<SenNeed> needs;               // SENneed: 1 or 2
  std::optional<Date> review_meeting;       // ReviewMeeting
  std::optional<std::string> review_outcome;  // ReviewOutcome: A amend, C cease, M maintain
  std::optional<Date> last_review;          // LastReview
};

// Requests: one request for an EHC needs assessment and what came of it.
struct Request {
  std::optional<Date> received_date;   // ReceivedDate
  std::optional<bool> rya;             // RYA
  std::optional<Date> outcome_date;    // RequestOutcomeDate
  std::string outcome;                 // RequestOutcome: Y N A W H (required)
  std::optional<bool> mediation;       // RequestMediation
  std::optional<bool> tribunal;        // RequestTribunal
  std::optional<std::string> exported;  // Exported: 3-digit LA code
  std::optional<Assessment> assessment;
  std::optional<ActivePlan> active_plan;
};

struct Person {
  std::string child_ref;  // ours, for linking problems back to the record; never written
  std::string surname, forename;
  std::optional<Date> birth_date;  // PersonBirthDate (required)
  std::string sex;                 // Sex: M, F or U
  std::string ethnicity;           // Ethnicity: CBDS code, REFU or NOBT
  std::string postcode;            // PostCode
  std::optional<std::string> upn;          // UPN: letter, 12 digits (or 11 digits and a letter)
  std::optional<std::string> uln;          // UniqueLearnerNumber: 10 digits
  std::optional<std::string> upn_unknown;  // UPNunknown: UN1 to UN10
  std::vector<Request> requests;           // Requests: at least 1
};

struct Sen2Return {
  Header header;
  std::vector<Person> persons;  // at least 1
};

// An optional text item counts as given only when it is not empty: the writer leaves out an
// empty one and the checks treat it as missing, so both agree.
inline bool given(const std::optional<std::string>& s) { return s && !s->empty(); }

}  // namespace sendhub::sen2
