// Reading Open Referral UK / HSDS 3.0 JSON: an import file (an object with the arrays
// organizations, services, locations, service_at_locations, taxonomies and taxonomy_terms), a
// page of an ORUK feed ({"contents": [...]}) or fully nested services as /services/{id} gives
// them. Every record is checked on its own; one that fails is left out whole and reported
// with the reason, never half-read. References between records are settled afterwards, when
// the ids already stored are known, and a record that depends on a rejected one is rejected too.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/local_offer/hsds.h"

namespace sendhub::local_offer {

struct Rejection {
  std::string where;  // "services[3]"
  std::string id;     // as given, possibly not a UUID
  std::string name;
  std::string reason;
  std::string service_id;  // a service_at_location's service, which cannot be imported without it
};

struct ReadDirectory {
  Directory directory;
  std::vector<Rejection> rejected;
};

inline constexpr std::size_t largest_import_bytes = 256u * 1024 * 1024;

// invalid_input only when the text is not JSON at all or not an object; bad records are
// reported in `rejected`.
Result<ReadDirectory> read_oruk(std::string_view json_text);

// Adds what another page or file read to `into` (later records with the same id win).
void merge(ReadDirectory& into, ReadDirectory&& more);

struct KnownIds {
  std::set<std::string> organizations, services, locations, taxonomies, taxonomy_terms;
};

// Rejects records whose references point at nothing (neither in the file nor in `stored`), and
// everything that depends on a rejected record, until nothing more changes.
void settle_references(ReadDirectory& read, const KnownIds& stored);

// A service's child arrays, as SENDhub stores them beside its row (trusted, but checked the same way).
Result<Service> read_service_details(std::string_view json_text, Service base);
Result<Location> read_location_details(std::string_view json_text, Location base);
Result<ServiceAtLocation> read_service_at_location_details(std::string_view json_text, ServiceAtLocation base);

}  // namespace sendhub::local_offer
