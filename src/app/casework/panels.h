// Multi-agency panels. The SEN team sets panel dates and lists cases for them; at the meeting
// the panel's recommendation for each case (assess, do not assess, issue a plan, do not issue,
// more information needed) is recorded with its reasons, the same way every time. The
// statutory decision itself is still recorded on the case by the SEN team.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct Recommendation {
  std::string_view code, label;
};
std::span<const Recommendation> recommendations();

struct Panel {
  std::string id, la_code, meets_on;  // YYYY-MM-DD
  int cases = 0;
};

Result<std::vector<identity::FieldProblem>> create_panel(store::Database& db, const access::Actor& actor,
                                                         const std::string& meets_on, const RequestContext& ctx);
// Panels of the actor's authorities from today on (past ones too when include_past).
Result<std::vector<Panel>> panels_for(store::Database& db, const access::Actor& actor, calendar::Date today, bool include_past);

Result<std::vector<identity::FieldProblem>> list_for_panel(store::Database& db, const access::Actor& actor,
                                                           const std::string& panel_id, const std::string& case_id,
                                                           const RequestContext& ctx);

struct AgendaItem {
  std::string case_id, child_id, la_code, child_name, stage, recommendation, reasons;
};
// not_found when the panel is not the actor's authority's.
Result<std::pair<Panel, std::vector<AgendaItem>>> panel_agenda(store::Database& db, const access::Actor& actor,
                                                               const std::string& panel_id, calendar::Date today);

Result<std::vector<identity::FieldProblem>> record_recommendation(store::Database& db, const access::Actor& actor,
                                                                  const std::string& panel_id, const std::string& case_id,
                                                                  const std::string& recommendation, const std::string& reasons,
                                                                  const RequestContext& ctx);

}  // namespace sendhub::app
