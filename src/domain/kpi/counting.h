// What each KPI counts, written once as a walk over the area's facts: compute.cpp tallies what
// the walk reports and contributions() collects it, so a drill-down list always matches its
// figure. Internal to domain/kpi.
#pragma once

#include <array>

#include "domain/kpi/compute.h"

namespace sendhub::kpi::detail {

// Positions in definitions(); definitions_test.cpp checks they match the ids.
enum K : std::uint8_t {
  requests_received, requests_withdrawn, decisions_within_6_weeks, assessments_agreed, requests_refused, plans_issued,
  within_20_ex, within_20_inc, weeks_to_issue, decided_not_to_issue, advice_within, health_advice_within, reviews_within,
  review_decisions_within, transfers_by_deadline, plans_ceased, active_plans, mainstream_share, mediations, tribunals,
  first_choice_school, post14_pfa_outcomes, complaints_about_communication, kpi_count
};

inline constexpr std::size_t dimension_count = 11;
using Keys = std::array<std::uint32_t, dimension_count>;  // by Dimension

struct Hit {
  K kpi;
  Source source;
  std::uint32_t index;
  std::int64_t numerator, denominator;
};

class Walk {
 public:
  // Age bands are as at the end of the period.
  // with_age_bands: false when no figure is broken down or filtered by age band, which saves
  // working out every child's band.
  Walk(const AreaFacts& area, const Period& period, const Filter& filter, bool with_age_bands = true)
      : area_(area), period_(period), filter_(filter), ages_(period.to),
        fourteen_by_(day_of(calendar::add_months(date_of(period.to), -14 * 12))), copied_(in_step(area)),
        age_bands_(with_age_bands || filter.age_band != unknown) {}

  // Whether every record has its child's copy beside it (see ChildCopies).
  static bool in_step(const AreaFacts& a) {
    const ChildCopies& c = a.copies;
    return c.in_step && c.requests.size() == a.requests.size() && c.advice.size() == a.advice.size() &&
           c.reviews.size() == a.reviews.size() && c.transfers.size() == a.transfers.size() && c.plans.size() == a.plans.size() &&
           c.choices.size() == a.choices.size() && c.disagreements.size() == a.disagreements.size() &&
           c.appealable.size() == a.appealable.size() && c.complaints.size() == a.complaints.size();
  }
  // Record i's child: its copy when the copies are in step, else the child itself.
  const ChildFacts& child_of(const std::vector<ChildFacts>& copies, std::uint32_t i, std::uint32_t child) const {
    return copied_ ? copies[i] : area_.children[child];
  }

  bool in(Day d) const { return d != no_day && d >= period_.from && d <= period_.to; }
  bool by_end(Day d) const { return d != no_day && d <= period_.to; }

  // The child's keys when the child passes the filter.
  bool child_keys(const ChildFacts& c, Keys& keys) const {
    const CodeIndex band = age_bands_ ? ages_.of(c.born) : unknown;
    if (filter_.la && c.la != *filter_.la) return false;
    if (filter_.district && c.district != *filter_.district) return false;
    if (filter_.setting && c.setting != *filter_.setting) return false;
    if (filter_.need && c.need != filter_.need) return false;
    if (filter_.age_band && band != filter_.age_band) return false;
    if (filter_.ethnicity && c.ethnicity != filter_.ethnicity) return false;
    if (filter_.sex && c.sex != filter_.sex) return false;
    if (filter_.setting_type && c.setting_type != filter_.setting_type) return false;
    keys = {};
    keys[std::size_t(Dimension::la)] = c.la;
    keys[std::size_t(Dimension::need)] = c.need;
    keys[std::size_t(Dimension::age_band)] = band;
    keys[std::size_t(Dimension::setting_type)] = c.setting_type;
    keys[std::size_t(Dimension::ethnicity)] = c.ethnicity;
    keys[std::size_t(Dimension::sex)] = c.sex;
    keys[std::size_t(Dimension::district)] = c.district;
    return true;
  }

  // A time limit counted by its due date: on time when done by it, late when done later or
  // not done by the end of the period.
  template <class Visit>
  void due_in_period(Visit& visit, K kpi, Source s, std::uint32_t i, const Keys& keys, Day due, Day done) const {
    if (!in(due)) return;
    visit(Hit{kpi, s, i, done != no_day && done <= due ? 1 : 0, 1}, keys);
  }

  template <class Visit>
  void run(Visit&& visit) const {
    Keys keys;
    for (std::uint32_t i = 0; i < area_.requests.size(); ++i) {
      const RequestFacts& r = area_.requests[i];
      if (!child_keys(child_of(area_.copies.requests, i, r.child), keys)) continue;
      if (in(r.received)) visit(Hit{requests_received, Source::request, i, 1, 0}, keys);
      if (in(r.withdrawn)) visit(Hit{requests_withdrawn, Source::request, i, 1, 0}, keys);
      // A request withdrawn before any decision has no decision to be late with.
      if (r.decided != no_day || r.withdrawn == no_day)
        due_in_period(visit, decisions_within_6_weeks, Source::request, i, keys, r.decision_due, r.decided);
      if (in(r.decided)) visit(Hit{r.assess ? assessments_agreed : requests_refused, Source::request, i, 1, 0}, keys);
      if (in(r.not_issued)) visit(Hit{decided_not_to_issue, Source::request, i, 1, 0}, keys);
      if (in(r.final_issued)) {
        const bool on_time = r.final_issued <= r.final_due;
        keys[std::size_t(Dimension::weeks_band)] = weeks_band(r.received, r.final_due, r.final_issued);
        visit(Hit{plans_issued, Source::request, i, 1, 0}, keys);
        if (!r.exception) visit(Hit{within_20_ex, Source::request, i, on_time ? 1 : 0, 1}, keys);
        visit(Hit{within_20_inc, Source::request, i, on_time ? 1 : 0, 1}, keys);
        visit(Hit{weeks_to_issue, Source::request, i, r.final_issued - r.received, 1}, keys);
        keys[std::size_t(Dimension::weeks_band)] = 0;
      }
    }
    for (std::uint32_t i = 0; i < area_.advice.size(); ++i) {
      const AdviceFacts& a = area_.advice[i];
      if (a.request == removed || a.no_longer_needed) continue;
      if (!child_keys(copied_ ? area_.copies.advice[i] : area_.children[area_.requests[a.request].child], keys)) continue;
      keys[std::size_t(Dimension::adviser)] = static_cast<std::uint32_t>(a.adviser);
      keys[std::size_t(Dimension::organisation)] = a.organisation;
      due_in_period(visit, advice_within, Source::advice, i, keys, a.due, a.received);
      if (a.adviser == statutory::Adviser::health)
        due_in_period(visit, health_advice_within, Source::advice, i, keys, a.due, a.received);
    }
    keys[std::size_t(Dimension::adviser)] = keys[std::size_t(Dimension::organisation)] = 0;
    for (std::uint32_t i = 0; i < area_.reviews.size(); ++i) {
      const ReviewFacts& r = area_.reviews[i];
      if (!child_keys(child_of(area_.copies.reviews, i, r.child), keys)) continue;
      due_in_period(visit, reviews_within, Source::review, i, keys, r.due, r.held);
      due_in_period(visit, review_decisions_within, Source::review, i, keys, r.decision_due, r.decided);
    }
    for (std::uint32_t i = 0; i < area_.transfers.size(); ++i) {
      const TransferFacts& t = area_.transfers[i];
      if (child_keys(child_of(area_.copies.transfers, i, t.child), keys)) due_in_period(visit, transfers_by_deadline, Source::transfer, i, keys, t.due, t.amended);
    }
    for (std::uint32_t i = 0; i < area_.plans.size(); ++i) {
      const PlanFacts& p = area_.plans[i];
      const ChildFacts& child = child_of(area_.copies.plans, i, p.child);
      if (!child_keys(child, keys)) continue;
      if (in(p.ceased)) {
        keys[std::size_t(Dimension::cease_reason)] = p.cease_reason;
        visit(Hit{plans_ceased, Source::plan, i, 1, 0}, keys);
        keys[std::size_t(Dimension::cease_reason)] = 0;
      }
      if (!by_end(p.issued) || by_end(p.ceased)) continue;
      visit(Hit{active_plans, Source::plan, i, 1, 0}, keys);
      if (child.setting_type != unknown) visit(Hit{mainstream_share, Source::plan, i, in_mainstream(child.setting_type) ? 1 : 0, 1}, keys);
      // Aged 14 or over at the end of the period (from Year 9 plans should prepare for adulthood).
      if (child.born != no_day && child.born <= fourteen_by_) visit(Hit{post14_pfa_outcomes, Source::plan, i, p.pfa_outcomes ? 1 : 0, 1}, keys);
    }
    for (std::uint32_t i = 0; i < area_.choices.size(); ++i) {
      const SchoolChoiceFacts& c = area_.choices[i];
      if (c.child == removed || !in(c.named) || !child_keys(child_of(area_.copies.choices, i, c.child), keys)) continue;
      visit(Hit{first_choice_school, Source::choice, i, c.first_choice ? 1 : 0, 1}, keys);
    }
    for (std::uint32_t i = 0; i < area_.disagreements.size(); ++i) {
      const DisagreementFacts& d = area_.disagreements[i];
      if (!child_keys(child_of(area_.copies.disagreements, i, d.child), keys)) continue;
      if (in(d.mediation)) visit(Hit{mediations, Source::disagreement, i, 1, 0}, keys);
      if (in(d.appeal)) visit(Hit{tribunals, Source::disagreement, i, 1, 0}, keys);
    }
    for (std::uint32_t i = 0; i < area_.complaints.size(); ++i) {
      const ComplaintFacts& c = area_.complaints[i];
      if (!c.communication || !in(c.received) || !child_keys(child_of(area_.copies.complaints, i, c.child), keys)) continue;
      visit(Hit{complaints_about_communication, Source::complaint, i, 1, 0}, keys);
    }
    for (std::uint32_t i = 0; i < area_.appealable.size(); ++i) {
      const AppealableFacts& a = area_.appealable[i];
      if (a.child == removed || !in(a.decided) || !child_keys(child_of(area_.copies.appealable, i, a.child), keys)) continue;
      visit(Hit{mediations, Source::appealable, i, 0, 1}, keys);
      visit(Hit{tribunals, Source::appealable, i, 0, 1}, keys);
    }
  }

 private:
  const AreaFacts& area_;
  const Period& period_;
  const Filter& filter_;
  AgeBands ages_;
  Day fourteen_by_;  // born on or before this day: 14 or over at the end of the period
  bool copied_;
  bool age_bands_;
};

}  // namespace sendhub::kpi::detail
