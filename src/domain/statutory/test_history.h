// Test helpers for building case histories and reading timelines.
#pragma once

#include <gtest/gtest.h>

#include "domain/statutory/timeline.h"

namespace sendhub::statutory::testing {

inline Date d(std::string_view s) { return *calendar::parse_date(s); }

inline Event ev(EventType type, std::string_view date) { return Event{type, d(date)}; }
inline Event decided(std::string_view date, Outcome o) {
  Event e{EventType::decision_to_assess, d(date)};
  e.outcome = o;
  return e;
}
inline Event advice(EventType type, std::string_view date, Adviser a) {
  Event e{type, d(date)};
  e.adviser = a;
  return e;
}

inline Timeline timeline(Process p, std::vector<Event> events, std::string_view today,
                         std::vector<ExceptionPeriod> exceptions = {}) {
  auto t = compute_timeline(CaseHistory{p, std::move(events), std::move(exceptions)}, d(today));
  EXPECT_TRUE(t) << (t ? "" : t.error().message);
  return t ? *t : Timeline{p, {}, std::nullopt, false};
}

inline const Milestone& milestone(const Timeline& t, std::string_view key) {
  for (const auto& m : t.milestones)
    if (m.key == key) return m;
  static Milestone missing{"missing", Date{}, std::nullopt, Status::not_applicable, nullptr};
  ADD_FAILURE() << "no milestone " << key;
  return missing;
}

inline bool has(const Timeline& t, std::string_view key) {
  for (const auto& m : t.milestones)
    if (m.key == key) return true;
  return false;
}

inline std::string due(const Timeline& t, std::string_view key) { return calendar::format_date(milestone(t, key).due); }
inline Status status(const Timeline& t, std::string_view key) { return milestone(t, key).status; }

}  // namespace sendhub::statutory::testing
