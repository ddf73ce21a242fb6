#include "domain/kpi/child_copies.h"

namespace sendhub::kpi {
namespace {

// Copies for records [copies.size(), records.size()); a record whose case has since changed
// (its child marked `removed`) gets an empty copy, and walks skip it before reading it.
template <class Record, class ChildOf>
void extend(const AreaFacts& area, const std::vector<Record>& records, std::vector<ChildFacts>& copies, ChildOf child_of) {
  copies.reserve(records.size());
  for (std::size_t i = copies.size(); i < records.size(); ++i) {
    const std::uint32_t child = child_of(records[i]);
    copies.push_back(child < area.children.size() ? area.children[child] : ChildFacts{});
  }
}

}  // namespace

void sync_child_copies(AreaFacts& area, bool children_changed) {
  ChildCopies& c = area.copies;
  if (children_changed || !c.in_step) c = ChildCopies{};
  auto own = [](const auto& r) { return r.child; };
  extend(area, area.requests, c.requests, own);
  extend(area, area.advice, c.advice, [&](const AdviceFacts& a) {
    return a.request < area.requests.size() ? area.requests[a.request].child : removed;
  });
  extend(area, area.reviews, c.reviews, own);
  extend(area, area.transfers, c.transfers, own);
  extend(area, area.plans, c.plans, own);
  extend(area, area.choices, c.choices, own);
  extend(area, area.disagreements, c.disagreements, own);
  extend(area, area.appealable, c.appealable, own);
  extend(area, area.complaints, c.complaints, own);
  c.in_step = true;
}

}  // namespace sendhub::kpi
