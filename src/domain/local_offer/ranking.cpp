#include "domain/local_offer/ranking.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "domain/local_offer/search_words.h"

namespace sendhub::local_offer {
namespace {

// BM25's usual constants, as FTS5 uses them.
constexpr double k1 = 1.2, b = 0.75;

// Harman's "S" stemmer (1991): plurals read as their singular, so "carers" finds "carer" and
// "clubs" "club", as the engines' stemmers let them match. It does no more than that, so it
// cannot merge words with different meanings ("bus", "class" and "glasses" stay as they are).
std::string singular(std::string w) {
  if (w.size() < 4) return w;  // "bus", "gas", "is"
  if (w.ends_with("ies") && !w.ends_with("eies") && !w.ends_with("aies")) return w.substr(0, w.size() - 3) + "y";
  if (w.ends_with("es") && !w.ends_with("aes") && !w.ends_with("ees") && !w.ends_with("oes")) return w.substr(0, w.size() - 1);
  if (w.ends_with("s") && !w.ends_with("us") && !w.ends_with("ss")) return w.substr(0, w.size() - 1);
  return w;
}

}  // namespace

void RankingIndex::add(std::string_view name, std::string_view keywords, std::string_view description) {
  Doc doc;
  std::vector<std::string> words;
  int field = 0;
  for (auto text : {name, keywords, description}) {
    for (auto& w : words_of(text)) words.push_back(singular(std::move(w)));
    doc.end[field++] = static_cast<std::uint32_t>(words.size());
  }
  pending_.push_back(std::move(words));
  docs_.push_back(std::move(doc));
}

void RankingIndex::finish() {
  std::unordered_map<std::string_view, std::uint32_t> number;
  for (const auto& words : pending_)
    for (const auto& w : words) number.emplace(w, 0);
  vocabulary_.clear();
  for (const auto& [w, n] : number) vocabulary_.emplace_back(w);
  std::sort(vocabulary_.begin(), vocabulary_.end());
  for (std::uint32_t i = 0; i < vocabulary_.size(); ++i) number[vocabulary_[i]] = i;
  postings_.assign(vocabulary_.size(), {});
  std::size_t total = 0;
  for (std::size_t d = 0; d < docs_.size(); ++d) {
    auto& doc = docs_[d];
    doc.words.clear();
    for (const auto& w : pending_[d]) {
      postings_[number[w]].push_back({static_cast<std::uint32_t>(d), static_cast<std::uint32_t>(doc.words.size())});
      doc.words.push_back(number[w]);
    }
    total += doc.words.size();
  }
  pending_.clear();
  pending_.shrink_to_fit();
  average_length_ = docs_.empty() ? 0 : static_cast<double>(total) / static_cast<double>(docs_.size());
}

RankingIndex::Phrase RankingIndex::compile(const Alternative& a) const {
  Phrase out;
  for (const std::string& typed : a.words) {
    const std::string w = singular(typed);
    auto first = std::lower_bound(vocabulary_.begin(), vocabulary_.end(), w);
    auto last = first;
    if (a.prefix && a.words.size() == 1)
      last = std::partition_point(first, vocabulary_.end(), [&](const std::string& v) { return v.starts_with(w); });
    else if (first != vocabulary_.end() && *first == w)
      last = first + 1;
    out.push_back({static_cast<std::uint32_t>(first - vocabulary_.begin()), static_cast<std::uint32_t>(last - vocabulary_.begin())});
  }
  return out;
}

int RankingIndex::field_of(const Doc& d, std::uint32_t at) const {
  return at < d.end[0] ? 0 : at < d.end[1] ? 1 : 2;
}

std::vector<double> RankingIndex::scores(const SearchQuery& query, std::span<const std::size_t> services) const {
  std::vector<double> out(services.size(), 0.0);
  const double all = static_cast<double>(docs_.size());
  std::vector<double> weighted(docs_.size(), 0.0);  // this alternative's weighted count in each doc
  std::vector<std::uint32_t> touched;
  for (const auto& unit : query.units)
    for (const auto& alternative : unit.alternatives) {
      const Phrase p = compile(alternative);
      if (p.empty() || std::any_of(p.begin(), p.end(), [](const Range& r) { return r.from == r.to; })) continue;  // a word no service uses
      // Every occurrence of the phrase passes through its rarest word: start from there.
      std::size_t rarest = 0, fewest = SIZE_MAX;
      for (std::size_t k = 0; k < p.size(); ++k) {
        std::size_t n = 0;
        for (auto w = p[k].from; w < p[k].to; ++w) n += postings_[w].size();
        if (n < fewest) fewest = n, rarest = k;
      }
      for (auto w = p[rarest].from; w < p[rarest].to; ++w)
        for (const auto& o : postings_[w]) {
          const Doc& doc = docs_[o.doc];
          if (o.at < rarest) continue;
          const std::uint32_t start = o.at - static_cast<std::uint32_t>(rarest), last = start + static_cast<std::uint32_t>(p.size()) - 1;
          const int field = field_of(doc, start);
          if (last >= doc.words.size() || field_of(doc, last) != field) continue;  // a phrase stays in one field
          std::size_t k = 0;
          while (k < p.size() && p[k].contains(doc.words[start + k])) ++k;
          if (k < p.size()) continue;
          if (weighted[o.doc] == 0) touched.push_back(o.doc);
          weighted[o.doc] += field_weights[field];
        }
      const double n = static_cast<double>(touched.size());
      double idf = std::log((all - n + 0.5) / (n + 0.5));
      if (idf <= 0) idf = 1e-6;  // as FTS5: a word in most services still counts a little
      for (std::size_t i = 0; i < services.size(); ++i) {
        if (services[i] >= docs_.size()) continue;
        const double f = weighted[services[i]];
        if (f == 0) continue;
        const double length = static_cast<double>(docs_[services[i]].words.size());
        out[i] += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * length / average_length_));
      }
      for (auto d : touched) weighted[d] = 0;
      touched.clear();
    }
  return out;
}

}  // namespace sendhub::local_offer
