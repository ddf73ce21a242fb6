// Searching the directory, for the public pages and the Open Referral UK API alike: the
// family's words through the engine's full-text index (FTS5 on SQLite, tsvector on
// PostgreSQL) with name weighted over keywords over description, the filters, and with a
// postcode the distance to each service's nearest place (bounding box first, then haversine),
// nearest first. Only active services are ever found.
//
// One DirectorySearch per server: it keeps the directory's word list (for spelling tolerance)
// and the facts the filters need in memory, and rebuilds them when the directory's version
// changes (any server's write bumps it), so a search is one full-text query and arithmetic.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "app/local_offer/postcodes.h"
#include "domain/local_offer/hsds.h"
#include "domain/local_offer/search_query.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

inline constexpr double default_radius_miles = 10;
inline constexpr std::size_t largest_page = 10'000;  // the API lists every match to page service_at_locations

// What the filters, distances and result cards need of every published service, read once per
// directory version and kept in memory; the engine's full-text index does the word matching
// and ranking.
struct DirectorySnapshot;

struct SearchRequest {
  std::string what;                      // as typed
  std::string where;                     // a postcode or district, as typed
  double radius_metres = 0;              // 0: default_radius_miles when `where` is given
  std::string taxonomy_term_id;          // a category or one of its sub-categories
  std::optional<double> minimum_age, maximum_age;  // the ages the service must serve some of
  bool free_only = false;
  int days = 0;                          // lo::day_bit()s: open on at least one of them
  std::string language;                  // a key from lo::language_keys
  std::string accessibility;             // a key from lo::accessibility_features
  std::string modified_after;            // YYYY-MM-DDTHH:MM:SSZ
  std::string organization_id;
  bool include_temporarily_closed = false;  // the API lists them (with their status); search pages do not
  std::size_t page = 1, per_page = 20;
};

struct SearchHit {
  std::string service_id;
  double score = 0;                       // higher is better
  std::optional<double> distance_metres;  // to the nearest place, when a postcode was given
};

struct SearchResults {
  std::vector<SearchHit> hits;  // this page only
  std::shared_ptr<const DirectorySnapshot> snapshot;  // the directory as searched, for its cards
  std::int64_t total = 0;
  lo::SearchQuery query;
  bool some_words_only = false;     // nothing matched every word, so these match some of them
  std::optional<PlaceFix> place;
  std::int64_t without_place = 0;   // of total: by phone, online or at home (no distance)
};

class DirectorySearch {
 public:
  explicit DirectorySearch(store::Database& db) : db_(db) {}
  ~DirectorySearch();
  // invalid_input (field "where") for a malformed or unknown postcode.
  Result<SearchResults> run(const SearchRequest& request);
  // The same inside the caller's read transaction (one round of queries for a whole page).
  Result<SearchResults> run(store::Connection& c, const SearchRequest& request);
  // The word list now in use (for tests and the benchmark's warm-up).
  Result<std::shared_ptr<const lo::Vocabulary>> vocabulary();
  // Language keys published services name, sorted (for the language filter).
  Result<std::vector<std::string>> languages();

 private:
  Result<std::shared_ptr<const DirectorySnapshot>> snapshot(store::Connection& c);
  // The snapshot held, and the directory version it was built from, without asking the
  // database: a search checks the version in its own query (one round trip fewer).
  std::pair<std::shared_ptr<const DirectorySnapshot>, std::int64_t> held();

  store::Database& db_;
  std::mutex mutex_;
  std::int64_t version_ = -1;
  std::shared_ptr<const DirectorySnapshot> snapshot_;
};

// What a results list shows of each hit.
struct ResultCard {
  lo::Service service;
  std::string organization_name;
  std::vector<std::string> categories;
  bool free = false;
  std::optional<double> distance_metres;
  std::string nearest_place;  // "Clifton Children's Centre, YO30 6AA"
};
// From the snapshot the search used, so a results page costs no more queries than the search.
std::vector<ResultCard> result_cards(const SearchResults& results);

// A results page: the search and its cards, read in one transaction.
struct ResultsPage {
  SearchResults results;
  std::vector<ResultCard> cards;
};
Result<ResultsPage> search_page(store::Database& db, DirectorySearch& search, const SearchRequest& request);

}  // namespace sendhub::app::local_offer
