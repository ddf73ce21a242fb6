// Writing Open Referral UK / HSDS 3.0 JSON for the API, the export and SENDhub's own storage of
// each record's child arrays. Empty optional members are left out rather than sent as "" or
// null, so every member present is valid for its HSDS type and format.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/local_offer/hsds.h"

namespace sendhub::local_offer {

inline constexpr const char* oruk_version = "HSDS-UK-3.0";
inline constexpr const char* oruk_profile = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";
inline constexpr const char* oruk_openapi_url = "https://openreferraluk.org/specifications/3.0/openapi.json";

boost::json::object organization_json(const Organization& o);
boost::json::object taxonomy_json(const Taxonomy& t);
boost::json::object term_json(const TaxonomyTerm& t, const Taxonomy* taxonomy = nullptr);
boost::json::object location_json(const Location& l);
boost::json::object service_at_location_json(const ServiceAtLocation& s, const Location* location);
boost::json::object metadata_json(const Metadata& m);
// The one-to-one members only, as /services lists them.
boost::json::object service_list_json(const Service& s);

struct FullService {
  Service service;
  std::optional<Organization> organization;
  std::vector<std::pair<ServiceAtLocation, Location>> places;
  std::vector<TaxonomyTerm> terms;  // those the attributes name
  std::vector<Taxonomy> taxonomies;
  std::vector<Metadata> metadata;
};
// Fully nested, as /services/{id} gives it.
boost::json::object service_full_json(const FullService& f);

// A service with its child arrays and attributes, as the flat import/export form holds it.
boost::json::object service_flat_json(const Service& s);
boost::json::object directory_json(const Directory& d);

// The child arrays SENDhub stores beside each row (read back by oruk_reader.h).
std::string service_details_json(const Service& s);
std::string location_details_json(const Location& l);
std::string service_at_location_details_json(const ServiceAtLocation& s);

// HSDS 3.0's paginated envelope.
boost::json::object page_json(std::int64_t total_items, std::int64_t page, std::int64_t per_page, boost::json::array contents);

}  // namespace sendhub::local_offer
