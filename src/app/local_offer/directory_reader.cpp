#include "app/local_offer/directory_reader.h"

#include <algorithm>
#include <map>

#include "domain/local_offer/oruk_reader.h"

namespace sendhub::app::local_offer {
namespace {

using store::Value;

std::optional<double> number_or_null(const store::Row& r, int col) {
  if (r.is_null(col)) return std::nullopt;
  return r.get_double(col);
}

constexpr const char* location_columns =
    "l.id, COALESCE(l.organization_id, ''), l.location_type, l.name, l.alternate_name, l.description, l.transportation, "
    "l.latitude, l.longitude, l.external_identifier, l.external_identifier_type, l.details";

Result<lo::Location> location_from(const store::Row& r, int f) {
  lo::Location l;
  l.id = r.get_text(f);
  l.organization_id = r.get_text(f + 1);
  l.location_type = r.get_text(f + 2);
  l.name = r.get_text(f + 3);
  l.alternate_name = r.get_text(f + 4);
  l.description = r.get_text(f + 5);
  l.transportation = r.get_text(f + 6);
  l.latitude = number_or_null(r, f + 7);
  l.longitude = number_or_null(r, f + 8);
  l.external_identifier = r.get_text(f + 9);
  l.external_identifier_type = r.get_text(f + 10);
  return lo::read_location_details(r.get_text(f + 11), std::move(l));
}

constexpr const char* term_columns = "t.id, t.code, t.name, t.description, COALESCE(t.parent_id, ''), COALESCE(t.taxonomy_id, ''), t.term_uri, t.language";

lo::TaxonomyTerm term_from(const store::Row& r, int f) {
  return {r.get_text(f), r.get_text(f + 1), r.get_text(f + 2), r.get_text(f + 3),
          r.get_text(f + 4), r.get_text(f + 5), r.get_text(f + 6), r.get_text(f + 7)};
}

Result<std::vector<store::Row>> query(store::Connection& c, const std::string& sql, const std::vector<Value>& p) {
  return c.query(sql, p);
}

}  // namespace

const char* const service_columns =
    "s.id, COALESCE(s.organization_id, ''), s.name, s.alternate_name, s.description, s.summary, s.easy_read, s.url, s.email, "
    "s.status, s.interpretation_services, s.application_process, s.attending_access, s.wait_time, s.fees_description, "
    "s.accreditations, s.eligibility_description, s.alert, s.assurer_email, s.minimum_age, s.maximum_age, s.assured_date, "
    "s.review_interval_days, s.last_modified, s.details, s.version";

std::int64_t service_version(const store::Row& row, int first) { return row.get_int(first + 25); }

Result<lo::Service> service_from(const store::Row& r, int f, bool with_details) {
  lo::Service s;
  s.id = r.get_text(f);
  s.organization_id = r.get_text(f + 1);
  s.name = r.get_text(f + 2);
  s.alternate_name = r.get_text(f + 3);
  s.description = r.get_text(f + 4);
  s.summary = r.get_text(f + 5);
  s.easy_read = r.get_text(f + 6);
  s.url = r.get_text(f + 7);
  s.email = r.get_text(f + 8);
  s.status = r.get_text(f + 9);
  s.interpretation_services = r.get_text(f + 10);
  s.application_process = r.get_text(f + 11);
  s.attending_access = r.get_text(f + 12);
  s.wait_time = r.get_text(f + 13);
  s.fees_description = r.get_text(f + 14);
  s.accreditations = r.get_text(f + 15);
  s.eligibility_description = r.get_text(f + 16);
  s.alert = r.get_text(f + 17);
  s.assurer_email = r.get_text(f + 18);
  s.minimum_age = number_or_null(r, f + 19);
  s.maximum_age = number_or_null(r, f + 20);
  s.assured_date = r.get_text(f + 21);
  s.review_interval_days = static_cast<int>(r.get_int(f + 22));
  s.last_modified = r.get_text(f + 23);
  if (!with_details) return s;
  return lo::read_service_details(r.get_text(f + 24), std::move(s));
}

Result<std::vector<lo::Service>> load_services(store::Connection& c, const std::vector<std::string>& ids, bool with_details,
                                               bool with_attributes) {
  std::vector<lo::Service> out;
  if (ids.empty()) return out;
  std::map<std::string, lo::Service> found;
  // In slices, so no statement carries more than a few hundred parameters.
  for (std::size_t start = 0; start < ids.size(); start += 500) {
    const std::size_t n = std::min<std::size_t>(500, ids.size() - start);
    std::vector<Value> p(ids.begin() + static_cast<long>(start), ids.begin() + static_cast<long>(start + n));
    auto rows = query(c, std::string("SELECT ") + service_columns + " FROM lo_services s WHERE s.id IN (" + placeholders(n) + ")", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      auto s = service_from(r, 0, with_details);
      if (!s) return std::unexpected(s.error());
      found[s->id] = std::move(*s);
    }
    if (!with_attributes) continue;
    auto attributes = query(c, "SELECT id, service_id, taxonomy_term_id, link_type, value FROM lo_attributes WHERE service_id IN (" +
                                   placeholders(n) + ") ORDER BY id", p);
    if (!attributes) return std::unexpected(attributes.error());
    for (const auto& r : *attributes)
      if (auto it = found.find(r.get_text(1)); it != found.end())
        it->second.attributes.push_back({r.get_text(0), r.get_text(3), r.get_text(2), r.get_text(4)});
  }
  for (const auto& id : ids)
    if (auto it = found.find(id); it != found.end()) out.push_back(it->second);
  return out;
}

Result<std::vector<lo::Location>> load_locations(store::Connection& c, const std::vector<std::string>& ids) {
  std::vector<lo::Location> out;
  for (std::size_t start = 0; start < ids.size(); start += 500) {
    const std::size_t n = std::min<std::size_t>(500, ids.size() - start);
    std::vector<Value> p(ids.begin() + static_cast<long>(start), ids.begin() + static_cast<long>(start + n));
    auto rows = query(c, std::string("SELECT ") + location_columns + " FROM lo_locations l WHERE l.id IN (" + placeholders(n) + ")", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      auto l = location_from(r, 0);
      if (!l) return std::unexpected(l.error());
      out.push_back(std::move(*l));
    }
  }
  return out;
}

Result<std::vector<lo::Metadata>> load_metadata(store::Connection& c, const std::string& resource_id) {
  const Value p[] = {resource_id};
  auto rows = c.query("SELECT id, resource_id, resource_type, last_action_date, last_action_type, field_name, previous_value, "
                      "replacement_value, updated_by FROM lo_metadata WHERE resource_id = $1 ORDER BY seq DESC",
                      p);
  if (!rows) return std::unexpected(rows.error());
  std::vector<lo::Metadata> out;
  for (const auto& r : *rows)
    out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_text(6),
                   r.get_text(7), r.get_text(8)});
  return out;
}

Result<std::optional<lo::FullService>> load_full_service(store::Connection& c, const std::string& id) {
  auto services = load_services(c, {id}, true);
  if (!services) return std::unexpected(services.error());
  if (services->empty()) return std::optional<lo::FullService>{};
  lo::FullService f;
  f.service = std::move(services->front());
  const Value p[] = {id};
  if (!f.service.organization_id.empty()) {
    const Value o[] = {f.service.organization_id};
    auto org = c.query("SELECT id, name, alternate_name, description, email, website, uri, COALESCE(sendhub_organisation_id, '') "
                       "FROM lo_organizations WHERE id = $1", o);
    if (!org) return std::unexpected(org.error());
    if (!org->empty()) {
      const auto& r = org->front();
      f.organization = lo::Organization{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3),
                                        r.get_text(4), r.get_text(5), r.get_text(6), r.get_text(7)};
    }
  }
  auto places = c.query(std::string("SELECT sal.id, sal.service_id, sal.location_id, sal.description, sal.details, ") +
                            location_columns +
                            " FROM lo_service_at_locations sal JOIN lo_locations l ON l.id = sal.location_id "
                            "WHERE sal.service_id = $1 ORDER BY sal.id",
                        p);
  if (!places) return std::unexpected(places.error());
  for (const auto& r : *places) {
    auto sal = lo::read_service_at_location_details(
        r.get_text(4), lo::ServiceAtLocation{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3)});
    if (!sal) return std::unexpected(sal.error());
    auto location = location_from(r, 5);
    if (!location) return std::unexpected(location.error());
    f.places.emplace_back(std::move(*sal), std::move(*location));
  }
  auto terms = c.query(std::string("SELECT ") + term_columns +
                           " FROM lo_taxonomy_terms t JOIN lo_attributes a ON a.taxonomy_term_id = t.id WHERE a.service_id = $1 "
                           "ORDER BY t.name",
                       p);
  if (!terms) return std::unexpected(terms.error());
  for (const auto& r : *terms) f.terms.push_back(term_from(r, 0));
  auto taxonomies = c.query("SELECT DISTINCT x.id, x.name, x.description, x.uri, x.version FROM lo_taxonomies x "
                            "JOIN lo_taxonomy_terms t ON t.taxonomy_id = x.id JOIN lo_attributes a ON a.taxonomy_term_id = t.id "
                            "WHERE a.service_id = $1",
                            p);
  if (!taxonomies) return std::unexpected(taxonomies.error());
  for (const auto& r : *taxonomies)
    f.taxonomies.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4)});
  auto metadata = load_metadata(c, id);
  if (!metadata) return std::unexpected(metadata.error());
  f.metadata = std::move(*metadata);
  return std::optional<lo::FullService>{std::move(f)};
}

Result<lo::Directory> load_directory(store::Connection& c) {
  lo::Directory d;
  auto orgs = c.query("SELECT id, name, alternate_name, description, email, website, uri FROM lo_organizations ORDER BY id");
  if (!orgs) return std::unexpected(orgs.error());
  for (const auto& r : *orgs)
    d.organizations.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_text(6)});
  auto taxonomies = c.query("SELECT id, name, description, uri, version FROM lo_taxonomies ORDER BY id");
  if (!taxonomies) return std::unexpected(taxonomies.error());
  for (const auto& r : *taxonomies) d.taxonomies.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4)});
  auto terms = c.query(std::string("SELECT ") + term_columns + " FROM lo_taxonomy_terms t ORDER BY t.id");
  if (!terms) return std::unexpected(terms.error());
  for (const auto& r : *terms) d.taxonomy_terms.push_back(term_from(r, 0));
  auto locations = c.query(std::string("SELECT ") + location_columns + " FROM lo_locations l ORDER BY l.id");
  if (!locations) return std::unexpected(locations.error());
  for (const auto& r : *locations) {
    auto l = location_from(r, 0);
    if (!l) return std::unexpected(l.error());
    d.locations.push_back(std::move(*l));
  }
  auto ids = c.query("SELECT id FROM lo_services ORDER BY id");
  if (!ids) return std::unexpected(ids.error());
  std::vector<std::string> service_ids;
  for (const auto& r : *ids) service_ids.push_back(r.get_text(0));
  auto services = load_services(c, service_ids, true);
  if (!services) return std::unexpected(services.error());
  d.services = std::move(*services);
  auto sals = c.query("SELECT id, service_id, location_id, description, details FROM lo_service_at_locations ORDER BY id");
  if (!sals) return std::unexpected(sals.error());
  for (const auto& r : *sals) {
    auto s = lo::read_service_at_location_details(r.get_text(4), {r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3)});
    if (!s) return std::unexpected(s.error());
    d.service_at_locations.push_back(std::move(*s));
  }
  return d;
}

}  // namespace sendhub::app::local_offer
