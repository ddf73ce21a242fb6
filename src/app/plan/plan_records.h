// Plans as stored (migration 0013): the plan's row, its issued versions (immutable, each the
// sendhub-plan/1 JSON it was), and the council's working copy with one edit lock per section.
// Connection-level reads and writes, for use inside a use case's transaction.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/plan/plan.h"
#include "store/database.h"

namespace sendhub::app {

struct PlanRow {
  std::string id, child_id, la_code, case_id, created_at;
};

struct PlanVersionSummary {
  std::int64_t version = 0;
  std::string status, plan_date, issued_at, issued_by_name, source;
};

struct PlanVersion {
  PlanVersionSummary summary;
  plan::Plan plan;
};

struct SectionLock {
  std::int64_t version = 0;
  std::string updated_by_name, updated_at;
};

struct WorkingCopy {
  plan::Plan plan;
  std::map<plan::Section, SectionLock> locks;  // sections never saved are absent (version 0)
  std::int64_t lock_of(plan::Section s) const;
};

Result<std::optional<PlanRow>> plan_row(store::Connection& c, const std::string& plan_id);
Result<std::optional<PlanRow>> plan_for_case(store::Connection& c, const std::string& case_id);
// The child's plans, newest first.
Result<std::vector<PlanRow>> plans_for_child(store::Connection& c, const std::string& child_id);

Result<std::vector<PlanVersionSummary>> plan_versions(store::Connection& c, const std::string& plan_id);
// version 0: the newest.
Result<std::optional<PlanVersion>> plan_version(store::Connection& c, const std::string& plan_id, std::int64_t version = 0);
Result<void> insert_plan_version(store::Connection& c, const std::string& plan_id, const plan::Plan& plan,
                                 const std::string& issued_by, const std::string& source, const std::string& issued_at);

Result<std::optional<WorkingCopy>> working_copy(store::Connection& c, const std::string& plan_id);
// Writes the document and moves each touched section's lock on by one.
Result<void> save_working_copy(store::Connection& c, const std::string& plan_id, const plan::Plan& plan,
                               const std::vector<plan::Section>& touched, const std::string& user_id, const std::string& at);

}  // namespace sendhub::app
