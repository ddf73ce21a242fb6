// A made-up directory of any size for benchmarks: organisations, places spread over the real
// postcode districts of Yorkshire, and services in every Local Offer category with schedules,
// languages, ages and costs, the same for the same seed. Names and text are assembled from the
// categories' own words, so searches for ordinary terms find realistic numbers of matches.
#pragma once

#include <cstdint>
#include <string>

#include "domain/local_offer/hsds.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

// Reads the district centres it spreads places over from postcode_centroids (migration 14).
Result<sendhub::local_offer::Directory> synthetic_directory(store::Database& db, int services, std::uint64_t seed);

}  // namespace sendhub::app::local_offer
