// The SEN team records each step of a disagreement as it happens: the family's contact with the
// mediation adviser (mediation wanted or not), the mediation and how it ended, the certificate,
// the appeal registered with the tribunal, the council's response, and how the appeal ended.
// An order opens a tribunal_order case whose clock is the time reg 44 gives to carry it out.
// Closing without an appeal (the family decided not to go on) is recorded the same way.
#pragma once

#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct DisagreementStep {
  std::string case_id;
  std::string step;  // mediation, mediation_held, certificate, appeal, response, appeal_ended, close
  std::string date;  // YYYY-MM-DD, empty for today
  std::string choice;  // mediation: requested|declined; mediation_held: an outcome; appeal_ended: an outcome
  std::string tribunal_reference;  // appeal
  std::string hearing_on;          // appeal_ended, optional
  std::string order;               // appeal_ended with an order: assess, make_plan, amend, name_school, continue, cease
};

Result<std::vector<identity::FieldProblem>> record_disagreement_step(store::Database& db, const access::Actor& actor,
                                                                     const DisagreementStep& step, const RequestContext& ctx);

// The order case: the council records that it did what the tribunal ordered (for an order to
// make a plan, first the draft and then the final plan). The case closes when nothing is left.
Result<std::vector<identity::FieldProblem>> record_order_carried_out(store::Database& db, const access::Actor& actor,
                                                                     const std::string& case_id, const std::string& date,
                                                                     const RequestContext& ctx);

// What the next "carried out" records for this order case, or nothing when all is done.
std::optional<statutory::EventType> next_order_step(const CaseRecord& order_case);

}  // namespace sendhub::app
