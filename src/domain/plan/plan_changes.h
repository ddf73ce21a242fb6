// What changed between two versions of a plan, item by item and field by field, in words a
// family can follow ("Provision f1: how often changed from 1 session each week to 2 sessions
// each week"). Items are matched by id, so a reworded need shows as changed, not replaced.
#pragma once

#include <string>
#include <vector>

#include "domain/plan/plan.h"

namespace sendhub::plan {

struct FieldChange {
  std::string field, before, after;  // "How often", "1 session each week", "2 sessions each week"
};

enum class ChangeKind { added, removed, changed };

struct Change {
  std::string section;  // "A" … "K", "H1", or "plan" for the plan's own dates and details
  std::string item_id;  // empty for sections without items (I, J) and the plan's details
  ChangeKind kind = ChangeKind::changed;
  std::string what;     // "Need b1", "Outcome o2", "Placement (section I)"
  std::string text;     // an added or removed item's words
  std::vector<FieldChange> fields;
};

// In section order, A to K, then the plan's details.
std::vector<Change> plan_changes(const Plan& before, const Plan& after);

}  // namespace sendhub::plan
