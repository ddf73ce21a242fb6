// ORUK / HSDS import files: whatever is accepted is well formed (UUID ids, known statuses and
// location types, references that resolve), and writing it out and reading it back gives the
// same directory with nothing rejected, so an export always imports.
#include <cstdint>
#include <string_view>

#include <boost/json.hpp>

#include "domain/local_offer/oruk_reader.h"
#include "domain/local_offer/oruk_writer.h"
#include "domain/local_offer/uuid.h"

namespace lo = sendhub::local_offer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto read = lo::read_oruk(in);
  if (!read) return 0;
  lo::settle_references(*read, {});
  const auto& d = read->directory;
  for (const auto& s : d.services) {
    if (!lo::is_uuid(s.id) || s.id != lo::normalise_uuid(s.id) || s.name.empty()) __builtin_trap();
    bool known = false;
    for (const char* status : lo::service_statuses) known |= s.status == status;
    if (!known) __builtin_trap();
  }
  for (const auto& sal : d.service_at_locations) {
    bool service = false, location = false;
    for (const auto& s : d.services) service |= s.id == sal.service_id;
    for (const auto& l : d.locations) location |= l.id == sal.location_id;
    if (!service || !location) __builtin_trap();
  }
  auto again = lo::read_oruk(boost::json::serialize(lo::directory_json(d)));
  if (!again) __builtin_trap();
  lo::settle_references(*again, {});
  if (!again->rejected.empty()) __builtin_trap();
  const auto& e = again->directory;
  if (e.services != d.services || e.locations != d.locations || e.service_at_locations != d.service_at_locations ||
      e.taxonomy_terms != d.taxonomy_terms || e.taxonomies != d.taxonomies)
    __builtin_trap();
  return 0;
}
