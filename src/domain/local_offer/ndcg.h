// Search quality, measured the way GOV.UK's search team measures theirs: normalised discounted
// cumulative gain over expert judgements graded 0 (irrelevant) to 3 (exactly what was asked).
// Gain is 2^grade - 1, discounted by log2(position + 1); 1.0 is the ideal order.
#pragma once

#include <map>
#include <span>
#include <string>

namespace sendhub::local_offer {

// ranked: result ids, best first. judged: id → grade; ids not judged count as 0.
// A query with nothing judged relevant scores 1.0 when it returns nothing relevant-looking at
// all (an empty list), else 0.0: the right answer to nonsense is "no results".
double ndcg_at(std::span<const std::string> ranked, const std::map<std::string, int>& judged, std::size_t k);

}  // namespace sendhub::local_offer
