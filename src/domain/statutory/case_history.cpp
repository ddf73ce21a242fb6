#include "domain/statutory/case_history.h"

#include <algorithm>
#include <array>
#include <utility>

namespace sendhub::statutory {
namespace {

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& names, E value) {
  for (const auto& [v, n] : names)
    if (v == value) return n;
  return "unknown";
}

template <class E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view s) {
  for (const auto& [v, n] : names)
    if (n == s) return v;
  return std::nullopt;
}

constexpr std::array<std::pair<Process, std::string_view>, 7> process_names{{
    {Process::ehc_needs_assessment, "ehc_needs_assessment"}, {Process::annual_review, "annual_review"},
    {Process::phase_transfer, "phase_transfer"}, {Process::reassessment, "reassessment"},
    {Process::la_transfer, "la_transfer"}, {Process::disagreement, "disagreement"},
    {Process::tribunal_order, "tribunal_order"},
}};

constexpr std::array<std::pair<EventType, std::string_view>, 36> event_names{{
    {EventType::request_received, "request_received"}, {EventType::decision_to_assess, "decision_to_assess"},
    {EventType::advice_requested, "advice_requested"}, {EventType::advice_received, "advice_received"},
    {EventType::decision_not_to_issue, "decision_not_to_issue"}, {EventType::draft_plan_issued, "draft_plan_issued"},
    {EventType::final_plan_issued, "final_plan_issued"}, {EventType::withdrawn, "withdrawn"},
    {EventType::plan_issued, "plan_issued"}, {EventType::review_meeting_scheduled, "review_meeting_scheduled"},
    {EventType::invitations_sent, "invitations_sent"}, {EventType::advice_circulated, "advice_circulated"},
    {EventType::review_meeting_held, "review_meeting_held"}, {EventType::review_report_sent, "review_report_sent"},
    {EventType::review_decision, "review_decision"}, {EventType::proposed_amendments_sent, "proposed_amendments_sent"},
    {EventType::amended_plan_issued, "amended_plan_issued"}, {EventType::transfer_planned, "transfer_planned"},
    {EventType::reassessment_requested, "reassessment_requested"},
    {EventType::reassessment_decision, "reassessment_decision"}, {EventType::old_la_notified, "old_la_notified"},
    {EventType::moved, "moved"}, {EventType::plan_transferred, "plan_transferred"},
    {EventType::new_la_notified, "new_la_notified"}, {EventType::decision_notice_sent, "decision_notice_sent"},
    {EventType::mediation_declined, "mediation_declined"}, {EventType::mediation_requested, "mediation_requested"},
    {EventType::mediation_concluded, "mediation_concluded"}, {EventType::certificate_issued, "certificate_issued"},
    {EventType::appeal_registered, "appeal_registered"}, {EventType::la_response_sent, "la_response_sent"},
    {EventType::appeal_concluded, "appeal_concluded"}, {EventType::order_made, "order_made"},
    {EventType::assessment_notice_sent, "assessment_notice_sent"}, {EventType::plan_continued, "plan_continued"},
    {EventType::plan_ceased, "plan_ceased"},
}};

constexpr std::array<std::pair<Adviser, std::string_view>, 7> adviser_names{{
    {Adviser::parent, "parent"}, {Adviser::education, "education"}, {Adviser::health, "health"},
    {Adviser::psychology, "psychology"}, {Adviser::social_care, "social_care"},
    {Adviser::preparing_for_adulthood, "preparing_for_adulthood"}, {Adviser::other, "other"},
}};

constexpr std::array<std::pair<Outcome, std::string_view>, 5> outcome_names{{
    {Outcome::assess, "assess"}, {Outcome::not_assess, "not_assess"}, {Outcome::maintain, "maintain"},
    {Outcome::amend, "amend"}, {Outcome::cease, "cease"},
}};

constexpr std::array<std::pair<Order, std::string_view>, 6> order_names{{
    {Order::assess, "assess"}, {Order::make_plan, "make_plan"}, {Order::amend, "amend"},
    {Order::name_school, "name_school"}, {Order::continue_plan, "continue"}, {Order::cease, "cease"},
}};

constexpr std::array<std::pair<Phase, std::string_view>, 8> phase_names{{
    {Phase::early_years, "early_years"}, {Phase::school, "school"}, {Phase::infant, "infant"}, {Phase::junior, "junior"},
    {Phase::primary, "primary"}, {Phase::middle, "middle"}, {Phase::secondary, "secondary"}, {Phase::post16, "post16"},
}};

constexpr std::array<std::pair<ExceptionType, std::string_view>, 3> exception_names{{
    {ExceptionType::institution_closure, "institution_closure"},
    {ExceptionType::absence_from_area, "absence_from_area"},
    {ExceptionType::exceptional_personal_circumstances, "exceptional_personal_circumstances"},
}};

}  // namespace

std::string_view to_string(Process p) { return name_of(process_names, p); }
std::optional<Process> process_from_string(std::string_view s) { return value_of(process_names, s); }
std::string_view to_string(EventType t) { return name_of(event_names, t); }
std::optional<EventType> event_type_from_string(std::string_view s) { return value_of(event_names, s); }
std::string_view to_string(Adviser a) { return name_of(adviser_names, a); }
std::optional<Adviser> adviser_from_string(std::string_view s) { return value_of(adviser_names, s); }
std::optional<Outcome> outcome_from_string(std::string_view s) { return value_of(outcome_names, s); }
std::optional<Order> order_from_string(std::string_view s) { return value_of(order_names, s); }
std::string_view to_string(Order o) { return name_of(order_names, o); }
std::optional<Phase> phase_from_string(std::string_view s) { return value_of(phase_names, s); }
std::string_view to_string(Phase p) { return name_of(phase_names, p); }
std::optional<ExceptionType> exception_type_from_string(std::string_view s) { return value_of(exception_names, s); }

bool belongs_to(EventType t, Process p) {
  using E = EventType;
  auto in = [t](std::initializer_list<E> list) { return std::find(list.begin(), list.end(), t) != list.end(); };
  switch (p) {
    case Process::ehc_needs_assessment:
      return in({E::request_received, E::decision_to_assess, E::advice_requested, E::advice_received,
                 E::decision_not_to_issue, E::draft_plan_issued, E::final_plan_issued, E::withdrawn});
    case Process::annual_review:
      return in({E::plan_issued, E::review_meeting_scheduled, E::invitations_sent, E::advice_requested, E::advice_received, E::advice_circulated,
                 E::review_meeting_held, E::review_report_sent, E::review_decision, E::proposed_amendments_sent,
                 E::amended_plan_issued});
    case Process::phase_transfer: return in({E::transfer_planned, E::amended_plan_issued});
    case Process::reassessment: return in({E::reassessment_requested, E::reassessment_decision});
    case Process::la_transfer: return in({E::old_la_notified, E::moved, E::plan_transferred, E::new_la_notified});
    case Process::disagreement:
      return in({E::decision_notice_sent, E::mediation_declined, E::mediation_requested, E::mediation_concluded,
                 E::certificate_issued, E::appeal_registered, E::la_response_sent, E::appeal_concluded});
    case Process::tribunal_order:
      return in({E::order_made, E::assessment_notice_sent, E::draft_plan_issued, E::final_plan_issued,
                 E::amended_plan_issued, E::plan_continued, E::plan_ceased});
  }
  return false;
}

}  // namespace sendhub::statutory
