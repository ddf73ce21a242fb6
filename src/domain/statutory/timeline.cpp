#include "domain/statutory/timeline.h"

#include <algorithm>
#include <array>

#include "domain/statutory/process_rules.h"

namespace sendhub::statutory {

std::string_view to_string(Status s) {
  switch (s) {
    case Status::met: return "met";
    case Status::missed: return "missed";
    case Status::due: return "due";
    case Status::overdue: return "overdue";
    case Status::exception: return "exception";
    case Status::not_applicable: return "not_applicable";
  }
  return "unknown";
}

Status status_of(Date due, std::optional<Date> done, Date today) {
  if (done) return *done <= due ? Status::met : Status::missed;
  return today > due ? Status::overdue : Status::due;
}

namespace detail {

const Event* first(const std::vector<Event>& events, EventType type) {
  for (const auto& e : events)
    if (e.type == type) return &e;
  return nullptr;
}

const Event* last(const std::vector<Event>& events, EventType type) {
  for (auto it = events.rbegin(); it != events.rend(); ++it)
    if (it->type == type) return &*it;
  return nullptr;
}

std::optional<Date> first_on_or_after(const std::vector<Event>& events, EventType type, Date from) {
  for (const auto& e : events)
    if (e.type == type && e.date >= from) return e.date;
  return std::nullopt;
}

std::optional<Date> date_of(const Event* event) { return event ? std::optional<Date>(event->date) : std::nullopt; }

Result<void> none_before(const CaseHistory& h, const Event& start, std::string_view what) {
  for (const auto& e : h.events)
    if (e.date < start.date)
      return impossible(e, "is before " + std::string(what) + " (" + calendar::format_date(start.date) + ")");
  return {};
}

std::string_view advice_key(Adviser a) {
  static constexpr std::array<std::string_view, 8> keys = {
      "advice:none", "advice:parent", "advice:education", "advice:health", "advice:psychology",
      "advice:social_care", "advice:preparing_for_adulthood", "advice:other"};
  return keys[static_cast<std::size_t>(a)];
}

std::unexpected<Error> impossible(const Event& event, std::string why) {
  return std::unexpected(Error{ErrorCode::invalid_input,
                               std::string(to_string(event.type)) + " on " + calendar::format_date(event.date) + " " + why,
                               std::string(to_string(event.type))});
}

void add(Timeline& t, const Rule& rule, std::string_view key, Date due, std::optional<Date> done, Date today,
         bool not_applicable) {
  Status s = not_applicable && !done ? Status::not_applicable : status_of(due, done, today);
  t.milestones.push_back(Milestone{key, due, done, s, &rule});
}

void add_representation_period(Timeline& t, const Rule& rule, Date sent, const Event* plan_issued, Date today) {
  Date due = due_date(rule, sent);
  if (plan_issued) {
    t.milestones.push_back(Milestone{rule.key, due, plan_issued->date, plan_issued->date > due ? Status::met : Status::missed, &rule});
  } else if (today > due) {
    t.milestones.push_back(Milestone{rule.key, due, due, Status::met, &rule});
  } else {
    t.milestones.push_back(Milestone{rule.key, due, std::nullopt, Status::due, &rule});
  }
}

}  // namespace detail

Result<Timeline> compute_timeline(const CaseHistory& history, Date today) {
  for (const auto& e : history.events)
    if (!belongs_to(e.type, history.process))
      return std::unexpected(Error{ErrorCode::invalid_input,
                                   "event type " + std::string(to_string(e.type)) + " does not belong to a " +
                                       std::string(to_string(history.process)) + " case",
                                   "events"});
  auto by_date = [](const Event& a, const Event& b) { return a.date < b.date; };
  // Histories usually arrive in date order; copy and sort (stably, keeping same-day events in
  // the order recorded) only when they do not.
  std::optional<CaseHistory> copy;
  if (!std::is_sorted(history.events.begin(), history.events.end(), by_date)) {
    copy = history;
    std::stable_sort(copy->events.begin(), copy->events.end(), by_date);
  }
  const CaseHistory& sorted = copy ? *copy : history;
  Timeline t{history.process, {}, std::nullopt, false};
  Result<void> ok;
  switch (history.process) {
    case Process::ehc_needs_assessment: ok = detail::ehc_needs_assessment(sorted, today, t); break;
    case Process::annual_review: ok = detail::annual_review(sorted, today, t); break;
    case Process::phase_transfer: ok = detail::phase_transfer(sorted, today, t); break;
    case Process::reassessment: ok = detail::reassessment(sorted, today, t); break;
    case Process::la_transfer: ok = detail::la_transfer(sorted, today, t); break;
    case Process::disagreement: ok = detail::disagreement(sorted, today, t); break;
    case Process::tribunal_order: ok = detail::tribunal_order(sorted, today, t); break;
  }
  if (!ok) return std::unexpected(ok.error());
  return t;
}

}  // namespace sendhub::statutory
