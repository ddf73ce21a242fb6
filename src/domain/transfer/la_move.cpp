#include "domain/transfer/la_move.h"

#include <algorithm>

#include "domain/forms/typed_date.h"

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
  // The council may hear ahead of the move, and record it then: that is what gives it the time
  // to pass the plan on on the day (reg 15(1)). What it heard is never in the future.
  const auto moved = [&]() -> std::optional<calendar::Date> {
    if (f.moved_on.empty()) {
      problems.push_back({"moved_on", "Enter the date the family moved, or will move"});
      return std::nullopt;
    }
    auto d = forms::typed_date_or_today(f.moved_on, today, "moved_on", problems);
    if (!d || *d <= calendar::add_months(today, 12)) return d;
    problems.push_back({"moved_on", "The move must be within the next 12 months: record a move further ahead nearer the time"});
    return std::nullopt;
  }();
  const auto heard = [&]() -> std::optional<calendar::Date> {
    auto d = forms::typed_date_or_today(f.heard_on, today, "heard_on", problems);
    if (!d || *d <= today) return d;
    problems.push_back({"heard_on", "The date the council heard cannot be in the future"});
    return std::nullopt;
  }();
  if (!problems.empty()) return problems;
  return CheckedMove{f.to_la, *heard, *moved};
}

statutory::FamilySummary transfer_summary(const statutory::CaseHistory& h, const statutory::Timeline& t, const std::string& from_name,
                                          const std::string& to_name, calendar::Date today) {
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
  s.where_now = (moved && moved->date > today ? "The family move to " : "The family moved to ") + to_name + "'s area on " + on + ".";
  s.next_step = from_name + " must pass the plan to " + to_name + " by " + due_of(t, "plan_transfer") + ".";
  return s;
}

}  // namespace sendhub::transfer
