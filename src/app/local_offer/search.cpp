#include "app/local_offer/search.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "app/local_offer/directory_reader.h"
#include "domain/local_offer/ranking.h"
#include "domain/local_offer/search_words.h"
#include "domain/local_offer/service_facts.h"
#include "domain/local_offer/synonyms.h"

namespace sendhub::app::local_offer {

struct DirectorySnapshot {
  struct Service {
    std::string id, status, organization_id, last_modified, language_keys, access_keys;
    bool active = false, temporarily_closed = false;  // from status, for the filter
    std::optional<double> minimum_age, maximum_age;
    bool free = false;
    int days = 0;
    std::vector<std::string> terms;  // its categories and their parents
    std::vector<lo::Coordinates> places;
    std::vector<std::string> place_labels;  // beside places: "Clifton Children's Centre, YO30 6AA"
    ResultCard card;                        // what a results list shows, but the distance
  };
  std::vector<Service> services;  // published ones, by name
  std::unordered_map<std::int64_t, std::size_t> by_search_rowid;
  std::unordered_map<std::string, std::size_t> by_id;
  std::shared_ptr<const lo::Vocabulary> words;
  lo::RankingIndex ranking;  // numbered as services
  std::vector<std::string> languages;
};

namespace {

using store::Value;
using Snapshot = DirectorySnapshot;

struct Candidate {
  std::size_t service;  // index in the snapshot
  double score = 0;
  std::optional<double> distance;
};

// Better score first; equal scores in name order (the snapshot's order), so no strings are compared.
bool better(const Candidate& a, const Candidate& b) { return a.score != b.score ? a.score > b.score : a.service < b.service; }

// Puts the first n candidates in order (all of them when n covers them).
void first_in_order(std::vector<Candidate>& list, std::size_t n) {
  if (n >= list.size()) std::sort(list.begin(), list.end(), better);
  else std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(n), list.end(), better);
}

bool has_key(const std::string& list, const std::string& key) {
  return !key.empty() && list.find("|" + key + "|") != std::string::npos;
}

bool passes(const Snapshot::Service& s, const SearchRequest& r) {
  if (!s.active && !(r.include_temporarily_closed && s.temporarily_closed)) return false;
  if (r.maximum_age && s.minimum_age.value_or(0) > *r.maximum_age) return false;
  if (r.minimum_age && s.maximum_age.value_or(1000) < *r.minimum_age) return false;
  if (r.free_only && !s.free) return false;
  if (r.days && (s.days & r.days) == 0) return false;
  if (!r.language.empty() && !has_key(s.language_keys, r.language)) return false;
  if (!r.accessibility.empty() && !has_key(s.access_keys, r.accessibility)) return false;
  if (!r.taxonomy_term_id.empty() && std::find(s.terms.begin(), s.terms.end(), r.taxonomy_term_id) == s.terms.end()) return false;
  if (!r.modified_after.empty() && !(s.last_modified > r.modified_after)) return false;
  if (!r.organization_id.empty() && s.organization_id != r.organization_id) return false;
  return true;
}

std::string trimmed(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

void add_keys(std::string& list, const std::string& keys) {
  for (std::size_t at = 1; at < keys.size();) {
    auto bar = keys.find('|', at);
    if (bar == std::string::npos) break;
    const std::string key = keys.substr(at, bar - at);
    if (!key.empty() && !has_key(list, key)) list += (list.empty() ? "|" : "") + key + "|";
    at = bar + 1;
  }
}

Result<std::shared_ptr<const Snapshot>> build_snapshot(store::Connection& c) {
  auto snap = std::make_shared<Snapshot>();
  auto rows = c.query("SELECT s.search_rowid, s.id, s.status, COALESCE(s.organization_id, ''), s.last_modified, s.language_keys, "
                      "s.minimum_age, s.maximum_age, s.is_free, s.days_mask, s.name, s.alternate_name, s.summary, s.description, "
                      "s.eligibility_description FROM lo_services s WHERE s.status IN ('active', 'temporarily closed') "
                      "ORDER BY s.name, s.id");
  if (!rows) return std::unexpected(rows.error());
  auto words = std::make_shared<lo::Vocabulary>();
  std::set<std::string> languages;
  auto& by_id = snap->by_id;
  std::vector<std::array<std::string, 3>> texts;  // name, other name, description as the engine has them
  for (const auto& r : *rows) {
    Snapshot::Service s;
    s.id = r.get_text(1);
    s.status = r.get_text(2);
    s.active = s.status == "active";
    s.temporarily_closed = s.status == "temporarily closed";
    s.organization_id = r.get_text(3);
    s.last_modified = r.get_text(4);
    s.language_keys = r.get_text(5);
    if (!r.is_null(6)) s.minimum_age = r.get_double(6);
    if (!r.is_null(7)) s.maximum_age = r.get_double(7);
    s.free = r.get_int(8) != 0;
    s.days = static_cast<int>(r.get_int(9));
    std::string keys;
    add_keys(keys, s.language_keys);
    for (std::size_t at = 1; at < keys.size();) {
      auto bar = keys.find('|', at);
      languages.insert(keys.substr(at, bar - at));
      at = bar + 1;
    }
    if (s.status == "active") {
      std::set<std::string> in_this;  // a word counts once per service: how many services use it
      for (int col = 10; col < 15; ++col)
        for (auto& w : lo::words_of(r.get_text(col))) in_this.insert(std::move(w));
      for (const auto& w : in_this) words->add(w);
    }
    texts.push_back({r.get_text(10), r.get_text(11), r.get_text(12) + "\n" + r.get_text(13) + "\n" + r.get_text(14)});
    snap->by_search_rowid[r.get_int(0)] = snap->services.size();
    by_id[s.id] = snap->services.size();
    snap->services.push_back(std::move(s));
  }
  // A card needs none of the child arrays (whether it is free is a column), so none are read.
  auto cards = c.query(std::string("SELECT ") + service_columns + ", COALESCE(o.name, ''), s.is_free FROM lo_services s "
                       "LEFT JOIN lo_organizations o ON o.id = s.organization_id WHERE s.status IN ('active', 'temporarily closed')");
  if (!cards) return std::unexpected(cards.error());
  for (const auto& r : *cards) {
    auto service = service_from(r, 0, false);
    if (!service) return std::unexpected(service.error());
    auto it = by_id.find(service->id);
    if (it == by_id.end()) continue;
    snap->services[it->second].card =
        ResultCard{std::move(*service), r.get_text(service_column_count), {}, r.get_int(service_column_count + 1) != 0, std::nullopt, ""};
  }
  auto category_names = c.query("SELECT a.service_id, t.name FROM lo_attributes a JOIN lo_taxonomy_terms t ON t.id = a.taxonomy_term_id "
                                "ORDER BY t.name");
  if (!category_names) return std::unexpected(category_names.error());
  for (const auto& r : *category_names)
    if (auto it = by_id.find(r.get_text(0)); it != by_id.end()) snap->services[it->second].card.categories.push_back(r.get_text(1));
  auto terms = c.query("SELECT a.service_id, t.id, COALESCE(t.parent_id, '') FROM lo_attributes a "
                       "JOIN lo_taxonomy_terms t ON t.id = a.taxonomy_term_id");
  if (!terms) return std::unexpected(terms.error());
  for (const auto& r : *terms) {
    auto it = by_id.find(r.get_text(0));
    if (it == by_id.end()) continue;
    auto& list = snap->services[it->second].terms;
    for (int col = 1; col <= 2; ++col)
      if (auto t = r.get_text(col); !t.empty() && std::find(list.begin(), list.end(), t) == list.end()) list.push_back(t);
  }
  auto places = c.query("SELECT sal.service_id, l.latitude, l.longitude, l.accessibility_keys, l.name, l.postal_code "
                        "FROM lo_service_at_locations sal JOIN lo_locations l ON l.id = sal.location_id");
  if (!places) return std::unexpected(places.error());
  for (const auto& r : *places) {
    auto it = by_id.find(r.get_text(0));
    if (it == by_id.end()) continue;
    auto& s = snap->services[it->second];
    if (!r.is_null(1) && !r.is_null(2)) {
      s.places.push_back({r.get_double(1), r.get_double(2)});
      s.place_labels.push_back(r.get_text(4) + (r.get_text(5).empty() ? "" : ", " + r.get_text(5)));
    }
    add_keys(s.access_keys, r.get_text(3));
  }
  auto names = c.query("SELECT id, name FROM lo_taxonomy_terms");
  if (!names) return std::unexpected(names.error());
  std::unordered_map<std::string, std::string> term_names;
  for (const auto& r : *names) {
    for (const auto& w : lo::words_of(r.get_text(1))) words->add(w);
    term_names[r.get_text(0)] = r.get_text(1);
  }
  // The keywords field as the directory writer fills it: other name, categories with their
  // parents, organisation.
  for (std::size_t i = 0; i < snap->services.size(); ++i) {
    const auto& s = snap->services[i];
    std::string keywords = texts[i][1];
    for (const auto& t : s.terms)
      if (auto it = term_names.find(t); it != term_names.end()) keywords += "\n" + it->second;
    keywords += "\n" + s.card.organization_name;
    snap->ranking.add(texts[i][0], keywords, texts[i][2]);
  }
  snap->ranking.finish();
  for (const auto& g : lo::synonym_groups())
    for (auto m : g.members)
      for (const auto& w : lo::words_of(m)) words->add(w);
  words->finish();
  snap->words = words;
  snap->languages.assign(languages.begin(), languages.end());
  return std::shared_ptr<const Snapshot>(snap);
}

}  // namespace

DirectorySearch::~DirectorySearch() = default;

Result<std::shared_ptr<const DirectorySnapshot>> DirectorySearch::snapshot(store::Connection& c) {
  auto state = c.query("SELECT version FROM lo_directory_state WHERE id = 1");
  if (!state) return std::unexpected(state.error());
  const std::int64_t version = state->empty() ? 0 : state->front().get_int(0);
  std::lock_guard lock(mutex_);
  if (snapshot_ && version == version_) return snapshot_;
  auto fresh = build_snapshot(c);
  if (!fresh) return std::unexpected(fresh.error());
  snapshot_ = *fresh;
  version_ = version;
  return snapshot_;
}

std::pair<std::shared_ptr<const DirectorySnapshot>, std::int64_t> DirectorySearch::held() {
  std::lock_guard lock(mutex_);
  return {snapshot_, version_};
}

Result<std::shared_ptr<const lo::Vocabulary>> DirectorySearch::vocabulary() {
  std::shared_ptr<const lo::Vocabulary> out;
  auto ok = db_.read([&](store::Connection& c) -> Result<void> {
    auto s = snapshot(c);
    if (!s) return std::unexpected(s.error());
    out = (*s)->words;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<std::string>> DirectorySearch::languages() {
  std::vector<std::string> out;
  auto ok = db_.read([&](store::Connection& c) -> Result<void> {
    auto s = snapshot(c);
    if (!s) return std::unexpected(s.error());
    out = (*s)->languages;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<SearchResults> DirectorySearch::run(const SearchRequest& r) {
  std::optional<SearchResults> out;
  auto ok = db_.read([&](store::Connection& c) -> Result<void> {
    auto found = run(c, r);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return std::move(*out);
}

Result<SearchResults> DirectorySearch::run(store::Connection& c, const SearchRequest& r) {
  SearchResults out;
  std::optional<lo::Place> place;
  if (!trimmed(r.where).empty()) {
    auto parsed = lo::parse_place(r.where);
    if (!parsed) return std::unexpected(parsed.error());
    place = *parsed;
  }
  const bool pg = db_.dialect() == store::Dialect::postgres;
  const std::size_t per_page = std::clamp<std::size_t>(r.per_page, 1, largest_page);
  const std::size_t page = std::max<std::size_t>(r.page, 1);
  std::vector<Candidate> candidates;
  std::shared_ptr<const Snapshot> snap;
  auto ok = [&]() -> Result<void> {
    // A search for words uses the snapshot held and checks in its own query that the directory
    // has not changed since; anything else (and the first search) asks first.
    const auto held_now = held();
    const std::int64_t held_version = held_now.second;
    bool optimistic = held_now.first && !trimmed(r.what).empty();
    if (optimistic) {
      snap = held_now.first;
    } else {
      auto s = snapshot(c);
      if (!s) return std::unexpected(s.error());
      snap = *s;
    }
    out.query = lo::build_query(r.what, *snap->words);
    if (place) {
      auto fix = locate(c, *place);
      if (!fix) return std::unexpected(fix.error());
      if (!*fix)
        return fail(ErrorCode::invalid_input,
                    "We could not find the postcode " + place->label() + ". Check it and try again, or leave it out", "where");
      out.place = **fix;
    }
    if (out.query.empty()) {
      for (std::size_t i = 0; i < snap->services.size(); ++i)
        if (passes(snap->services[i], r)) candidates.push_back({i, 0, {}});
      return {};  // already in name order
    }
    // The engine finds the services with the words; the snapshot applies the filters and ranks
    // what is left (lo::RankingIndex: asking the engine to rank every match cost more).
    std::function<Result<void>(bool)> fetch = [&](bool all_units) -> Result<void> {
      candidates.clear();
      // On PostgreSQL the query is parsed once in its own step: in a generic plan, to_tsquery($1)
      // would otherwise be worked out again for every service it is tested against.
      const Value p[] = {pg ? lo::tsquery_text(out.query, all_units) : lo::fts5_match(out.query, all_units)};
      // One row: the directory's version and every match's number, as text (a row per match
      // cost more to build than the search itself).
      auto rows = c.query(pg ? "WITH q AS MATERIALIZED (SELECT to_tsquery('english', $1) AS query) "
                               "SELECT (SELECT version FROM lo_directory_state WHERE id = 1), "
                               "(SELECT string_agg(w.search_rowid::text, ' ') FROM q, lo_service_words w WHERE w.vector @@ q.query)"
                             : "SELECT (SELECT version FROM lo_directory_state WHERE id = 1), "
                               "(SELECT group_concat(rowid, ' ') FROM lo_service_search WHERE lo_service_search MATCH $1)",
                          p);
      if (!rows) return std::unexpected(rows.error());
      const std::int64_t version = rows->empty() || rows->front().is_null(0) ? 0 : rows->front().get_int(0);
      if (optimistic && version != held_version) {  // changed since: the words are looked up again
        auto s = snapshot(c);
        if (!s) return std::unexpected(s.error());
        snap = *s;
        out.query = lo::build_query(r.what, *snap->words);
        optimistic = false;
        return fetch(all_units);
      }
      const std::string numbers = rows->empty() || rows->front().is_null(1) ? "" : rows->front().get_text(1);
      std::vector<std::size_t> matched;
      for (const char *at = numbers.data(), *end = at + numbers.size(); at < end;) {
        std::int64_t rowid = 0;
        auto [next, ec] = std::from_chars(at, end, rowid);
        if (ec != std::errc{}) break;
        at = next + 1;  // past the space
        auto it = snap->by_search_rowid.find(rowid);
        if (it != snap->by_search_rowid.end() && passes(snap->services[it->second], r)) matched.push_back(it->second);
      }
      const auto scores = snap->ranking.scores(out.query, matched);
      for (std::size_t i = 0; i < matched.size(); ++i) candidates.push_back({matched[i], scores[i], {}});
      // Nearest-first lists are put in order below; otherwise only the page asked for needs it.
      if (!place) first_in_order(candidates, page * per_page);
      return {};
    };
    if (auto done = fetch(true); !done) return done;
    if (candidates.empty() && out.query.units.size() > 1) {
      if (auto done = fetch(false); !done) return done;
      out.some_words_only = !candidates.empty();
    }
    return {};
  }();
  if (!ok) return std::unexpected(ok.error());
  if (out.place) {
    // Each candidate's nearest place within the radius: the box rules most out, haversine decides.
    const double radius = r.radius_metres > 0 ? r.radius_metres : default_radius_miles * lo::metres_per_mile;
    const auto box = lo::bounding_box(out.place->at, radius);
    std::vector<Candidate> located, elsewhere;
    for (auto& cand : candidates) {
      const auto& places = snap->services[cand.service].places;
      for (const auto& at : places) {
        if (!box.contains(at)) continue;
        const double d = lo::haversine_metres(out.place->at, at);
        if (d <= radius && (!cand.distance || d < *cand.distance)) cand.distance = d;
      }
      if (cand.distance) located.push_back(cand);
      else if (places.empty()) elsewhere.push_back(cand);  // by phone, online or at home: no distance to show
    }
    const std::size_t needed = page * per_page;
    auto nearer = [](const Candidate& a, const Candidate& b) { return *a.distance != *b.distance ? *a.distance < *b.distance : better(a, b); };
    if (needed >= located.size()) std::sort(located.begin(), located.end(), nearer);
    else std::partial_sort(located.begin(), located.begin() + static_cast<std::ptrdiff_t>(needed), located.end(), nearer);
    first_in_order(elsewhere, needed > located.size() ? needed - located.size() : 0);
    out.without_place = static_cast<std::int64_t>(elsewhere.size());
    candidates = std::move(located);
    candidates.insert(candidates.end(), elsewhere.begin(), elsewhere.end());
  }
  out.total = static_cast<std::int64_t>(candidates.size());
  out.snapshot = snap;
  for (std::size_t i = (page - 1) * per_page; i < candidates.size() && i < page * per_page; ++i)
    out.hits.push_back({snap->services[candidates[i].service].id, candidates[i].score, candidates[i].distance});
  return out;
}

std::vector<ResultCard> result_cards(const SearchResults& results) {
  std::vector<ResultCard> out;
  if (!results.snapshot) return out;
  const auto& snap = *results.snapshot;
  for (const auto& h : results.hits) {
    auto it = snap.by_id.find(h.service_id);
    if (it == snap.by_id.end()) continue;
    const auto& s = snap.services[it->second];
    ResultCard card = s.card;
    card.distance_metres = h.distance_metres;
    if (card.distance_metres && results.place) {
      // The label of the place the distance was measured to: the nearest one.
      double best = 0;
      for (std::size_t i = 0; i < s.places.size(); ++i) {
        const double d = lo::haversine_metres(results.place->at, s.places[i]);
        if (card.nearest_place.empty() || d < best) best = d, card.nearest_place = s.place_labels[i];
      }
    }
    out.push_back(std::move(card));
  }
  return out;
}

Result<ResultsPage> search_page(store::Database& db, DirectorySearch& search, const SearchRequest& request) {
  std::optional<ResultsPage> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto found = search.run(c, request);
    if (!found) return std::unexpected(found.error());
    auto cards = result_cards(*found);
    out = ResultsPage{std::move(*found), std::move(cards)};
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return std::move(*out);
}

}  // namespace sendhub::app::local_offer
