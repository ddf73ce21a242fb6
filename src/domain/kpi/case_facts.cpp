#include "domain/kpi/case_facts.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "domain/statutory/timeline.h"

namespace sendhub::kpi {
namespace {

using statutory::EventType;
using statutory::Outcome;

const statutory::Event* first(const statutory::CaseHistory& h, EventType type) {
  const statutory::Event* found = nullptr;
  for (const auto& e : h.events)
    if (e.type == type && (!found || e.date < found->date)) found = &e;
  return found;
}

Day day_or_none(const statutory::Event* e) { return e ? day_of(e->date) : no_day; }

const statutory::Milestone* milestone(const statutory::Timeline& t, std::string_view key) {
  for (const auto& m : t.milestones)
    if (m.key == key) return &m;
  return nullptr;
}

Day due_of(const statutory::Timeline& t, std::string_view key) {
  const auto* m = milestone(t, key);
  return m ? day_of(m->due) : no_day;
}

void request_facts(const statutory::CaseHistory& h, const statutory::Timeline& t, std::uint32_t child, CaseFacts& out) {
  RequestFacts r;
  r.child = child;
  r.received = day_or_none(first(h, EventType::request_received));
  const auto* decision = first(h, EventType::decision_to_assess);
  r.decided = day_or_none(decision);
  r.decision_due = due_of(t, "decision_to_assess");
  r.assess = decision && decision->outcome == Outcome::assess;
  r.final_issued = day_or_none(first(h, EventType::final_plan_issued));
  r.final_due = due_of(t, "final_plan");
  r.exception = t.exception_applies;
  r.not_issued = day_or_none(first(h, EventType::decision_not_to_issue));
  r.withdrawn = day_or_none(first(h, EventType::withdrawn));
  out.request = r;
  if (decision && !r.assess) out.appealable.push_back(r.decided);
  if (r.not_issued != no_day) out.appealable.push_back(r.not_issued);
  if (r.final_issued != no_day) out.appealable.push_back(r.final_issued);
  for (const auto& m : t.milestones) {
    if (!m.key.starts_with("advice:")) continue;
    auto adviser = statutory::adviser_from_string(m.key.substr(7));
    if (!adviser) continue;
    AdviceFacts a;
    a.adviser = *adviser;
    a.due = day_of(m.due);
    a.received = m.done ? day_of(*m.done) : no_day;
    for (const auto& e : h.events)
      if (e.type == EventType::advice_requested && e.adviser == *adviser && (a.asked == no_day || day_of(e.date) < a.asked))
        a.asked = day_of(e.date);
    a.no_longer_needed = a.received == no_day && ((r.withdrawn != no_day && r.withdrawn <= a.due) ||
                                                  (r.not_issued != no_day && r.not_issued <= a.due));
    out.advice.push_back(a);
  }
}

void review_facts(const statutory::CaseHistory& h, const statutory::Timeline& t, std::uint32_t child, CaseFacts& out) {
  ReviewFacts r;
  r.child = child;
  const auto* held = milestone(t, "review_meeting");
  r.due = held ? day_of(held->due) : no_day;
  r.held = held && held->done ? day_of(*held->done) : no_day;
  const auto* decided = milestone(t, "review_decision");
  r.decision_due = decided ? day_of(decided->due) : no_day;
  r.decided = decided && decided->done ? day_of(*decided->done) : no_day;
  out.review = r;
  for (const auto& e : h.events) {
    if (e.type != EventType::review_decision) continue;
    out.appealable.push_back(day_of(e.date));  // keeping, amending and ceasing may all be appealed
    if (e.outcome == Outcome::cease && (out.ceased == no_day || day_of(e.date) < out.ceased)) out.ceased = day_of(e.date);
  }
}

}  // namespace

Result<CaseFacts> case_facts(const statutory::CaseHistory& history, std::uint32_t child, calendar::Date today) {
  auto timeline = statutory::compute_timeline(history, today);
  if (!timeline) return std::unexpected(timeline.error());
  CaseFacts out;
  using statutory::Process;
  switch (history.process) {
    case Process::ehc_needs_assessment: request_facts(history, *timeline, child, out); break;
    case Process::annual_review: review_facts(history, *timeline, child, out); break;
    case Process::phase_transfer: {
      TransferFacts f;
      f.child = child;
      f.due = due_of(*timeline, "phase_transfer_review");
      f.amended = day_or_none(first(history, EventType::amended_plan_issued));
      out.transfer = f;
      break;
    }
    case Process::reassessment:
      for (const auto& e : history.events)
        if (e.type == EventType::reassessment_decision && e.outcome == Outcome::not_assess) out.appealable.push_back(day_of(e.date));
      break;
    case Process::disagreement: {
      DisagreementFacts f;
      f.child = child;
      f.decision_notice = day_or_none(first(history, EventType::decision_notice_sent));
      f.mediation = day_or_none(first(history, EventType::mediation_requested));
      f.appeal = day_or_none(first(history, EventType::appeal_registered));
      out.disagreement = f;
      break;
    }
    case Process::la_transfer:
    case Process::tribunal_order: break;  // their time limits are on the case pages; no KPI counts them yet
  }
  return out;
}

namespace {

// The name reduced for comparing: lower-case letters and digits, "st" as a word read as "saint".
std::string school_key(std::string_view name) {
  std::string out, word;
  auto flush = [&] {
    out += word == "st" ? "saint" : word;
    word.clear();
  };
  for (char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) word.push_back(static_cast<char>(std::tolower(c)));
    else if (c == '\'' || c >= 0x80) {
      if (c >= 0x80) word.push_back(ch);  // other scripts kept as written
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace

bool same_school(std::string_view a, std::string_view b) {
  const std::string x = school_key(a), y = school_key(b);
  return !x.empty() && x == y;
}

std::optional<SchoolChoiceFacts> school_choice_facts(const statutory::CaseHistory& history, std::uint32_t child,
                                                     std::string_view preference, std::string_view named) {
  using statutory::Process;
  if (history.process != Process::annual_review && history.process != Process::phase_transfer) return std::nullopt;
  const auto* amended = first(history, EventType::amended_plan_issued);
  if (!amended || school_key(preference).empty() || school_key(named).empty()) return std::nullopt;
  return SchoolChoiceFacts{child, day_of(amended->date), same_school(preference, named)};
}

}  // namespace sendhub::kpi
