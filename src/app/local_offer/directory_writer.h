// Writing directory records inside a transaction: each is upserted by id, a service's
// attributes are replaced, and its search words (name, keywords, description) are rewritten
// for the engine's full-text index. One writer serves a whole import, so the lookups it needs
// (category names, organization names, search row numbers) are read once, not per record.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>

#include "domain/local_offer/hsds.h"
#include "store/database.h"

namespace sendhub::app::local_offer {

namespace lo = sendhub::local_offer;

class DirectoryWriter {
 public:
  DirectoryWriter(store::Connection& c, store::Dialect dialect, std::string now);

  Result<void> save(const lo::Organization& o);
  Result<void> save(const lo::Taxonomy& t);
  Result<void> save(const lo::TaxonomyTerm& t);
  Result<void> save(const lo::Location& l);
  // Each save bumps the row's edit version (1 for a new service).
  Result<void> save(const lo::Service& s);
  Result<void> save(const lo::ServiceAtLocation& s);
  // The same for many records in few statements (an import). Ids must not repeat within a call.
  Result<void> save_services(std::span<const lo::Service> services);
  Result<void> save_locations(std::span<const lo::Location> locations);
  Result<void> save_service_at_locations(std::span<const lo::ServiceAtLocation> places);
  // HSDS metadata rows; user_id empty for changes made by a command (an import).
  Result<void> record(lo::Metadata m, const std::string& user_id);
  Result<void> record_all(std::vector<lo::Metadata> rows, const std::string& user_id);
  // Marks the directory changed, so search word lists are rebuilt (call once per transaction).
  Result<void> bump_version();

  const std::string& now() const { return now_; }

 private:
  Result<void> load_lookups();
  std::string keywords_of(const lo::Service& s);

  store::Connection& c_;
  store::Dialect dialect_;
  std::string now_;
  bool loaded_ = false;
  struct TermName {
    std::string name, parent_id;
  };
  std::map<std::string, TermName> terms_;
  std::map<std::string, std::string> organization_names_;
  std::map<std::string, std::int64_t> search_rowids_;
  std::int64_t next_rowid_ = 1;
  std::int64_t next_seq_ = 0;  // 0: not read yet
};

// Whether a record with this id exists, for settling an import's references.
Result<bool> record_exists(store::Connection& c, const char* table, const std::string& id);

// A random (version 4) UUID for a new record.
std::string new_uuid();

}  // namespace sendhub::app::local_offer
