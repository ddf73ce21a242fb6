// `sendhub import oruk`: an ORUK / HSDS 3.0 file or feed into the directory. Every record is
// checked; those that fail, and those that depend on them, are reported with the reason and
// left out whole. Everything accepted is upserted by id in one transaction, so a failure part
// way through imports nothing. Each service imported is recorded in its change history.
#pragma once

#include <string>
#include <vector>

#include "domain/local_offer/oruk_reader.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

namespace lo = sendhub::local_offer;

struct ImportReport {
  std::int64_t organizations = 0, services = 0, locations = 0, service_at_locations = 0, taxonomies = 0, taxonomy_terms = 0;
  std::int64_t new_services = 0;  // of services: not in the directory before
  std::vector<lo::Rejection> rejected;
};

// check_only: report what would be imported and rejected, and write nothing.
Result<ImportReport> import_directory(store::Database& db, lo::ReadDirectory read, const std::string& source, bool check_only);
Result<ImportReport> import_oruk_text(store::Database& db, std::string_view json_text, const std::string& source, bool check_only);

// The whole directory in the import file's shape (SENDhub's local members included).
Result<lo::Directory> export_directory(store::Database& db);

}  // namespace sendhub::app::local_offer
