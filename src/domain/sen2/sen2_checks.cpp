#include "domain/sen2/sen2_checks.h"

#include <algorithm>
#include <span>
#include <string_view>

#include "domain/sen2/sen2_xml.h"

namespace sendhub::sen2 {
namespace {

using Codes = std::span<const std::string_view>;

// The 2024 schema's own lists, kept here rather than shared with the record's, so that a later
// year's codes (Down syndrome, say) cannot slip into a 2024 return.
constexpr std::string_view sexes[]{"M", "F", "U"};
constexpr std::string_view ethnicities[]{"WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
                            "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"};
constexpr std::string_view upn_unknowns[]{"UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7", "UN8", "UN9", "UN10"};
constexpr std::string_view outcomes[]{"Y", "N", "A", "W", "H"};  // RequestOutcome and AssessmentOutcome
constexpr std::string_view settings[]{"OLA", "EHE", "EYP", "OPA", "OTH", "NEET", "NIEC", "NIEO"};
constexpr std::string_view residential[]{"A", "B"};
constexpr std::string_view work_based[]{"A", "T", "S"};
constexpr std::string_view direct_payments[]{"E", "S", "H", "I"};
constexpr std::string_view cease_reasons[]{"1", "2", "3", "4", "5", "6", "7", "8", "9"};
constexpr std::string_view review_outcomes[]{"A", "C", "M"};
constexpr std::string_view needs[]{"SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH"};
constexpr std::string_view dmo_dco[]{"Y", "N", "R"};

bool one_of(std::string_view s, Codes codes) { return std::find(codes.begin(), codes.end(), s) != codes.end(); }

bool digit(char c) { return c >= '0' && c <= '9'; }
bool capital(char c) { return c >= 'A' && c <= 'Z'; }

bool digits(std::string_view s, std::size_t n) { return s.size() == n && std::all_of(s.begin(), s.end(), digit); }

// [A-Z]\d{12} or [A-Z]\d{11}[A-Z]
bool upn_format(std::string_view s) {
  return s.size() == 13 && capital(s[0]) && std::all_of(s.begin() + 1, s.begin() + 12, digit) &&
         (digit(s[12]) || capital(s[12]));
}

// The value as the caseworker typed it, quoted and cut short, for messages.
std::string quoted(std::string_view s) { return "\"" + std::string(s.substr(0, 32)) + "\""; }

bool before(const std::optional<Date>& a, const std::optional<Date>& b) { return a && b && *a < *b; }

std::string nth(std::string_view what, std::size_t i) { return std::string(what) + " " + std::to_string(i + 1); }

class Checker {
 public:
  std::vector<Sen2Problem> problems;
  std::string child, where;

  void add(std::string field, std::string message) {
    problems.push_back({child, std::move(field), where, std::move(message)});
  }

  // A required code: missing, or not one of the schema's.
  void code(std::string_view field, const std::string& value, Codes codes, std::string_view what,
            std::string_view choose) {
    if (value.empty()) add(std::string(field), std::string(what) + " is missing: " + std::string(choose));
    else if (!one_of(value, codes))
      add(std::string(field), std::string(what) + " " + quoted(value) + " is not a SEN2 code: " + std::string(choose));
  }
  void code(std::string_view field, const std::optional<std::string>& value, Codes codes, std::string_view what,
            std::string_view choose) {
    if (given(value)) code(field, *value, codes, what, choose);
  }

  void pattern(std::string_view field, const std::optional<std::string>& value, std::size_t n, std::string_view what,
               std::string_view example) {
    if (given(value) && !digits(*value, n))
      add(std::string(field), std::string(what) + " " + quoted(*value) + " must be exactly " + std::to_string(n) +
                                  " digits, like " + std::string(example) + ": correct it or leave it out");
  }

  void text(std::string_view field, std::string_view value, std::string_view what) {
    if (!is_xml_text(value))
      add(std::string(field), std::string(what) + " has a character a SEN2 file cannot hold (a control character or "
                                                  "damaged text, often from copying and pasting): retype it");
  }

  void rank(int value, std::string_view field, std::string_view choose) {
    if (value != 1 && value != 2)
      add(std::string(field), "The rank is " + std::to_string(value) + ": " + std::string(choose));
  }

  // 1 or 2 items, ranked 1 and 2: none, more than 2, two of a rank or none ranked 1 is a problem.
  // `main` and `other` name rank 1 and rank 2 ("primary need", "secondary need").
  template <class Item>
  void ranks(const std::vector<Item>& items, int Item::*rank_of, std::string_view field, std::string_view rank_field,
             std::string_view what, std::string_view main, std::string_view other, std::string_view none) {
    const std::string w(what), m(main), o(other);
    if (items.empty()) return add(std::string(field), std::string(none));
    if (items.size() > 2)
      return add(std::string(field), "SEN2 takes at most 2 " + w + "s, not " + std::to_string(items.size()) +
                                         ": keep the " + m + " and the " + o);
    if (items.size() == 2 && items[0].*rank_of == items[1].*rank_of)
      add(std::string(rank_field), "Both " + w + "s are ranked " + std::to_string(items[0].*rank_of) + ": rank the " + m +
                                       " 1 and the " + o + " 2");
    else if (std::none_of(items.begin(), items.end(), [&](const Item& i) { return i.*rank_of == 1; }))
      add(std::string(rank_field), "No " + w + " is ranked 1: rank the " + m + " 1");
  }
};

template <class Placement>
void check_placement(Checker& c, const Placement& p) {
  c.pattern("URN", p.urn, 6, "URN", "123456");
  c.pattern("UKPRN", p.ukprn, 8, "UKPRN", "12345678");
  const std::string codes = "OLA, EHE, EYP, OPA, OTH, NEET, NIEC or NIEO";
  if (p.sen_setting.empty() && !given(p.urn) && !given(p.ukprn))
    c.add("SENSetting", "The placement has no URN, no UKPRN and no setting code: add the school's 6-digit URN or the "
                        "provider's 8-digit UKPRN, and a setting code (" + codes + ")");
  else if (p.sen_setting.empty())
    c.add("SENSetting", "The setting code is missing: the 2024 return needs one for every placement, even one with a "
                        "URN or UKPRN; choose " + codes);
  else c.code("SENSetting", p.sen_setting, settings, "Setting code", "choose " + codes);
  if (p.sen_setting_other) c.text("SENSettingOther", *p.sen_setting_other, "The setting description");
  c.rank(p.placement_rank, "PlacementRank", "choose 1 for the main placement or 2 for the other");
}

void check_named_plan(Checker& c, const NamedPlan& plan, const Request& r) {
  if (!plan.start_date) c.add("StartDate", "The plan's start date is missing: add the date the final plan was issued");
  else if (before(plan.start_date, r.received_date))
    c.add("StartDate", "The plan starts before the request was received: check both dates");
  const std::string holder = c.where;
  for (std::size_t i = 0; i < plan.plan_details.size(); ++i) {
    c.where = holder + ", " + nth("placement", i);
    check_placement(c, plan.plan_details[i]);
  }
  c.where = holder;
  c.ranks(plan.plan_details, &PlanDetail::placement_rank, "PlanDetail", "PlacementRank", "placement",
          "main placement", "other placement",
          "The plan names no school or setting: add the placement it names");
  c.code("PlanRes", plan.plan_res, residential, "Residential code",
         "choose A (38 to 51 weeks) or B (52 weeks), or leave it out");
  c.code("PlanWBP", plan.plan_wbp, work_based, "Work-based placement code",
         "choose A (apprenticeship), T (traineeship) or S (supported internship), or leave it out");
  c.code("DP", plan.dp, direct_payments, "Direct payment code",
         "choose E (education), S (social care), H (health) or I (integrated), or leave it out");
  if (plan.cease_date && !given(plan.cease_reason))
    c.add("CeaseReason", "The plan has a cease date but no reason: choose why it ended (1 to 9)");
  if (!plan.cease_date && given(plan.cease_reason))
    c.add("CeaseDate", "The plan has a cease reason but no cease date: add the date it ended");
  c.code("CeaseReason", plan.cease_reason, cease_reasons, "Cease reason", "choose a reason from 1 to 9");
  if (before(plan.cease_date, plan.start_date)) c.add("CeaseDate", "The plan ends before it starts: check both dates");
}

void check_assessment(Checker& c, const Assessment& a, const Request& r, const std::string& request) {
  c.code("AssessmentOutcome", a.outcome, outcomes, "Assessment outcome",
         "choose Y (plan to be issued), N (no plan), A (not yet decided), W (withdrawn) or H (historical)");
  if (before(a.outcome_date, r.received_date))
    c.add("AssessmentOutcomeDate", "The assessment outcome date is before the request was received: check both dates");
  if (a.named_plan) {
    c.where = request + ", named plan";
    check_named_plan(c, *a.named_plan, r);
  }
}

void check_active_plan(Checker& c, const ActivePlan& plan) {
  c.pattern("TransferLA", plan.transfer_la, 3, "Transfer LA code", "816");
  const std::string holder = c.where;
  for (std::size_t i = 0; i < plan.placements.size(); ++i) {
    const auto& p = plan.placements[i];
    c.where = holder + ", " + nth("placement", i);
    check_placement(c, p);
    if (!p.entry_date) c.add("EntryDate", "The date the child started at this placement is missing: add it");
    if (before(p.leaving_date, p.entry_date))
      c.add("LeavingDate", "The leaving date is before the entry date: check both dates");
    c.code("Res", p.res, residential, "Residential code", "choose A (38 to 51 weeks) or B (52 weeks), or leave it out");
    c.code("WBP", p.wbp, work_based, "Work-based placement code",
           "choose A (apprenticeship), T (traineeship) or S (supported internship), or leave it out");
  }
  c.where = holder;
  c.ranks(plan.placements, &PlacementDetail::placement_rank, "PlacementDetail", "PlacementRank", "placement",
          "main placement", "other placement",
          "The active plan has no placement: add where the child is educated now");
  for (std::size_t i = 0; i < plan.needs.size(); ++i) {
    c.where = holder + ", " + nth("need", i);
    c.code("SENtype", plan.needs[i].type, needs, "Type of need", "choose one of the DfE's types, like ASD or SLCN");
    c.rank(plan.needs[i].rank, "SENtypeRank", "choose 1 for the primary need or 2 for the secondary need");
  }
  c.where = holder;
  c.ranks(plan.needs, &SenNeed::rank, "SENneed", "SENtypeRank", "need", "primary need", "secondary need",
          "The active plan has no primary need: add the child's primary need (rank 1)");
  if (plan.needs.size() == 2 && !plan.needs[0].type.empty() && plan.needs[0].type == plan.needs[1].type)
    c.add("SENtype", "The primary and secondary needs are the same: change the secondary need or remove it");
  c.code("ReviewOutcome", plan.review_outcome, review_outcomes, "Review outcome",
         "choose A (amend), C (cease) or M (maintain), or leave it out");
  if (given(plan.review_outcome) && !plan.review_meeting)
    c.add("ReviewMeeting", "There is a review outcome but no review meeting date: add the date of the meeting");
}

void check_request(Checker& c, const Request& r) {
  if (before(r.outcome_date, r.received_date))
    c.add("RequestOutcomeDate", "The request outcome date is before the request was received: check both dates");
  c.code("RequestOutcome", r.outcome, outcomes, "Request outcome",
         "choose Y (assessed), N (not assessed), A (not yet decided), W (withdrawn) or H (historical)");
  c.pattern("Exported", r.exported, 3, "Exported LA code", "816");
  const std::string holder = c.where;
  if (r.assessment) {
    c.where = holder + ", assessment";
    check_assessment(c, *r.assessment, r, holder);
  }
  if (r.active_plan) {
    c.where = holder + ", active plan";
    check_active_plan(c, *r.active_plan);
  }
  c.where = holder;
}

void check_person(Checker& c, const Person& p, const Header& h) {
  c.child = p.child_ref;
  c.where = "";
  if (p.surname.empty()) c.add("Surname", "Surname is missing: add the child's surname");
  c.text("Surname", p.surname, "The surname");
  if (p.forename.empty()) c.add("Forename", "Forename is missing: add the child's first name");
  c.text("Forename", p.forename, "The forename");
  if (!p.birth_date) c.add("PersonBirthDate", "Date of birth is missing: add the child's date of birth");
  else if (before(h.reference_date, p.birth_date))
    c.add("PersonBirthDate", "The date of birth is after the census date: check it");
  c.code("Sex", p.sex, sexes, "Sex", "choose M (male), F (female) or U (not known)");
  c.code("Ethnicity", p.ethnicity, ethnicities, "Ethnicity",
         "choose the DfE code for the child's ethnic group, like WBRI, or REFU (refused) or NOBT (not yet obtained)");
  c.text("PostCode", p.postcode, "The postcode");
  if (!given(p.upn) && !given(p.upn_unknown))
    c.add("UPN", "No UPN and no reason why it is unknown: add the UPN or choose a UPNunknown reason (UN1 to UN10)");
  if (given(p.upn) && !upn_format(*p.upn))
    c.add("UPN", "UPN " + quoted(*p.upn) + " is not in the right form: a capital letter then 12 digits, or for a "
                 "temporary UPN a capital letter, 11 digits and a capital letter, with no spaces");
  c.pattern("UniqueLearnerNumber", p.uln, 10, "Unique learner number", "1234567890");
  c.code("UPNunknown", p.upn_unknown, upn_unknowns, "UPNunknown reason", "choose UN1 to UN10");
  if (given(p.upn) && given(p.upn_unknown))
    c.add("UPNunknown", "There is a UPN and also a reason why it is unknown: remove the UPNunknown reason");
  if (p.requests.empty())
    c.add("Requests",
          "There is no request for this child: SEN2 needs at least one, so add the request that led to the plan");
  for (std::size_t i = 0; i < p.requests.size(); ++i) {
    c.where = nth("Request", i);
    check_request(c, p.requests[i]);
  }
}

void check_header(Checker& c, const Header& h) {
  c.where = "Header";
  if (h.year && (*h.year < 1900 || *h.year > 2199)) c.add("Year", "The collection year must be a year like 2024");
  else if (h.year && h.reference_date && static_cast<int>(calendar::year_of(*h.reference_date)) != *h.year)
    c.add("ReferenceDate", "The census date " + calendar::format_date(*h.reference_date) + " is not in the collection year " +
                               std::to_string(*h.year) + ": check both");
  if (!digits(h.lea, 3)) c.add("LEA", "The local authority code " + quoted(h.lea) + " must be 3 digits, like 816");
  if (h.software_code) c.text("SoftwareCode", *h.software_code, "The software code");
  if (h.release) c.text("Release", *h.release, "The release");
  if (given(h.serial_no) && (h.serial_no->size() < 3 || !digits(*h.serial_no, h.serial_no->size())))
    c.add("SerialNo", "The serial number " + quoted(*h.serial_no) + " must be 3 or more digits, like 001");
  if (h.date_time) {
    const auto& t = *h.date_time;
    if (t.hour < 0 || t.hour > 23 || t.minute < 0 || t.minute > 59 || t.second < 0 || t.second > 59)
      c.add("DateTime", "The time the file was made is not a real time of day");
  }
  c.code("DMO", h.dmo, dmo_dco, "DMO", "choose Y, N or R");
  c.code("DCO", h.dco, dmo_dco, "DCO", "choose Y, N or R");
}

}  // namespace

std::vector<Sen2Problem> check_sen2(const Sen2Return& r) {
  Checker c;
  check_header(c, r.header);
  c.where = "";
  if (r.persons.empty()) c.add("Persons", "The return has no children in it: SEN2 needs at least one");
  for (const auto& p : r.persons) check_person(c, p, r.header);
  return std::move(c.problems);
}

}  // namespace sendhub::sen2
