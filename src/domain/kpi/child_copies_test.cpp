#include "domain/kpi/child_copies.h"

#include <gtest/gtest.h>

#include "domain/kpi/compute.h"

namespace sendhub::kpi {
namespace {

// A made-up area of every kind of record, the same every run.
class Area {
 public:
  AreaFacts make(std::uint32_t children) {
    AreaFacts a;
    a.las = {"", "816", "815", "811"};
    a.districts = {"", "YO1", "YO10"};
    a.organisations = {"", "York Hospital"};
    for (std::uint32_t c = 0; c < children; ++c)
      a.children.push_back({start + pick(-7000, -300), static_cast<std::uint16_t>(pick(1, 3)), static_cast<std::uint16_t>(pick(0, 2)), 0,
                            static_cast<CodeIndex>(pick(0, 12)), static_cast<CodeIndex>(pick(0, 2)), static_cast<CodeIndex>(pick(0, 5)),
                            static_cast<CodeIndex>(pick(0, 6))});
    for (std::uint32_t i = 0; i < children * 2; ++i) {
      RequestFacts r;
      r.child = pick_child(children);
      r.received = start + pick(0, 700);
      r.decision_due = r.received + 42;
      r.final_due = r.received + 140;
      if (pick(0, 4) > 0) r.decided = r.received + pick(20, 60), r.assess = pick(0, 3) > 0;
      if (r.assess && pick(0, 3) > 0) r.final_issued = r.received + pick(100, 200), r.exception = pick(0, 9) == 0;
      a.requests.push_back(r);
      a.advice.push_back({i, 1, statutory::Adviser::health, false, r.received + 42, r.received + 84, pick(0, 1) ? r.received + pick(30, 120) : no_day});
      if (r.final_issued != no_day) {
        a.plans.push_back({r.child, r.final_issued, pick(0, 5) == 0 ? r.final_issued + pick(100, 400) : no_day,
                           static_cast<CodeIndex>(pick(1, 9)), pick(0, 1) == 1});
        a.reviews.push_back({r.child, r.final_issued + pick(300, 400), r.final_issued + 365, no_day, no_day});
        a.appealable.push_back({r.child, r.final_issued});
      }
      if (pick(0, 6) == 0) a.transfers.push_back({r.child, r.received + pick(0, 200), r.received + 150});
      if (pick(0, 8) == 0) a.disagreements.push_back({r.child, r.received + 50, r.received + 60, pick(0, 1) ? r.received + 90 : no_day});
      if (pick(0, 8) == 0) a.choices.push_back({r.child, r.received + 160, pick(0, 1) == 1});
      if (pick(0, 8) == 0) a.complaints.push_back({r.child, r.received + 10, pick(0, 1) == 1});
    }
    return a;
  }

 private:
  int pick(int lo, int hi) {
    seed_ = seed_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + static_cast<int>((seed_ >> 33) % static_cast<std::uint64_t>(hi - lo + 1));
  }
  std::uint32_t pick_child(std::uint32_t n) { return static_cast<std::uint32_t>(pick(0, static_cast<int>(n) - 1)); }
  std::uint64_t seed_ = 2025;
  const Day start = day_of(*calendar::parse_date("2025-01-01"));
};

const Period period{day_of(*calendar::parse_date("2025-07-01")), day_of(*calendar::parse_date("2026-06-30"))};

void expect_same(const std::vector<KpiFigure>& a, const std::vector<KpiFigure>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].definition, b[k].definition);
    EXPECT_EQ(a[k].figure, b[k].figure) << a[k].definition->id;
    ASSERT_EQ(a[k].breakdowns.size(), b[k].breakdowns.size()) << a[k].definition->id;
    for (std::size_t d = 0; d < a[k].breakdowns.size(); ++d) {
      ASSERT_EQ(a[k].breakdowns[d].cells.size(), b[k].breakdowns[d].cells.size()) << a[k].definition->id;
      for (std::size_t c = 0; c < a[k].breakdowns[d].cells.size(); ++c)
        EXPECT_EQ(a[k].breakdowns[d].cells[c].figure, b[k].breakdowns[d].cells[c].figure) << a[k].definition->id;
    }
  }
}

TEST(ChildCopies, EveryFigureIsTheSameReadFromTheCopiesAsFromTheChildren) {
  auto a = Area().make(300);
  const auto from_children = compute_kpis(a, period);
  Filter york;
  york.la = 1;
  const auto york_from_children = compute_kpis(a, period, york);
  sync_child_copies(a, true);
  ASSERT_TRUE(a.copies.in_step);
  EXPECT_EQ(a.copies.requests.size(), a.requests.size());
  EXPECT_EQ(a.copies.advice.size(), a.advice.size());
  expect_same(compute_kpis(a, period), from_children);
  expect_same(compute_kpis(a, period, york), york_from_children);
  EXPECT_GT(from_children.front().figure.numerator, 0);  // the area has something to count
}

TEST(ChildCopies, NewRecordsAreCopiedAndAChangedChildIsCopiedAgain) {
  auto a = Area().make(50);
  sync_child_copies(a, true);
  a.requests.push_back(a.requests.front());
  const auto needs_sync = compute_kpis(a, period);  // sizes differ: read from the children
  sync_child_copies(a, false);
  EXPECT_EQ(a.copies.requests.size(), a.requests.size());
  expect_same(compute_kpis(a, period), needs_sync);

  const std::uint32_t child = a.requests.front().child;
  a.children[child].la = a.children[child].la == 1 ? 2 : 1;
  sync_child_copies(a, true);
  EXPECT_EQ(a.copies.requests.front().la, a.children[child].la);
  const auto copied = compute_kpis(a, period);
  a.copies = {};
  expect_same(compute_kpis(a, period), copied);
}

TEST(ChildCopies, TheHeadlineScopeIsTheHeadlineKpisWithTheirAuthorityAndNeedBreakdowns) {
  auto a = Area().make(300);
  sync_child_copies(a, true);
  const auto every = compute_kpis(a, period);
  const auto headline = compute_kpis(a, period, {}, true, Scope::headline_by_la_and_need);
  std::size_t h = 0;
  for (const auto& k : every) {
    if (!k.definition->headline) continue;
    ASSERT_LT(h, headline.size());
    const auto& got = headline[h++];
    EXPECT_EQ(got.definition, k.definition);
    EXPECT_EQ(got.figure, k.figure) << k.definition->id;
    for (const auto& b : got.breakdowns) {
      EXPECT_TRUE(b.dimension == Dimension::la || b.dimension == Dimension::need) << k.definition->id;
      auto same = std::find_if(k.breakdowns.begin(), k.breakdowns.end(), [&](const Breakdown& x) { return x.dimension == b.dimension; });
      ASSERT_NE(same, k.breakdowns.end());
      ASSERT_EQ(same->cells.size(), b.cells.size());
      for (std::size_t c = 0; c < b.cells.size(); ++c) EXPECT_EQ(same->cells[c].figure, b.cells[c].figure);
    }
    EXPECT_FALSE(got.breakdowns.empty()) << k.definition->id;
  }
  EXPECT_EQ(h, headline.size());
  EXPECT_GT(h, 5u);
}

}  // namespace
}  // namespace sendhub::kpi
