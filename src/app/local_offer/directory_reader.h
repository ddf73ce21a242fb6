// Reading directory records back into HSDS shape: one service fully nested (its organization,
// places, categories and change history), a set of services for a list, or the whole directory
// for an export.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/batch_insert.h"  // placeholders()
#include "domain/local_offer/oruk_writer.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

namespace lo = sendhub::local_offer;

// Columns of `lo_services s` that service_from() reads, in its order.
extern const char* const service_columns;
// with_details: also parse the child arrays (phones, schedules …); lists do not need them.
Result<lo::Service> service_from(const store::Row& row, int first, bool with_details);
inline constexpr int service_column_count = 26;
// The row's edit version (the last of service_columns).
std::int64_t service_version(const store::Row& row, int first);

Result<std::optional<lo::FullService>> load_full_service(store::Connection& c, const std::string& id);
// In the order of ids; ids with no service are skipped.
Result<std::vector<lo::Service>> load_services(store::Connection& c, const std::vector<std::string>& ids, bool with_details,
                                               bool with_attributes = true);
Result<std::vector<lo::Location>> load_locations(store::Connection& c, const std::vector<std::string>& ids);
Result<lo::Directory> load_directory(store::Connection& c);
Result<std::vector<lo::Metadata>> load_metadata(store::Connection& c, const std::string& resource_id);



}  // namespace sendhub::app::local_offer
