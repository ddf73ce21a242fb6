#include "app/local_offer/oruk_api.h"

#include <map>

#include "app/local_offer/directory_reader.h"
#include "domain/local_offer/oruk_reader.h"

namespace sendhub::app::local_offer {
namespace {

using store::Value;

template <class T>
ListPage<T> page_of(std::vector<T> all, std::size_t page, std::size_t per_page) {
  ListPage<T> out{static_cast<std::int64_t>(all.size()), {}};
  const std::size_t first = (std::max<std::size_t>(page, 1) - 1) * per_page;
  for (std::size_t i = first; i < all.size() && i < first + per_page; ++i) out.items.push_back(std::move(all[i]));
  return out;
}

lo::TaxonomyTerm term_from(const store::Row& r) {
  return {r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_text(6), r.get_text(7)};
}

constexpr const char* term_select =
    "SELECT t.id, t.code, t.name, t.description, COALESCE(t.parent_id, ''), COALESCE(t.taxonomy_id, ''), t.term_uri, t.language "
    "FROM lo_taxonomy_terms t";

constexpr const char* published = "s.status IN ('active', 'temporarily closed')";

template <class Work>
Result<void> reading(store::Database& db, Work&& work) {
  return db.read([&](store::Connection& c) -> Result<void> { return work(c); });
}

}  // namespace

Result<ListPage<lo::Service>> list_services(store::Database& db, DirectorySearch& search, SearchRequest request, bool full) {
  request.include_temporarily_closed = true;
  ListPage<lo::Service> out;
  auto ok = reading(db, [&](store::Connection& c) -> Result<void> {
    auto found = search.run(c, request);
    if (!found) return std::unexpected(found.error());
    out.total = found->total;
    std::vector<std::string> ids;
    for (const auto& h : found->hits) ids.push_back(h.service_id);
    // List items carry one-to-one members only; full ones are read whole by the caller.
    auto services = load_services(c, ids, full, full);
    if (!services) return std::unexpected(services.error());
    out.items = std::move(*services);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::optional<lo::FullService>> published_service(store::Database& db, const std::string& id) {
  std::optional<lo::FullService> out;
  auto ok = reading(db, [&](store::Connection& c) -> Result<void> {
    auto f = load_full_service(c, id);
    if (!f) return std::unexpected(f.error());
    if (*f && ((*f)->service.status == "active" || (*f)->service.status == "temporarily closed")) out = std::move(**f);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ListPage<lo::Taxonomy>> list_taxonomies(store::Database& db, std::size_t page, std::size_t per_page) {
  std::vector<lo::Taxonomy> all;
  auto ok = reading(db, [&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT id, name, description, uri, version FROM lo_taxonomies ORDER BY name, id");
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) all.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return page_of(std::move(all), page, per_page);
}

Result<std::optional<lo::Taxonomy>> find_taxonomy(store::Database& db, const std::string& id) {
  auto all = list_taxonomies(db, 1, 1'000'000);
  if (!all) return std::unexpected(all.error());
  for (auto& t : all->items)
    if (t.id == id) return std::optional<lo::Taxonomy>{std::move(t)};
  return std::optional<lo::Taxonomy>{};
}

Result<ListPage<lo::TaxonomyTerm>> list_terms(store::Database& db, const TermFilter& f, std::size_t page, std::size_t per_page) {
  std::vector<lo::TaxonomyTerm> all;
  auto ok = reading(db, [&](store::Connection& c) -> Result<void> {
    const Value p[] = {f.taxonomy_id, f.parent_id, static_cast<std::int64_t>(f.top_only ? 1 : 0)};
    auto rows = c.query(std::string(term_select) +
                            " WHERE (CAST($1 AS TEXT) = '' OR t.taxonomy_id = CAST($1 AS TEXT)) "
                            "AND (CAST($2 AS TEXT) = '' OR t.parent_id = CAST($2 AS TEXT)) "
                            "AND (CAST($3 AS BIGINT) = 0 OR t.parent_id IS NULL) ORDER BY t.code, t.name, t.id",
                        p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) all.push_back(term_from(r));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return page_of(std::move(all), page, per_page);
}

Result<std::optional<lo::TaxonomyTerm>> find_term(store::Database& db, const std::string& id) {
  std::optional<lo::TaxonomyTerm> out;
  auto ok = reading(db, [&](store::Connection& c) -> Result<void> {
    const Value p[] = {id};
    auto rows = c.query(std::string(term_select) + " WHERE t.id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (!rows->empty()) out = term_from(rows->front());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ListPage<PlaceHit>> list_service_at_locations(store::Database& db, DirectorySearch& search, SearchRequest request) {
  const std::size_t page = std::max<std::size_t>(request.page, 1), per_page = request.per_page;
  request.include_temporarily_closed = true;
  request.page = 1;
  request.per_page = largest_page;
  const bool near = !request.where.empty();
  if (near && request.radius_metres <= 0) request.radius_metres = 20'000'000;  // no proximity: everywhere, nearest first
  auto found = search.run(request);
  if (!found) return std::unexpected(found.error());
  std::vector<std::string> ids;
  for (const auto& h : found->hits) ids.push_back(h.service_id);
  std::vector<PlaceHit> all;
  auto ok = reading(db, [&](store::Connection& c) -> Result<void> {
    for (std::size_t start = 0; start < ids.size(); start += 500) {
      const std::size_t n = std::min<std::size_t>(500, ids.size() - start);
      std::vector<Value> p(ids.begin() + static_cast<long>(start), ids.begin() + static_cast<long>(start + n));
      auto rows = c.query("SELECT id, service_id, location_id, description, details FROM lo_service_at_locations WHERE service_id IN (" +
                              placeholders(n) + ") ORDER BY service_id, id",
                          p);
      if (!rows) return std::unexpected(rows.error());
      std::vector<std::string> location_ids;
      for (const auto& r : *rows) {
        auto sal = lo::read_service_at_location_details(r.get_text(4), {r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3)});
        if (!sal) return std::unexpected(sal.error());
        location_ids.push_back(sal->location_id);
        all.push_back({std::move(*sal), {}, std::nullopt});
      }
      auto locations = load_locations(c, location_ids);
      if (!locations) return std::unexpected(locations.error());
      std::map<std::string, lo::Location> by_id;
      for (auto& l : *locations) by_id[l.id] = std::move(l);
      for (auto& hit : all)
        if (auto it = by_id.find(hit.sal.location_id); it != by_id.end() && hit.location.id.empty()) hit.location = it->second;
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (near && found->place) {
    std::vector<PlaceHit> within;
    for (auto& hit : all) {
      if (!hit.location.latitude || !hit.location.longitude) continue;
      const double d = lo::haversine_metres(found->place->at, {*hit.location.latitude, *hit.location.longitude});
      if (d > request.radius_metres) continue;
      hit.distance_metres = d;
      within.push_back(std::move(hit));
    }
    std::stable_sort(within.begin(), within.end(),
                     [](const PlaceHit& a, const PlaceHit& b) { return *a.distance_metres < *b.distance_metres; });
    all = std::move(within);
  }
  return page_of(std::move(all), page, per_page);
}

Result<std::optional<PlaceHit>> find_service_at_location(store::Database& db, const std::string& id) {
  std::optional<PlaceHit> out;
  auto ok = reading(db, [&](store::Connection& c) -> Result<void> {
    const Value p[] = {id};
    auto rows = c.query(std::string("SELECT sal.id, sal.service_id, sal.location_id, sal.description, sal.details FROM "
                                    "lo_service_at_locations sal JOIN lo_services s ON s.id = sal.service_id WHERE sal.id = $1 AND ") +
                            published,
                        p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return {};
    const auto& r = rows->front();
    auto sal = lo::read_service_at_location_details(r.get_text(4), {r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3)});
    if (!sal) return std::unexpected(sal.error());
    auto locations = load_locations(c, {sal->location_id});
    if (!locations) return std::unexpected(locations.error());
    if (locations->empty()) return {};
    out = PlaceHit{std::move(*sal), std::move(locations->front()), std::nullopt};
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ListPage<lo::Organization>> list_organizations(store::Database& db, std::size_t page, std::size_t per_page) {
  std::vector<lo::Organization> all;
  auto ok = reading(db, [&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT id, name, alternate_name, description, email, website, uri FROM lo_organizations ORDER BY name, id");
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows)
      all.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_text(6)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return page_of(std::move(all), page, per_page);
}

Result<std::optional<std::pair<lo::Organization, std::vector<lo::Service>>>> find_organization(store::Database& db,
                                                                                               const std::string& id) {
  std::optional<std::pair<lo::Organization, std::vector<lo::Service>>> out;
  auto ok = reading(db, [&](store::Connection& c) -> Result<void> {
    const Value p[] = {id};
    auto rows = c.query("SELECT id, name, alternate_name, description, email, website, uri FROM lo_organizations WHERE id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return {};
    const auto& r = rows->front();
    lo::Organization o{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_text(6)};
    auto ids = c.query(std::string("SELECT s.id FROM lo_services s WHERE s.organization_id = $1 AND ") + published + " ORDER BY s.name", p);
    if (!ids) return std::unexpected(ids.error());
    std::vector<std::string> list;
    for (const auto& row : *ids) list.push_back(row.get_text(0));
    auto services = load_services(c, list, false);
    if (!services) return std::unexpected(services.error());
    out = std::pair{std::move(o), std::move(*services)};
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app::local_offer
