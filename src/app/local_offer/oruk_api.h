// What the Open Referral UK API lists: services (through the same search as the pages, so the
// same filters and the same "never inactive"), taxonomies, taxonomy terms, service_at_locations
// (with postcode and proximity) and organizations, each a page of HSDS records.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/local_offer/search.h"
#include "domain/local_offer/oruk_writer.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

template <class T>
struct ListPage {
  std::int64_t total = 0;
  std::vector<T> items;
};

// The request's page of services; request.include_temporarily_closed is set by the API.
Result<ListPage<lo::Service>> list_services(store::Database& db, DirectorySearch& search, SearchRequest request, bool full);
// Fully nested; nothing for an unknown, inactive or defunct service.
Result<std::optional<lo::FullService>> published_service(store::Database& db, const std::string& id);

Result<ListPage<lo::Taxonomy>> list_taxonomies(store::Database& db, std::size_t page, std::size_t per_page);
Result<std::optional<lo::Taxonomy>> find_taxonomy(store::Database& db, const std::string& id);

struct TermFilter {
  std::string taxonomy_id, parent_id;
  bool top_only = false;
};
Result<ListPage<lo::TaxonomyTerm>> list_terms(store::Database& db, const TermFilter& filter, std::size_t page, std::size_t per_page);
Result<std::optional<lo::TaxonomyTerm>> find_term(store::Database& db, const std::string& id);

struct PlaceHit {
  lo::ServiceAtLocation sal;
  lo::Location location;
  std::optional<double> distance_metres;
};
// request.where and request.radius_metres are the API's postcode and proximity (no proximity:
// every distance, nearest first).
Result<ListPage<PlaceHit>> list_service_at_locations(store::Database& db, DirectorySearch& search, SearchRequest request);
Result<std::optional<PlaceHit>> find_service_at_location(store::Database& db, const std::string& id);

Result<ListPage<lo::Organization>> list_organizations(store::Database& db, std::size_t page, std::size_t per_page);
Result<std::optional<std::pair<lo::Organization, std::vector<lo::Service>>>> find_organization(store::Database& db,
                                                                                               const std::string& id);

}  // namespace sendhub::app::local_offer
