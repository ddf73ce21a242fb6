// Times the statutory engine over one million synthetic case histories on one core.
//   build/release/bench/statutory_bench [COUNT]
// Histories are generated in memory first (not timed): a realistic mix of EHC needs
// assessments at every stage, annual reviews, phase transfers, disagreements and the rest.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include "domain/statutory/timeline.h"

using namespace sendhub::statutory;
using std::chrono::days;

namespace {

Event at(EventType t, Date d) { return Event{t, d}; }

CaseHistory make_case(std::mt19937& rng, Date start) {
  std::uniform_int_distribution<int> pick(0, 99), gap(5, 60);
  int kind = pick(rng);
  if (kind < 55) {  // EHC needs assessment, at a random stage
    CaseHistory h{Process::ehc_needs_assessment, {at(EventType::request_received, start)}, {}};
    Date d = start + days{gap(rng) % 45};
    Event decision = at(EventType::decision_to_assess, d);
    decision.outcome = pick(rng) < 85 ? Outcome::assess : Outcome::not_assess;
    h.events.push_back(decision);
    if (decision.outcome == Outcome::not_assess) return h;
    for (Adviser a : {Adviser::parent, Adviser::education, Adviser::health, Adviser::psychology, Adviser::social_care}) {
      Event req = at(EventType::advice_requested, d + days{1});
      req.adviser = a;
      h.events.push_back(req);
      if (pick(rng) < 80) {
        Event got = at(EventType::advice_received, d + days{1 + gap(rng)});
        got.adviser = a;
        h.events.push_back(got);
      }
    }
    if (pick(rng) < 60) {
      h.events.push_back(at(EventType::draft_plan_issued, start + days{100 + gap(rng)}));
      h.events.push_back(at(EventType::final_plan_issued, start + days{170 + gap(rng)}));
    }
    if (pick(rng) < 10) h.exceptions.push_back({ExceptionType::absence_from_area, start + days{20}, start + days{60}});
    return h;
  }
  if (kind < 80) {
    CaseHistory h{Process::annual_review, {at(EventType::plan_issued, start)}, {}};
    Date meeting = start + days{300 + gap(rng)};
    h.events.push_back(at(EventType::review_meeting_scheduled, meeting));
    h.events.push_back(at(EventType::invitations_sent, meeting - days{15}));
    h.events.push_back(at(EventType::review_meeting_held, meeting));
    Event decision = at(EventType::review_decision, meeting + days{gap(rng) % 35});
    decision.outcome = Outcome::amend;
    h.events.push_back(decision);
    h.events.push_back(at(EventType::proposed_amendments_sent, decision.date));
    return h;
  }
  if (kind < 88) {
    Event move = at(EventType::transfer_planned, start + days{200});
    move.from_phase = pick(rng) < 50 ? Phase::secondary : Phase::primary;
    move.to_phase = move.from_phase == Phase::secondary ? Phase::post16 : Phase::secondary;
    return CaseHistory{Process::phase_transfer, {move}, {}};
  }
  if (kind < 95) {
    return CaseHistory{Process::disagreement,
                       {at(EventType::decision_notice_sent, start), at(EventType::mediation_declined, start + days{20}),
                        at(EventType::certificate_issued, start + days{22})},
                       {}};
  }
  return CaseHistory{Process::la_transfer,
                     {at(EventType::old_la_notified, start), at(EventType::moved, start + days{gap(rng)})}, {}};
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
  std::mt19937 rng(20251124);
  std::uniform_int_distribution<int> offset(0, 3000);
  const Date base = *sendhub::calendar::parse_date("2018-01-01");
  std::vector<CaseHistory> cases;
  cases.reserve(count);
  std::size_t events = 0;
  for (std::size_t i = 0; i < count; ++i) {
    cases.push_back(make_case(rng, base + days{offset(rng)}));
    events += cases.back().events.size();
  }
  const Date today = *sendhub::calendar::parse_date("2026-11-24");

  std::size_t milestones = 0, overdue = 0, failures = 0;
  const auto started = std::chrono::steady_clock::now();
  for (const auto& c : cases) {
    auto t = compute_timeline(c, today);
    if (!t) {
      ++failures;
      continue;
    }
    milestones += t->milestones.size();
    for (const auto& m : t->milestones) overdue += m.status == Status::overdue;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("cases %zu\nevents %zu\nmilestones %zu\noverdue %zu\nrejected %zu\nseconds %.3f\ncases_per_second %.0f\n", count,
              events, milestones, overdue, failures, seconds, static_cast<double>(count) / seconds);
  return failures == 0 ? 0 : 1;
}
