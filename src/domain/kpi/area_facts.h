// What the partnership's KPIs need to know about an area, reduced from the case histories to
// small fixed-size records in flat arrays: a dashboard request scans these in memory instead of
// the database (issue 8). Dates are day numbers (days since 1970-01-01) so a scan compares
// integers. Every record is derived from a case's events by case_facts.cpp, never typed in.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "domain/calendar/date.h"
#include "domain/statutory/case_history.h"

namespace sendhub::kpi {

using Day = std::int32_t;
inline constexpr Day no_day = std::numeric_limits<Day>::min();
// An advice or appealable record whose case has since changed (its `request` or `child`).
inline constexpr std::uint32_t removed = std::numeric_limits<std::uint32_t>::max();

inline Day day_of(calendar::Date d) { return static_cast<Day>(d.time_since_epoch().count()); }
inline calendar::Date date_of(Day d) { return calendar::Date{std::chrono::days{d}}; }

// Codes are small indexes into the lists in breakdowns.h, so a breakdown is an array index.
using CodeIndex = std::uint8_t;
inline constexpr CodeIndex unknown = 0;

struct ChildFacts {
  Day born = no_day;
  std::uint16_t la = 0;        // index into AreaFacts::las
  std::uint16_t district = 0;  // index into AreaFacts::districts (0: not known)
  std::uint32_t setting = 0;   // index into AreaFacts::settings (0: none recorded)
  CodeIndex need = unknown, sex = unknown, ethnicity = unknown;
  CodeIndex setting_type = unknown;  // where the child is educated, see breakdowns.h
};

// One EHC needs assessment: from the request to a plan, a refusal, or a withdrawal.
struct RequestFacts {
  std::uint32_t child = 0;
  Day received = no_day;
  Day decided = no_day, decision_due = no_day;
  bool assess = false;
  Day final_issued = no_day, final_due = no_day;
  bool exception = false;   // a permitted exception (reg 10(4)) applies: SEN2's Week20 flag
  Day not_issued = no_day;  // decided not to issue a plan after assessing
  Day withdrawn = no_day;
};

struct AdviceFacts {
  std::uint32_t request = 0;       // index into AreaFacts::requests
  std::uint32_t organisation = 0;  // index into AreaFacts::organisations (0: not recorded)
  statutory::Adviser adviser = statutory::Adviser::none;
  // Not received, and the request ended (withdrawn, or no plan to be issued) by its due date:
  // advice no longer needed is not counted late.
  bool no_longer_needed = false;
  Day asked = no_day, due = no_day, received = no_day;
};

struct ReviewFacts {
  std::uint32_t child = 0;
  Day held = no_day, due = no_day;                // the meeting, and 12 months from the last
  Day decided = no_day, decision_due = no_day;    // the decision, 4 weeks from the meeting
};

struct TransferFacts {
  std::uint32_t child = 0;
  Day amended = no_day, due = no_day;  // the amended plan naming the new setting, and its deadline
};

struct PlanFacts {
  std::uint32_t child = 0;
  Day issued = no_day;  // the first final plan
  Day ceased = no_day;
  CodeIndex cease_reason = unknown;  // SEN2 cease reason 1-9
  bool pfa_outcomes = false;  // its latest final version has an outcome for preparing for adulthood
};

// A plan amended to name a new school or setting (a phase transfer, or a move) after the family
// said which one they wanted.
struct SchoolChoiceFacts {
  std::uint32_t child = 0;
  Day named = no_day;         // the amended plan naming it
  bool first_choice = false;  // the school named is the one the family asked for
};

struct DisagreementFacts {
  std::uint32_t child = 0;
  Day decision_notice = no_day;  // an appealable decision the family disagreed with
  Day mediation = no_day;        // mediation asked for
  Day appeal = no_day;           // appeal registered with the Tribunal
};

// A decision a family may appeal to the Tribunal: the denominator of mediations and appeals.
struct AppealableFacts {
  std::uint32_t child = 0;
  Day decided = no_day;
};

// A complaint recorded on the child's record; only the topic and the day it was received count.
struct ComplaintFacts {
  std::uint32_t child = 0;
  Day received = no_day;
  bool communication = false;
};

// Each record's child's facts copied beside the record, position for position, so a walk over
// millions of records reads memory in order rather than jumping to a child for each one (the
// England-scale dashboard, issue 8). Derived from `children` by sync_child_copies
// (child_copies.h); `in_step` is false until then, and a walk reads the children instead.
struct ChildCopies {
  bool in_step = false;
  std::vector<ChildFacts> requests, advice, reviews, transfers, plans, choices, disagreements, appealable, complaints;
};

struct AreaFacts {
  std::vector<std::string> las{""}, districts{""}, settings{""}, organisations{""};
  std::vector<ChildFacts> children;
  std::vector<RequestFacts> requests;
  std::vector<AdviceFacts> advice;
  std::vector<ReviewFacts> reviews;
  std::vector<TransferFacts> transfers;
  std::vector<PlanFacts> plans;
  std::vector<DisagreementFacts> disagreements;
  std::vector<AppealableFacts> appealable;
  std::vector<SchoolChoiceFacts> choices;
  std::vector<ComplaintFacts> complaints;
  ChildCopies copies;
};

}  // namespace sendhub::kpi
