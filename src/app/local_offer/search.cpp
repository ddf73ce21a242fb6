#include "app/local_offer/search.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/local_offer/directory_reader.h"
#include "domain/local_offer/search_words.h"
#include "domain/local_offer/service_facts.h"
#include "domain/local_offer/synonyms.h"

namespace sendhub::app::local_offer {
namespace {

using store::Value;

struct Candidate {
  std::string id;
  double score = 0;
  bool located = false;
  std::optional<double> distance;
};

// Every filter is in the statement every time, switched off by its "not asked" value, so the
// engines see a handful of statements whatever is asked (each is prepared once and cached).
std::string filters_sql(int first, bool include_closed) {
  auto n = [&](int k) { return "$" + std::to_string(first + k); };
  return std::string(include_closed ? "s.status IN ('active', 'temporarily closed')" : "s.status = 'active'") +
         " AND (CAST(" + n(0) + " AS DOUBLE PRECISION) < 0 OR COALESCE(s.minimum_age, 0) <= CAST(" + n(0) +
         " AS DOUBLE PRECISION))"
         " AND (CAST(" + n(1) + " AS DOUBLE PRECISION) < 0 OR COALESCE(s.maximum_age, 1000) >= CAST(" + n(1) +
         " AS DOUBLE PRECISION))"
         " AND (CAST(" + n(2) + " AS BIGINT) = 0 OR s.is_free = 1)"
         " AND (CAST(" + n(3) + " AS BIGINT) = 0 OR (s.days_mask & CAST(" + n(3) + " AS BIGINT)) <> 0)"
         " AND (CAST(" + n(4) + " AS TEXT) = '' OR s.language_keys LIKE CAST(" + n(4) + " AS TEXT))"
         " AND (CAST(" + n(5) + " AS TEXT) = '' OR EXISTS (SELECT 1 FROM lo_attributes a JOIN lo_taxonomy_terms t "
         "ON t.id = a.taxonomy_term_id WHERE a.service_id = s.id AND (t.id = CAST(" + n(5) + " AS TEXT) OR t.parent_id = CAST(" +
         n(5) + " AS TEXT))))"
         " AND (CAST(" + n(6) + " AS TEXT) = '' OR EXISTS (SELECT 1 FROM lo_service_at_locations sal JOIN lo_locations l "
         "ON l.id = sal.location_id WHERE sal.service_id = s.id AND l.accessibility_keys LIKE CAST(" + n(6) + " AS TEXT)))"
         " AND (CAST(" + n(7) + " AS TEXT) = '' OR s.last_modified > CAST(" + n(7) + " AS TEXT))"
         " AND (CAST(" + n(8) + " AS TEXT) = '' OR s.organization_id = CAST(" + n(8) + " AS TEXT))";
}

constexpr const char* located_sql =
    "EXISTS (SELECT 1 FROM lo_service_at_locations sal JOIN lo_locations l ON l.id = sal.location_id "
    "WHERE sal.service_id = s.id AND l.latitude IS NOT NULL)";

// Letters, digits and spaces only, for a LIKE pattern.
std::string key_pattern(const std::string& key) {
  std::string clean;
  for (char c : key)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '_' || static_cast<unsigned char>(c) >= 0x80)
      clean.push_back(c == '_' ? ' ' : c);
  return clean.empty() ? "" : "%|" + clean + "|%";
}

std::string accessibility_pattern(const std::string& key) {
  for (const auto& f : lo::accessibility_features())
    if (f.key == key) return "%|" + key + "|%";
  return key.empty() ? "" : "%|unknown-feature|%";
}

std::vector<Value> filter_params(const SearchRequest& r) {
  return {r.maximum_age ? Value(*r.maximum_age) : Value(-1.0),
          r.minimum_age ? Value(*r.minimum_age) : Value(-1.0),
          static_cast<std::int64_t>(r.free_only ? 1 : 0),
          static_cast<std::int64_t>(r.days),
          key_pattern(r.language),
          r.taxonomy_term_id,
          accessibility_pattern(r.accessibility),
          r.modified_after,
          r.organization_id};
}

std::string trimmed(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

Result<std::shared_ptr<const lo::Vocabulary>> DirectorySearch::vocabulary() {
  std::shared_ptr<const lo::Vocabulary> out;
  auto ok = db_.read([&](store::Connection& c) -> Result<void> {
    auto v = vocabulary(c);
    if (!v) return std::unexpected(v.error());
    out = *v;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::shared_ptr<const lo::Vocabulary>> DirectorySearch::vocabulary(store::Connection& c) {
  auto state = c.query("SELECT version FROM lo_directory_state WHERE id = 1");
  if (!state) return std::unexpected(state.error());
  const std::int64_t version = state->empty() ? 0 : state->front().get_int(0);
  std::lock_guard lock(mutex_);
  if (words_ && version == version_) return words_;
  auto rows = c.query("SELECT s.name, s.alternate_name, s.summary, s.description, s.eligibility_description, s.language_keys "
                      "FROM lo_services s WHERE s.status = 'active'");
  if (!rows) return std::unexpected(rows.error());
  auto words = std::make_shared<lo::Vocabulary>();
  std::set<std::string> languages;
  for (const auto& r : *rows) {
    const std::string keys = r.get_text(5);
    for (std::size_t at = 1; at < keys.size();) {
      auto bar = keys.find('|', at);
      if (bar == std::string::npos) break;
      if (bar > at) languages.insert(keys.substr(at, bar - at));
      at = bar + 1;
    }
    std::set<std::string> in_this;  // a word counts once per service: how many services use it
    for (int col = 0; col < 5; ++col)
      for (auto& w : lo::words_of(r.get_text(col))) in_this.insert(std::move(w));
    for (const auto& w : in_this) words->add(w);
  }
  auto terms = c.query("SELECT name FROM lo_taxonomy_terms");
  if (!terms) return std::unexpected(terms.error());
  for (const auto& r : *terms)
    for (const auto& w : lo::words_of(r.get_text(0))) words->add(w);
  for (const auto& g : lo::synonym_groups())
    for (auto m : g.members)
      for (const auto& w : lo::words_of(m)) words->add(w);
  words->finish();
  words_ = words;
  languages_.assign(languages.begin(), languages.end());
  version_ = version;
  return words_;
}

Result<std::vector<std::string>> DirectorySearch::languages() {
  if (auto v = vocabulary(); !v) return std::unexpected(v.error());
  std::lock_guard lock(mutex_);
  return languages_;
}

Result<SearchResults> DirectorySearch::run(const SearchRequest& r) {
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
  bool listed_in_sql = false;
  auto ok = db_.read([&](store::Connection& c) -> Result<void> {
    auto words = vocabulary(c);
    if (!words) return std::unexpected(words.error());
    out.query = lo::build_query(r.what, **words);
    if (place) {
      auto fix = locate(c, *place);
      if (!fix) return std::unexpected(fix.error());
      if (!*fix)
        return fail(ErrorCode::invalid_input,
                    "We could not find the postcode " + place->label() + ". Check it and try again, or leave it out", "where");
      out.place = **fix;
    }
    auto fetch = [&](bool all_units) -> Result<void> {
      candidates.clear();
      std::vector<Value> p;
      std::string sql;
      const bool text = !out.query.empty();
      if (text) {
        p.push_back(pg ? lo::tsquery_text(out.query, all_units) : lo::fts5_match(out.query, all_units));
        sql = pg ? std::string("SELECT s.id, ts_rank(s.search_vector, to_tsquery('english', $1)), ") + located_sql +
                       " FROM lo_services s WHERE s.search_vector @@ to_tsquery('english', $1) AND " +
                       filters_sql(2, r.include_temporarily_closed)
                 : std::string("SELECT s.id, -bm25(lo_service_search, 10.0, 4.0, 1.0), ") + located_sql +
                       // CROSS JOIN keeps the full-text match outermost: otherwise SQLite may run
                       // the match once for every active service.
                       " FROM lo_service_search CROSS JOIN lo_services s ON s.search_rowid = lo_service_search.rowid "
                       "WHERE lo_service_search MATCH $1 AND " +
                       filters_sql(2, r.include_temporarily_closed);
      } else {
        sql = std::string("SELECT s.id, 0.0, ") + located_sql + " FROM lo_services s WHERE " +
              filters_sql(1, r.include_temporarily_closed) + " ORDER BY s.name, s.id";
      }
      for (auto& v : filter_params(r)) p.push_back(std::move(v));
      auto rows = c.query(sql, p);
      if (!rows) return std::unexpected(rows.error());
      candidates.reserve(rows->size());
      for (const auto& row : *rows) candidates.push_back({row.get_text(0), row.get_double(1), row.get_int(2) != 0, {}});
      if (text)
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
          return a.score != b.score ? a.score > b.score : a.id < b.id;
        });
      return {};
    };
    if (out.query.empty() && !out.place) {
      // Nothing to rank by and no distances: count and page in SQL rather than list every id.
      const std::string where = filters_sql(1, r.include_temporarily_closed);
      auto params = filter_params(r);
      auto total = c.query("SELECT count(*) FROM lo_services s WHERE " + where, params);
      if (!total) return std::unexpected(total.error());
      out.total = total->front().get_int(0);
      params.emplace_back(static_cast<std::int64_t>(per_page));
      params.emplace_back(static_cast<std::int64_t>((page - 1) * per_page));
      auto rows = c.query("SELECT s.id FROM lo_services s WHERE " + where + " ORDER BY s.name, s.id LIMIT $10 OFFSET $11", params);
      if (!rows) return std::unexpected(rows.error());
      for (const auto& row : *rows) out.hits.push_back({row.get_text(0), 0, std::nullopt});
      listed_in_sql = true;
      return {};
    }
    if (auto done = fetch(true); !done) return done;
    if (candidates.empty() && out.query.units.size() > 1) {
      if (auto done = fetch(false); !done) return done;
      out.some_words_only = !candidates.empty();
    }
    if (!out.place) return {};
    // Nearest place of each candidate within the radius: the box narrows by index, haversine decides.
    const double radius = r.radius_metres > 0 ? r.radius_metres : default_radius_miles * lo::metres_per_mile;
    const auto box = lo::bounding_box(out.place->at, radius);
    const Value b[] = {box.min_latitude, box.max_latitude, box.min_longitude, box.max_longitude};
    auto near = c.query("SELECT sal.service_id, l.latitude, l.longitude FROM lo_locations l "
                        "JOIN lo_service_at_locations sal ON sal.location_id = l.id "
                        "WHERE l.latitude BETWEEN $1 AND $2 AND l.longitude BETWEEN $3 AND $4",
                        b);
    if (!near) return std::unexpected(near.error());
    std::map<std::string, double> nearest;
    for (const auto& row : *near) {
      const double d = lo::haversine_metres(out.place->at, {row.get_double(1), row.get_double(2)});
      if (d > radius) continue;
      auto [it, fresh] = nearest.emplace(row.get_text(0), d);
      if (!fresh) it->second = std::min(it->second, d);
    }
    std::vector<Candidate> located, elsewhere;
    for (auto& cand : candidates) {
      if (auto it = nearest.find(cand.id); it != nearest.end()) {
        cand.distance = it->second;
        located.push_back(std::move(cand));
      } else if (!cand.located) {
        elsewhere.push_back(std::move(cand));  // by phone, online or at home: no distance to show
      }
    }
    std::stable_sort(located.begin(), located.end(), [](const Candidate& a, const Candidate& b) { return *a.distance < *b.distance; });
    out.without_place = static_cast<std::int64_t>(elsewhere.size());
    candidates = std::move(located);
    for (auto& e : elsewhere) candidates.push_back(std::move(e));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (listed_in_sql) return out;
  out.total = static_cast<std::int64_t>(candidates.size());
  for (std::size_t i = (page - 1) * per_page; i < candidates.size() && i < page * per_page; ++i)
    out.hits.push_back({candidates[i].id, candidates[i].score, candidates[i].distance});
  return out;
}

Result<std::vector<ResultCard>> result_cards(store::Database& db, const std::vector<SearchHit>& hits,
                                             const std::optional<PlaceFix>& place) {
  std::vector<ResultCard> out;
  if (hits.empty()) return out;
  std::vector<std::string> ids;
  for (const auto& h : hits) ids.push_back(h.service_id);
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto services = load_services(c, ids, true);
    if (!services) return std::unexpected(services.error());
    std::vector<Value> p(ids.begin(), ids.end());
    auto orgs = c.query("SELECT s.id, o.name FROM lo_services s JOIN lo_organizations o ON o.id = s.organization_id "
                        "WHERE s.id IN (" + placeholders(ids.size()) + ")", p);
    if (!orgs) return std::unexpected(orgs.error());
    std::map<std::string, std::string> org_of;
    for (const auto& r : *orgs) org_of[r.get_text(0)] = r.get_text(1);
    auto terms = c.query("SELECT a.service_id, t.name FROM lo_attributes a JOIN lo_taxonomy_terms t ON t.id = a.taxonomy_term_id "
                         "WHERE a.service_id IN (" + placeholders(ids.size()) + ") ORDER BY t.name", p);
    if (!terms) return std::unexpected(terms.error());
    std::map<std::string, std::vector<std::string>> terms_of;
    for (const auto& r : *terms) terms_of[r.get_text(0)].push_back(r.get_text(1));
    std::map<std::string, std::pair<double, std::string>> place_of;
    if (place) {
      auto places = c.query("SELECT sal.service_id, l.latitude, l.longitude, l.name, l.postal_code FROM lo_service_at_locations sal "
                            "JOIN lo_locations l ON l.id = sal.location_id WHERE l.latitude IS NOT NULL AND sal.service_id IN (" +
                                placeholders(ids.size()) + ")", p);
      if (!places) return std::unexpected(places.error());
      for (const auto& r : *places) {
        const double d = lo::haversine_metres(place->at, {r.get_double(1), r.get_double(2)});
        const std::string label = r.get_text(3) + (r.get_text(4).empty() ? "" : ", " + r.get_text(4));
        auto [it, fresh] = place_of.emplace(r.get_text(0), std::pair{d, label});
        if (!fresh && d < it->second.first) it->second = {d, label};
      }
    }
    for (std::size_t i = 0; i < services->size(); ++i) {
      auto& s = (*services)[i];
      ResultCard card{s, org_of[s.id], terms_of[s.id], std::nullopt, ""};
      for (const auto& h : hits)
        if (h.service_id == s.id) card.distance_metres = h.distance_metres;
      if (card.distance_metres) card.nearest_place = place_of[s.id].second;
      out.push_back(std::move(card));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app::local_offer
