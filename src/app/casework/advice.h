// The advice portal: what each professional has been asked for and by when, and the advice
// itself (needs seen, recommended provision with who, what, how often and for how long, and
// suggested outcomes). Submitting advice records it as received on the case, which stops that
// adviser's six-week clock.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

// Which kind of advice a role gives (health, psychology …); none for roles that give none.
statutory::Adviser adviser_for_role(access::Role role);

struct AdviceRequest {
  std::string case_id, child_name;
  statutory::Adviser adviser;
  calendar::Date asked_on, due;
  bool overdue = false;
};
// Open requests for the actor's kind of advice on cases they may contribute to, soonest first.
Result<std::vector<AdviceRequest>> my_advice_requests(store::Database& db, const access::Actor& actor, calendar::Date today);

struct ProvisionItem {
  std::string what, who, how_often, how_long;
};

struct AdviceDraft {
  std::string case_id;
  std::string needs;
  std::vector<ProvisionItem> provision;  // empty rows are dropped before checking
  std::string outcomes;
};

// Problems with what was typed, or nothing when stored. not_found when the actor may not advise.
Result<std::vector<identity::FieldProblem>> submit_advice(store::Database& db, const access::Actor& actor,
                                                          const AdviceDraft& draft, const RequestContext& ctx);

struct SubmittedAdvice {
  std::string id;
  statutory::Adviser adviser;
  std::string author_name, submitted_at, needs, outcomes;
  std::vector<ProvisionItem> provision;
};
Result<std::vector<SubmittedAdvice>> advice_for_case(store::Database& db, const std::string& case_id);
Result<std::vector<SubmittedAdvice>> advice_for_case(store::Connection& c, const std::string& case_id);

struct PersonChoice {
  std::string user_id, label;  // "Harper Health, Demo NHS Foundation Trust"
};
// People who could be asked for this kind of advice in this authority.
Result<std::vector<PersonChoice>> people_who_advise(store::Database& db, statutory::Adviser adviser, const std::string& la_code);
Result<std::vector<PersonChoice>> people_who_advise(store::Connection& c, statutory::Adviser adviser, const std::string& la_code);
// Everyone who could be asked, for every kind of advice at once (one query, for the case page).
Result<std::map<statutory::Adviser, std::vector<PersonChoice>>> people_who_advise_all(store::Connection& c, const std::string& la_code);

}  // namespace sendhub::app
