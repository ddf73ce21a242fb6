// The plan on a case: reading it (everyone entitled to the child's record sees the versions sent
// to the family; the council also sees its working copy), starting it from the record, and
// editing it one form at a time with an edit lock per section, so two people never overwrite
// each other. Every read and write is audited.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/casework/cases.h"
#include "app/plan/plan_records.h"
#include "domain/plan/plan_edits.h"

namespace sendhub::app {

struct PlanWorkspace {
  CaseRecord case_record;
  std::optional<PlanRow> row;                   // none until the council starts the plan
  std::optional<WorkingCopy> working;           // the council's only
  std::vector<PlanVersionSummary> versions;     // oldest first
  std::optional<PlanVersion> latest;            // the newest version sent or issued
  bool may_edit = false;                        // the council, while the case is open
  std::size_t advice_waiting = 0;               // advice received but not yet in section K
};

// not_found when the actor may not see the case (audited either way, as "plan.view").
Result<PlanWorkspace> open_plan(store::Database& db, const access::Actor& actor, const std::string& case_id,
                                const RequestContext& ctx);

// The council starts the plan once the decision to assess is recorded: the child's details,
// the family's views (section A) and the advice so far (section K) come from the record.
// Starting again is harmless: the plan already there is kept. Problems, or nothing.
Result<std::vector<identity::FieldProblem>> start_plan(store::Database& db, const access::Actor& actor,
                                                       const std::string& case_id, const RequestContext& ctx);

struct SectionConflict {
  plan::Section section;
  std::string by_name, at;  // who saved it since the editor opened it, and when
};

struct EditOutcome {
  std::vector<identity::FieldProblem> problems;
  std::optional<SectionConflict> conflict;  // nothing was saved; the form keeps what was typed
  std::string item_id;
};

using PlanEdit = std::function<plan::EditResult(plan::Plan&)>;
// seen: the lock of each section when the editor's page was drawn ("A1.B3"); only the sections
// the edit touches must still be at those locks.
Result<EditOutcome> edit_plan(store::Database& db, const access::Actor& actor, const std::string& case_id,
                              const std::string& seen, const PlanEdit& edit, const RequestContext& ctx);

// "A1.B3.F2": every section's lock, for a form to carry back.
std::string locks_token(const WorkingCopy& w);
std::map<plan::Section, std::int64_t> parse_locks_token(const std::string& token);

}  // namespace sendhub::app
