#include "domain/review/ceasing.h"

#include "domain/review/review_planning.h"

namespace sendhub::review {

const std::vector<CeaseReason>& cease_reasons() {
  static const std::vector<CeaseReason> all{
      {"1", "Reached the maximum age", false},
      {"2", "Needs are met without an EHC plan", true},
      {"3", "Moved on to higher education", false},
      {"4", "Moved into paid employment (not an apprenticeship)", false},
      {"5", "Moved to another local authority", true},
      {"6", "The young person no longer wishes to take part in education or training", false},
      {"7", "Moved abroad", true},
      {"8", "Died", true},
      {"9", "Another reason", true},
  };
  return all;
}

std::optional<CeaseReason> cease_reason(std::string_view code) {
  for (const auto& r : cease_reasons())
    if (r.code == code) return r;
  return std::nullopt;
}

std::vector<CeaseProblem> cease_problems(const CeaseSteps& s, calendar::Date today) {
  std::vector<CeaseProblem> out;
  auto reason = cease_reason(s.reason_code);
  if (!reason) out.push_back({"cease_reason", "Select why the plan is ending: the SEN2 return needs the reason"});
  else if (!reason->under_18_allowed && age_on(s.date_of_birth, today) < 18)
    out.push_back({"cease_reason", "Under 18, a plan can end only when it is no longer needed (regulation 29): \"" +
                                       std::string(reason->label) + "\" cannot be the reason"});
  if (!s.family_consulted)
    out.push_back({"family_consulted", "Consult the family (the parent or the young person) before ending the plan, then tick to confirm"});
  if (!s.setting_consulted)
    out.push_back({"setting_consulted", "Consult the head teacher or principal of the school or college before ending the plan, then tick to confirm"});
  if (s.reasons.empty()) out.push_back({"reasons", "Give the reasons for ending the plan: the family's letter must include them"});
  return out;
}

}  // namespace sendhub::review
