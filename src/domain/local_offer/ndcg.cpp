#include "domain/local_offer/ndcg.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace sendhub::local_offer {
namespace {

double gain(int grade) { return std::pow(2.0, std::clamp(grade, 0, 3)) - 1.0; }
double discount(std::size_t position) { return std::log2(static_cast<double>(position) + 2.0); }  // position from 0

}  // namespace

double ndcg_at(std::span<const std::string> ranked, const std::map<std::string, int>& judged, std::size_t k) {
  std::vector<int> ideal;
  for (const auto& [_, grade] : judged)
    if (grade > 0) ideal.push_back(grade);
  if (ideal.empty()) return ranked.empty() ? 1.0 : 0.0;
  std::sort(ideal.rbegin(), ideal.rend());
  double best = 0, got = 0;
  for (std::size_t i = 0; i < std::min(k, ideal.size()); ++i) best += gain(ideal[i]) / discount(i);
  for (std::size_t i = 0; i < std::min(k, ranked.size()); ++i) {
    auto it = judged.find(ranked[i]);
    if (it != judged.end()) got += gain(it->second) / discount(i);
  }
  return got / best;
}

}  // namespace sendhub::local_offer
