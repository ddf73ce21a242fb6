// A statutory case as the clock sees it: which process, its dated events and any permitted
// exceptions. Built from JSON by timeline_json.cpp, or from the store by the casework use cases.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/calendar/date.h"

namespace sendhub::statutory {

using calendar::Date;

enum class Process { ehc_needs_assessment, annual_review, phase_transfer, reassessment, la_transfer, disagreement, tribunal_order };

enum class EventType {
  // ehc_needs_assessment
  request_received, decision_to_assess, advice_requested, advice_received, decision_not_to_issue, draft_plan_issued,
  final_plan_issued, withdrawn,
  // annual_review
  plan_issued, review_meeting_scheduled, invitations_sent, advice_circulated, review_meeting_held, review_report_sent,
  review_decision, proposed_amendments_sent, amended_plan_issued,
  // phase_transfer (amended_plan_issued completes it)
  transfer_planned,
  // reassessment
  reassessment_requested, reassessment_decision,
  // la_transfer
  old_la_notified, moved, plan_transferred, new_la_notified,
  // disagreement
  decision_notice_sent, mediation_declined, mediation_requested, mediation_concluded, certificate_issued, appeal_registered,
  la_response_sent, appeal_concluded,
  // tribunal_order (draft_plan_issued, final_plan_issued and amended_plan_issued complete it)
  order_made, assessment_notice_sent, plan_continued, plan_ceased,
};

enum class Outcome { none, assess, not_assess, maintain, amend, cease };
enum class Adviser { none, parent, education, health, psychology, social_care, preparing_for_adulthood, other };
enum class Order { none, assess, make_plan, amend, name_school, continue_plan, cease };
enum class Phase { none, early_years, school, infant, junior, primary, middle, secondary, post16 };

struct Event {
  EventType type;
  Date date;
  Outcome outcome = Outcome::none;
  Adviser adviser = Adviser::none;
  Order order = Order::none;
  Phase from_phase = Phase::none;
  Phase to_phase = Phase::none;
};

enum class ExceptionType { institution_closure, absence_from_area, exceptional_personal_circumstances };

struct ExceptionPeriod {
  ExceptionType type;
  Date from;  // closure: the day it closes
  Date to;    // closure: the day it reopens
};

struct CaseHistory {
  Process process;
  std::vector<Event> events;  // any order; the engine sorts a copy by date
  std::vector<ExceptionPeriod> exceptions;
};

std::string_view to_string(Process p);
std::optional<Process> process_from_string(std::string_view s);
std::string_view to_string(EventType t);
std::optional<EventType> event_type_from_string(std::string_view s);
std::string_view to_string(Adviser a);
std::optional<Adviser> adviser_from_string(std::string_view s);
std::optional<Outcome> outcome_from_string(std::string_view s);
std::optional<Order> order_from_string(std::string_view s);
std::string_view to_string(Order o);
std::optional<Phase> phase_from_string(std::string_view s);
std::string_view to_string(Phase p);
std::optional<ExceptionType> exception_type_from_string(std::string_view s);

// Which event types belong to a process (anything else in its history is an error).
bool belongs_to(EventType type, Process process);

}  // namespace sendhub::statutory
