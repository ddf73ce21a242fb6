// Where a postcode is: the centre of the whole postcode when the council has imported the ONS
// Postcode Directory, else the centre of its district (every UK district is loaded by
// migration 14). `sendhub import onspd FILE` reads the ONSPD CSV.
#pragma once

#include <istream>
#include <optional>
#include <string>

#include "domain/local_offer/geo.h"
#include "domain/local_offer/place.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

namespace lo = sendhub::local_offer;

struct PlaceFix {
  lo::Coordinates at;
  bool whole_postcode = false;  // false: the district's centre, so distances are rougher
  std::string label;            // "YO10 5DD" or "YO10"
};

// Nothing when neither the postcode nor its district is known.
Result<std::optional<PlaceFix>> locate(store::Connection& c, const lo::Place& place);

struct OnspdImport {
  std::int64_t imported = 0;
  std::int64_t terminated = 0;       // postcodes no longer in use (doterm set), left out
  std::int64_t without_position = 0; // ONSPD's 99.999999 "no grid reference", left out
  std::int64_t unreadable = 0;       // lines that are not a postcode with a position
};

// Reads the ONSPD CSV (its header names the columns: pcds or pcd, lat, long, doterm, and the
// local authority as laua, oslaua or lad..cd) and upserts every live postcode in one transaction.
Result<OnspdImport> import_onspd(store::Database& db, std::istream& csv);

}  // namespace sendhub::app::local_offer
