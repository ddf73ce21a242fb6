#include "domain/transfer/la_move.h"

#include <algorithm>

namespace sendhub::transfer {
namespace {

using statutory::EventType;

const statutory::Event* first(const statutory::CaseHistory& h, EventType type) {
  for (const auto& e : h.events)
    if (e.type == type) return &e;
  return nullptr;
}

std::string due_of(const statutory::Timeline& t, std::string_view key) {
  for (const auto& m : t.milestones)
    if (m.key == key) return calendar::format_long_date(m.due);
  return "the date the law sets";
}

}  // namespace

std::variant<CheckedMove, std::vector<identity::FieldProblem>> check_move(const MoveForm& f, const std::string& from_la,
                                                                        const std::vector<std::string>& known, calendar::Date today) {
  std::vector<identity::FieldProblem> problems;
  if (f.to_la.empty() || std::find(known.begin(), known.end(), f.to_la) == known.end())
    problems.push_back({"to_la", "Select the council the family is moving to"});
  else if (f.to_la == from_la)
    problems.push_back({"to_la", "The family is moving within this council's area: choose another council, or change their address"});
  auto date = [&](const std::string& typed, const char* field, bool may_be_empty) -> std::optional<calendar::Date> {
    if (typed.empty()) {
      if (may_be_empty) return today;
      problems.push_back({field, "Enter the date the family moved"});
      return std::nullopt;
    }
    auto d = calendar::parse_date(typed);
    if (!d) problems.push_back({field, "The date must be a real date, like 3 3 2026"});
    else if (*d > today) problems.push_back({field, "Record the move on or after the day it happens: the date cannot be in the future"});
    else return *d;
    return std::nullopt;
  };
  const auto heard = date(f.heard_on, "heard_on", true);
  const auto moved = date(f.moved_on, "moved_on", false);
  if (!problems.empty()) return problems;
  return CheckedMove{f.to_la, *heard, *moved};
}

statutory::FamilySummary transfer_summary(const statutory::CaseHistory& h, const statutory::Timeline& t, const std::string& from_name,
                                          const std::string& to_name) {
  statutory::FamilySummary s;
  const auto* moved = first(h, EventType::moved);
  const auto* transferred = first(h, EventType::plan_transferred);
  const auto* told = first(h, EventType::new_la_notified);
  const std::string on = moved ? calendar::format_long_date(moved->date) : std::string("the day of the move");
  s.you_can = {"Tell the new council's SEN team about anything that has changed, such as a new school.",
               "SENDIASS in your new area can help, free and in confidence."};
  if (told) {
    s.stage = "Plan transferred";
    s.where_now = to_name + " has the plan and told you on " + calendar::format_long_date(told->date) + " what it will do next.";
    s.next_step = "The plan is reviewed as usual, within 12 months of the last review.";
    return s;
  }
  if (transferred) {
    s.stage = "Plan passed to " + to_name;
    s.where_now = from_name + " passed the plan to " + to_name + " on " + calendar::format_long_date(transferred->date) + ".";
    s.next_step = to_name + " must tell you by " + due_of(t, "new_la_notification") +
                  " that it has the plan and whether it will review or re-assess.";
    return s;
  }
  s.stage = "Moving to " + to_name;
  s.where_now = "The family moved to " + to_name + "'s area on " + on + ".";
  s.next_step = from_name + " must pass the plan to " + to_name + " by " + due_of(t, "plan_transfer") + ".";
  return s;
}

}  // namespace sendhub::transfer
