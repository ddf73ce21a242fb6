// Review planning (issue 7): which plans are due for their annual review soon or overdue, and
// which children move phase next September with the date their amended plan must be issued by.
// Pure: the plans come in as facts, every date comes from the statutory engine.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar/date.h"
#include "domain/statutory/case_history.h"

namespace sendhub::review {

using calendar::Date;

// One child's plan as the planning lists need it.
struct PlanOnRecord {
  std::string child_id, child_name;
  Date date_of_birth;
  // National Curriculum year as recorded (0 = Reception) in the academic year starting in
  // year_group_recorded_in; it moves up each September. Unset: worked out from the date of birth.
  std::optional<int> year_group;
  int year_group_recorded_in = 0;
  std::string setting_urn, setting_name, caseworker_name;
  Date plan_issued;                      // the first final plan
  std::optional<Date> last_review_held;  // the latest review meeting, if any
  std::optional<Date> meeting_scheduled; // the review now being arranged, if any
  std::string review_case_id;            // that review's case, if any
  std::optional<Date> last_amended;      // the latest amended plan issued
  std::string named_setting;             // the setting the latest amended plan names
  bool ceased = false;
};

// National Curriculum year in the academic year that starts on 1 September of `year`
// (Reception = 0, Year 1 = 1 …): children start Reception in the September after they turn 4.
int curriculum_year(Date date_of_birth, int academic_year_starting);
// The calendar year in which the academic year containing `day` began.
int academic_year_of(Date day);
int year_group_on(const PlanOnRecord& p, Date day);
int age_on(Date date_of_birth, Date day);

struct DueReview {
  const PlanOnRecord* plan;
  Date due;                            // review.meeting from the statutory engine
  bool overdue = false, due_soon = false;  // due_soon: within four weeks
  // Under-5s: reviewing every 3 to 6 months is recommended (Code of Practice 9.178); the date
  // six months after the last review or the plan, when that comes before `due`.
  std::optional<Date> suggested_by;
};

// Plans not ceased whose review is due on or before today + horizon_days, soonest first.
std::vector<DueReview> due_reviews(const std::vector<PlanOnRecord>& plans, Date today, int horizon_days);

struct PhaseTransfer {
  const PlanOnRecord* plan;
  int from_year = 0, to_year = 0;
  statutory::Phase from_phase = statutory::Phase::none, to_phase = statutory::Phase::none;
  Date moves_on;   // 1 September of the move
  Date deadline;   // the last day the amended plan can be issued (the rule says "before" the date)
  std::string rule_id;
  bool overdue = false;
};

// Children who move phase next September (into Reception, Year 7 or Year 12) and whose plan has
// not yet been amended, this academic year, to name a setting. Soonest deadline first.
std::vector<PhaseTransfer> phase_transfers(const std::vector<PlanOnRecord>& plans, Date today);

}  // namespace sendhub::review
