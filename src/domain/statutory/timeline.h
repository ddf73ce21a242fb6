// The statutory clock for one case: every milestone with its due date, the date it was done and
// its status. The same computation backs the case page, the family's view, the API and
// `sendhub timeline`, so they can never disagree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/error.h"
#include "domain/statutory/case_history.h"
#include "domain/statutory/rules.h"

namespace sendhub::statutory {

enum class Status {
  met,             // done on or before the due date
  missed,          // done after the due date
  due,             // not done yet, and not late as of today
  overdue,         // not done yet, and late as of today
  exception,       // a permitted exception applies (reg 10(4)), as SEN2 counts it
  not_applicable,  // the case went another way (e.g. a decision not to assess)
};

std::string_view to_string(Status s);

struct Milestone {
  std::string_view key;  // "final_plan", "advice:health" … (static storage)
  Date due;
  std::optional<Date> done;
  Status status;
  const Rule* rule;
};

struct Timeline {
  Process process;
  std::vector<Milestone> milestones;
  // ehc_needs_assessment only: whether the final plan came within 20 weeks (unset while open or
  // when no plan was issued), and whether a permitted exception applies.
  std::optional<bool> within_20_weeks;
  bool exception_applies = false;
};

// Rejects impossible histories (a final plan before the request, a decision before the meeting,
// a missing starting event) with a message naming the event at fault.
Result<Timeline> compute_timeline(const CaseHistory& history, Date today);

// Shared by the per-process files.
Status status_of(Date due, std::optional<Date> done, Date today);

}  // namespace sendhub::statutory
