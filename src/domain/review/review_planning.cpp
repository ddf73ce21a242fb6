#include "domain/review/review_planning.h"

#include <algorithm>

#include "domain/statutory/timeline.h"

namespace sendhub::review {
namespace {

using namespace std::chrono;

constexpr int due_soon_days = 28;
constexpr int under_fives_months = 6;

Date first_of_september(int year) { return sys_days{std::chrono::year{year} / September / 1}; }

// The review.meeting milestone the engine computes from the plan or the last meeting.
std::optional<Date> review_due(const PlanOnRecord& p, Date today) {
  statutory::CaseHistory h{statutory::Process::annual_review, {}, {}};
  // The clock runs from the plan for the first review, then from the last review meeting.
  h.events.push_back({statutory::EventType::plan_issued, p.last_review_held.value_or(p.plan_issued)});
  auto t = statutory::compute_timeline(h, today);
  if (!t) return std::nullopt;
  for (const auto& m : t->milestones)
    if (m.key == "review_meeting") return m.due;
  return std::nullopt;
}

struct Move {
  int to_year;
  statutory::Phase from, to;
};

std::optional<Move> move_into(int next_year) {
  switch (next_year) {
    case 0: return Move{0, statutory::Phase::early_years, statutory::Phase::school};
    case 7: return Move{7, statutory::Phase::primary, statutory::Phase::secondary};
    case 12: return Move{12, statutory::Phase::secondary, statutory::Phase::post16};
    default: return std::nullopt;
  }
}

}  // namespace

int academic_year_of(Date day) {
  const year_month_day ymd{day};
  return static_cast<int>(ymd.year()) - (ymd.month() < September ? 1 : 0);
}

int curriculum_year(Date date_of_birth, int academic_year_starting) {
  // Born between 1 September of B and 31 August of B+1: Reception in September of B+5.
  return academic_year_starting - (academic_year_of(date_of_birth) + 5);
}

int year_group_on(const PlanOnRecord& p, Date day) {
  const int year = academic_year_of(day);
  if (p.year_group) return *p.year_group + (year - p.year_group_recorded_in);
  return curriculum_year(p.date_of_birth, year);
}

int age_on(Date date_of_birth, Date day) {
  const year_month_day b{date_of_birth}, d{day};
  int age = static_cast<int>(d.year()) - static_cast<int>(b.year());
  if (d.month() < b.month() || (d.month() == b.month() && d.day() < b.day())) --age;
  return age;
}

std::vector<DueReview> due_reviews(const std::vector<PlanOnRecord>& plans, Date today, int horizon_days) {
  std::vector<DueReview> out;
  const Date until = today + days{horizon_days};
  for (const auto& p : plans) {
    if (p.ceased) continue;
    auto due = review_due(p, today);
    if (!due || *due > until) continue;
    DueReview r{&p, *due, *due < today, *due >= today && *due <= today + days{due_soon_days}, std::nullopt};
    if (age_on(p.date_of_birth, today) < 5) {
      const Date early = calendar::add_months(p.last_review_held.value_or(p.plan_issued), under_fives_months);
      if (early < *due) r.suggested_by = early;
    }
    out.push_back(r);
  }
  std::stable_sort(out.begin(), out.end(), [](const DueReview& a, const DueReview& b) {
    return a.due != b.due ? a.due < b.due : a.plan->child_name < b.plan->child_name;
  });
  return out;
}

std::vector<PhaseTransfer> phase_transfers(const std::vector<PlanOnRecord>& plans, Date today) {
  std::vector<PhaseTransfer> out;
  const int this_year = academic_year_of(today);
  const Date term_began = first_of_september(this_year);
  const Date moves_on = first_of_september(this_year + 1);
  for (const auto& p : plans) {
    if (p.ceased) continue;
    const int now = year_group_on(p, today);
    auto move = move_into(now + 1);
    if (!move) continue;
    // Done once a plan amended this academic year names where the child goes next (not where they are).
    if (p.last_amended && *p.last_amended >= term_began && !p.named_setting.empty() && p.named_setting != p.setting_name) continue;
    statutory::CaseHistory h{statutory::Process::phase_transfer, {}, {}};
    statutory::Event planned{statutory::EventType::transfer_planned, moves_on};
    planned.from_phase = move->from;
    planned.to_phase = move->to;
    h.events.push_back(planned);
    auto t = statutory::compute_timeline(h, today);
    if (!t || t->milestones.empty()) continue;
    const auto& m = t->milestones.front();
    out.push_back({&p, now, move->to_year, move->from, move->to, moves_on, m.due, std::string(m.rule->id),
                   m.status == statutory::Status::overdue});
  }
  std::stable_sort(out.begin(), out.end(), [](const PhaseTransfer& a, const PhaseTransfer& b) {
    return a.deadline != b.deadline ? a.deadline < b.deadline : a.plan->child_name < b.plan->child_name;
  });
  return out;
}

}  // namespace sendhub::review
