// Plans leaving and entering SENDhub in the open sendhub-plan/1 format (plan-format.md), for the
// command line (`sendhub export plan`, `sendhub import plan`) and for moving a plan between
// councils. An import is all or nothing: a file with any problem writes nothing and every
// problem is listed. Both are audited; the command line is named as the actor.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace sendhub::app {

// The plan's newest version (version 0) or the one asked for, exactly as stored. not_found when
// there is no such plan or version.
Result<std::string> export_plan(store::Database& db, const std::string& plan_id, std::int64_t version, const std::string& source);

struct ImportReport {
  std::vector<std::string> problems;  // non-empty: nothing was written
  std::string plan_id, child_id;
  std::int64_t version = 0;
  bool created_child = false;   // no child matched, so a record was made from the plan
  bool already_there = false;   // the same version was imported before; nothing changed
};

// child_id: the record the plan belongs to; empty to match by name and date of birth within the
// plan's local authority (or make a record when none matches).
Result<ImportReport> import_plan(store::Database& db, const std::string& text, const std::string& child_id,
                                 const std::string& source, std::int64_t now);

}  // namespace sendhub::app
