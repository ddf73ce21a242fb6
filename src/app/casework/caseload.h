// The council SEN team's caseload: every open case the actor may see, each with its stage and
// the next statutory date from the engine, soonest first, overdue ones flagged.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "app/casework/cases.h"

namespace sendhub::app {

struct CaseloadRow {
  std::string case_id, child_id, child_name, la_code;
  std::string stage;            // as the family sees it: "Assessment under way"
  std::string caseworker_name;  // empty: nobody holds it yet
  std::string next_what;        // the milestone's plain-English name
  std::optional<calendar::Date> next_due;
  bool overdue = false;
  bool due_soon = false;        // within the next two weeks
  std::string caseworker_user_id, setting_urn, setting_name, primary_need;  // for the filters
};

struct CaseloadFilter {
  std::string holder_user_id;  // non-empty: only cases this person holds
  std::string stage;           // non-empty: only this stage
  std::string setting_urn;     // non-empty: only children at this school or setting
  std::string primary_need;    // non-empty: only children with this primary need (SEN2 code)
};

// What the filters can offer: the caseworkers, settings and needs among the cases the actor may see.
struct CaseloadChoices {
  std::vector<std::pair<std::string, std::string>> caseworkers, settings;  // id or URN, name
  std::vector<std::string> needs;
};

inline constexpr int due_soon_days = 14;

// Every open case with its timeline worked out, kept in memory by a server and rebuilt only when
// the database's caseload counter (migration 19) has moved or the day has changed, so a caseload
// page reads one row instead of every open case's history. Shared by the server's threads.
class OpenCases {
 public:
  struct Entry {
    CaseloadRow row;
    access::Resource resource;
  };
  struct Snapshot {
    std::int64_t counter = -1;
    calendar::Date day;
    std::vector<Entry> entries;  // soonest statutory date first
  };
  // The open cases as of this read (c is the caller's transaction).
  Result<std::shared_ptr<const Snapshot>> current(store::Connection& c, calendar::Date today);
  int rebuilds() const { return rebuilds_.load(); }

 private:
  std::mutex mutex_;
  std::shared_ptr<const Snapshot> snapshot_;
  std::atomic<int> rebuilds_{0};
};

// The counter migration 19 moves on every change the caseload (and the review lists) show.
Result<std::int64_t> caseload_counter(store::Connection& c);

// cache: the server's OpenCases; without one, every call reads every open case afresh.
Result<std::vector<CaseloadRow>> caseload(store::Database& db, const access::Actor& actor, const CaseloadFilter& filter,
                                          calendar::Date today, CaseloadChoices* choices = nullptr, OpenCases* cache = nullptr);

// "Decision whether to assess", "Advice from the health team" … for a milestone key.
std::string milestone_name(std::string_view key);

}  // namespace sendhub::app
