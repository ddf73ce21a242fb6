// The area's KPI facts read from the store: all of them once when a server starts, then only
// the cases and children the kpi_changes feed names. The facts are derived from each case's
// events by domain/kpi/case_facts, never stored, so the case history stays the one source.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "domain/kpi/area_facts.h"
#include "store/database.h"

namespace sendhub::app::kpi {

namespace k = sendhub::kpi;

// Where a case's facts sit in AreaFacts, so a change replaces them in place.
struct CaseSlot {
  std::uint32_t child = 0;
  std::int32_t request = -1, review = -1, transfer = -1, disagreement = -1, choice = -1;
  std::vector<std::uint32_t> advice, appealable;
};

struct AreaIndex {
  std::unordered_map<std::string, std::uint32_t> children, plans, las, districts, settings, organisations, complaints;
  std::unordered_map<std::string, CaseSlot> cases;
  std::vector<std::string> case_ids_of_requests, child_ids, plan_ids;  // for drill-down lists
  std::unordered_map<std::string, std::vector<std::uint32_t>> plans_of_child;
  std::size_t histories_rejected = 0;  // case histories the statutory engine refused (counted, not guessed)
};

struct LoadedArea {
  k::AreaFacts facts;
  AreaIndex index;
  // Read from a snapshot, the index's lookups by id (cases, children, plans, complaints) are
  // built only when a change is applied (complete_index): a start that only reads the figures,
  // like `sendhub kpi`, never needs them. The tables, id lists and facts are always complete.
  bool index_complete = true;
  std::string unread_index;  // the snapshot's bytes for the cases and complaints, until then
};

// Builds the lookups a snapshot left unread (area_snapshot.cpp); nothing when already complete.
void complete_index(LoadedArea& area);

// A case as the KPIs and SEN2 read it: its child, its history, and the organisations of the
// people asked to contribute (kind, name).
struct CaseRows {
  std::string child_id;
  statutory::CaseHistory history;
  std::vector<std::pair<std::string, std::string>> organisations;
  std::string school_wanted, school_named;  // the family's latest reply, and the setting the plan names
};
// Cases matching `where` (a clause on `cases k`, with parameters p), with their events,
// exceptions and who was asked, in three queries for any number of cases.
Result<std::unordered_map<std::string, CaseRows>> read_cases(store::Connection& c, const std::string& where,
                                                             std::span<const store::Value> p);

// Everything, for a cold start. today: the statutory engine's "today" (open milestones).
Result<LoadedArea> load_area(store::Connection& c, calendar::Date today);

// Reloads one case, or one child (its details and its plans); child "*" reloads everything.
// Afterwards, kpi::sync_child_copies(area.facts, false) brings the records' copies of their
// children up to date (until then a walk reads the children themselves).
Result<void> reload_case(store::Connection& c, LoadedArea& area, const std::string& case_id, calendar::Date today);
// A child's details, plans and complaints.
Result<void> reload_child(store::Connection& c, LoadedArea& area, const std::string& child_id);

}  // namespace sendhub::app::kpi
