#include "app/local_offer/import.h"

#include "app/clock.h"
#include "app/local_offer/directory_reader.h"
#include "app/local_offer/directory_writer.h"

namespace sendhub::app::local_offer {
namespace {

Result<std::set<std::string>> ids_of(store::Connection& c, const char* table) {
  auto rows = c.query(std::string("SELECT id FROM ") + table);
  if (!rows) return std::unexpected(rows.error());
  std::set<std::string> out;
  for (const auto& r : *rows) out.insert(r.get_text(0));
  return out;
}

Result<lo::KnownIds> stored_ids(store::Connection& c) {
  lo::KnownIds k;
  const std::pair<const char*, std::set<std::string>*> tables[] = {
      {"lo_organizations", &k.organizations}, {"lo_services", &k.services},   {"lo_locations", &k.locations},
      {"lo_taxonomies", &k.taxonomies},       {"lo_taxonomy_terms", &k.taxonomy_terms}};
  for (const auto& [table, into] : tables) {
    auto ids = ids_of(c, table);
    if (!ids) return std::unexpected(ids.error());
    *into = std::move(*ids);
  }
  return k;
}

void count(ImportReport& report, const lo::Directory& d, const lo::KnownIds& stored) {
  report.organizations = static_cast<std::int64_t>(d.organizations.size());
  report.services = static_cast<std::int64_t>(d.services.size());
  report.locations = static_cast<std::int64_t>(d.locations.size());
  report.service_at_locations = static_cast<std::int64_t>(d.service_at_locations.size());
  report.taxonomies = static_cast<std::int64_t>(d.taxonomies.size());
  report.taxonomy_terms = static_cast<std::int64_t>(d.taxonomy_terms.size());
  for (const auto& s : d.services)
    if (!stored.services.contains(s.id)) ++report.new_services;
}

}  // namespace

Result<ImportReport> import_directory(store::Database& db, lo::ReadDirectory read, const std::string& source, bool check_only) {
  ImportReport report;
  auto work = [&](store::Connection& c) -> Result<void> {
    auto stored = stored_ids(c);
    if (!stored) return std::unexpected(stored.error());
    lo::settle_references(read, *stored);
    count(report, read.directory, *stored);
    report.rejected = read.rejected;
    if (check_only) return {};
    DirectoryWriter w(c, db.dialect(), utc_timestamp_now());
    const auto& d = read.directory;
    for (const auto& x : d.taxonomies)
      if (auto ok = w.save(x); !ok) return ok;
    for (const auto& x : d.taxonomy_terms)
      if (auto ok = w.save(x); !ok) return ok;
    for (const auto& x : d.organizations)
      if (auto ok = w.save(x); !ok) return ok;
    if (auto ok = w.save_locations(d.locations); !ok) return ok;
    if (auto ok = w.save_services(d.services); !ok) return ok;
    std::vector<lo::Metadata> history;
    for (const auto& x : d.services)
      history.push_back({"", x.id, "service", w.now(), stored->services.contains(x.id) ? "update" : "create", "service", "", "",
                         "import: " + source});
    if (auto ok = w.record_all(std::move(history), ""); !ok) return ok;
    if (auto ok = w.save_service_at_locations(d.service_at_locations); !ok) return ok;
    if (auto ok = w.bump_version(); !ok) return ok;
    // After a large import PostgreSQL should plan with the new sizes now, not after autovacuum's next visit.
    if (db.dialect() == store::Dialect::postgres && d.services.size() >= 500)
      return c.execute_script("ANALYZE lo_services; ANALYZE lo_service_words; ANALYZE lo_service_at_locations; ANALYZE lo_locations; "
                              "ANALYZE lo_attributes");
    return {};
  };
  auto ok = check_only ? db.read(work) : db.write(work);
  if (!ok) return std::unexpected(ok.error());
  return report;
}

Result<ImportReport> import_oruk_text(store::Database& db, std::string_view text, const std::string& source, bool check_only) {
  auto read = lo::read_oruk(text);
  if (!read) return std::unexpected(read.error());
  return import_directory(db, std::move(*read), source, check_only);
}

Result<lo::Directory> export_directory(store::Database& db) {
  lo::Directory out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto d = load_directory(c);
    if (!d) return std::unexpected(d.error());
    out = std::move(*d);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app::local_offer
