#include "domain/local_offer/oruk_reader.h"

#include <boost/json.hpp>
#include <map>

#include "domain/local_offer/oruk_fields.h"
#include "domain/local_offer/uuid.h"

namespace sendhub::local_offer {
namespace {

// A service as a nested /services/{id} response holds it, with the records it carries.
struct NestedService {
  Service service;
  std::vector<Organization> organizations;
  std::vector<Location> locations;
  std::vector<ServiceAtLocation> service_at_locations;
  std::vector<Taxonomy> taxonomies;
  std::vector<TaxonomyTerm> taxonomy_terms;
};

Result<Organization> read_organization(const json::object& o, const std::string& where) {
  Fields f(o, where);
  Organization g;
  g.id = f.id();
  g.name = f.text("name", true, short_text);
  g.alternate_name = f.text("alternate_name", false, short_text);
  g.description = f.text("description", true);
  g.email = f.text("email", false, short_text);
  g.website = f.text("website", false, short_text);
  g.uri = f.text("uri", false, short_text);
  return f.result(std::move(g));
}

Result<Taxonomy> read_taxonomy(const json::object& o, const std::string& where) {
  Fields f(o, where);
  Taxonomy t;
  t.id = f.id();
  t.name = f.text("name", true, short_text);
  t.description = f.text("description", true);
  t.uri = f.text("uri", false, short_text);
  t.version = f.text("version", false, short_text);
  return f.result(std::move(t));
}

Result<TaxonomyTerm> read_term(const json::object& o, const std::string& where, std::vector<Taxonomy>* nested) {
  Fields f(o, where);
  TaxonomyTerm t;
  t.id = f.id();
  t.code = f.text("code", false, short_text);
  t.name = f.text("name", true, short_text);
  t.description = f.text("description", true);
  t.parent_id = f.optional_id("parent_id");
  t.taxonomy_id = f.optional_id("taxonomy_id");
  t.term_uri = f.text("term_uri", false, short_text);
  t.language = f.text("language", false, short_text);
  if (const auto* inner = f.object("taxonomy_detail"); inner && nested) {
    auto taxonomy = read_taxonomy(*inner, path(where, "taxonomy_detail"));
    if (!taxonomy) return std::unexpected(taxonomy.error());
    if (t.taxonomy_id.empty()) t.taxonomy_id = taxonomy->id;
    nested->push_back(std::move(*taxonomy));
  }
  return f.result(std::move(t));
}

void read_location_fields(Fields& f, Location& l) {
  l.organization_id = f.optional_id("organization_id");
  l.location_type = f.one_of("location_type", location_types, true);
  l.name = f.text("name", false, short_text);
  l.alternate_name = f.text("alternate_name", false, short_text);
  l.description = f.text("description", false);
  l.transportation = f.text("transportation", false);
  l.external_identifier = f.text("external_identifier", false, short_text);
  l.external_identifier_type = f.text("external_identifier_type", false, short_text);
  l.latitude = f.number("latitude", -90, 90);
  l.longitude = f.number("longitude", -180, 180);
  if (l.latitude.has_value() != l.longitude.has_value()) f.bad("give both latitude and longitude, or neither");
  read_location_children(f, l);
}

Result<Location> read_location(const json::object& o, const std::string& where) {
  Fields f(o, where);
  Location l;
  l.id = f.id();
  read_location_fields(f, l);
  return f.result(std::move(l));
}

Result<ServiceAtLocation> read_service_at_location(const json::object& o, const std::string& where,
                                                   const std::string& service_id, std::vector<Location>* nested) {
  Fields f(o, where);
  ServiceAtLocation s;
  s.id = f.id();
  s.service_id = service_id.empty() ? f.required_id("service_id") : f.optional_id("service_id");
  if (s.service_id.empty()) s.service_id = service_id;
  if (!service_id.empty() && s.service_id != service_id) f.bad("service_id is not the service it is nested in");
  s.location_id = f.optional_id("location_id");
  s.description = f.text("description", false);
  read_service_at_location_children(f, s);
  if (const auto* inner = f.object("location"); inner && nested) {
    auto location = read_location(*inner, path(where, "location"));
    if (!location) return std::unexpected(location.error());
    if (s.location_id.empty()) s.location_id = location->id;
    if (s.location_id != location->id) f.bad("location_id is not the id of the location nested in it");
    nested->push_back(std::move(*location));
  }
  if (s.location_id.empty() && f.ok()) f.bad("location_id is missing");
  return f.result(std::move(s));
}

void read_service_fields(Fields& f, Service& s) {
  s.organization_id = f.optional_id("organization_id");
  s.name = f.text("name", true, short_text);
  s.alternate_name = f.text("alternate_name", false, short_text);
  s.description = f.text("description", false);
  s.url = f.text("url", false, short_text);
  s.email = f.text("email", false, short_text);
  s.status = f.one_of("status", service_statuses, true);
  s.interpretation_services = f.text("interpretation_services", false);
  s.application_process = f.text("application_process", false);
  s.fees_description = f.text("fees_description", false);
  s.wait_time = f.text("wait_time", false, short_text);
  s.accreditations = f.text("accreditations", false);
  s.eligibility_description = f.text("eligibility_description", false);
  s.alert = f.text("alert", false);
  s.assured_date = f.date("assured_date");
  s.assurer_email = f.text("assurer_email", false, short_text);
  s.last_modified = f.date_time("last_modified");
  s.minimum_age = f.number("minimum_age", 0, 130);
  s.maximum_age = f.number("maximum_age", 0, 130);
  if (s.minimum_age && s.maximum_age && *s.maximum_age < *s.minimum_age) f.bad("maximum_age is below minimum_age");
  s.summary = f.text("summary", false, 2000);
  s.easy_read = f.text("easy_read_summary", false);
  s.attending_access = f.text("attending_access", false, short_text);
  if (auto days = f.integer("review_interval_days", 1, 3660)) s.review_interval_days = *days;
  read_service_children(f, s);
}

Result<NestedService> read_service(const json::object& o, const std::string& where) {
  Fields f(o, where);
  NestedService n;
  Service& s = n.service;
  s.id = f.id();
  read_service_fields(f, s);
  if (const auto* org = f.object("organization")) {
    auto g = read_organization(*org, path(where, "organization"));
    if (!g) return std::unexpected(g.error());
    if (s.organization_id.empty()) s.organization_id = g->id;
    if (s.organization_id != g->id) f.bad("organization_id is not the id of the organization nested in it");
    n.organizations.push_back(std::move(*g));
  }
  f.each("service_at_locations", [&](const json::object& item, const std::string& at, std::size_t) {
    auto sal = read_service_at_location(item, at, s.id, &n.locations);
    if (!sal) return f.bad_from(sal.error());
    n.service_at_locations.push_back(std::move(*sal));
  });
  f.each("attributes", [&](const json::object& item, const std::string& at, std::size_t i) {
    Fields a(item, at);
    Attribute attribute;
    attribute.id = a.id_or_made("id", s.id + "/attributes/" + std::to_string(i));
    const std::string entity = a.text("link_entity", false, short_text);
    if (!entity.empty() && entity != "service") a.bad("link_entity must be service (SENDhub links only services to terms)");
    const std::string link_id = a.optional_id("link_id");
    if (!link_id.empty() && link_id != s.id) a.bad("link_id is not the service it belongs to");
    attribute.link_type = a.text("link_type", false, short_text);
    attribute.value = a.text("value", false, short_text);
    attribute.taxonomy_term_id = a.optional_id("taxonomy_term_id");
    if (const auto* term = a.object("taxonomy_term")) {
      auto t = read_term(*term, path(at, "taxonomy_term"), &n.taxonomies);
      if (!t) return f.bad_from(t.error());
      if (attribute.taxonomy_term_id.empty()) attribute.taxonomy_term_id = t->id;
      if (attribute.taxonomy_term_id != t->id) a.bad("taxonomy_term_id is not the id of the term nested in it");
      n.taxonomy_terms.push_back(std::move(*t));
    }
    if (attribute.taxonomy_term_id.empty() && a.ok()) a.bad("taxonomy_term_id is missing");
    if (!a.ok()) return f.bad(a.problem());
    s.attributes.push_back(std::move(attribute));
  });
  return f.result(std::move(n));
}

template <class T>
void upsert(std::vector<T>& list, T item) {
  for (auto& existing : list)
    if (existing.id == item.id) {
      existing = std::move(item);
      return;
    }
  list.push_back(std::move(item));
}

std::string name_of(const json::value& v) {
  if (!v.is_object()) return "";
  auto it = v.as_object().find("name");
  return it != v.as_object().end() && it->value().is_string() ? std::string(it->value().as_string()).substr(0, 200) : "";
}

std::string text_of(const json::value& v, const char* key) {
  if (!v.is_object()) return "";
  auto it = v.as_object().find(key);
  return it != v.as_object().end() && it->value().is_string() ? std::string(it->value().as_string()).substr(0, 100) : "";
}

std::string id_of(const json::value& v) { return text_of(v, "id"); }

template <class Reader>
void read_array(const json::object& root, const char* key, ReadDirectory& out, Reader reader) {
  auto it = root.find(key);
  if (it == root.end() || it->value().is_null()) return;
  if (!it->value().is_array()) {
    out.rejected.push_back({key, "", "", std::string(key) + " must be an array"});
    return;
  }
  const auto& items = it->value().as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string where = std::string(key) + "[" + std::to_string(i) + "]";
    if (!items[i].is_object()) {
      out.rejected.push_back({where, "", "", "must be an object"});
      continue;
    }
    if (auto problem = reader(items[i].as_object(), ""); !problem.empty())
      out.rejected.push_back({where, id_of(items[i]), name_of(items[i]), problem, text_of(items[i], "service_id")});
  }
}

}  // namespace

Result<ReadDirectory> read_oruk(std::string_view text) {
  if (text.size() > largest_import_bytes) return fail(ErrorCode::too_large, "The file is larger than 256 MB");
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 64;
  json::value root = json::parse(json::string_view(text.data(), text.size()), ec, {}, options);
  if (ec) return fail(ErrorCode::invalid_input, "The file is not valid JSON: " + ec.message());
  if (!root.is_object()) return fail(ErrorCode::invalid_input, "The file must hold one JSON object");
  const auto& o = root.as_object();
  ReadDirectory out;
  Directory& d = out.directory;
  auto add_nested = [&](NestedService&& n) {
    for (auto& x : n.organizations) upsert(d.organizations, std::move(x));
    for (auto& x : n.locations) upsert(d.locations, std::move(x));
    for (auto& x : n.service_at_locations) upsert(d.service_at_locations, std::move(x));
    for (auto& x : n.taxonomies) upsert(d.taxonomies, std::move(x));
    for (auto& x : n.taxonomy_terms) upsert(d.taxonomy_terms, std::move(x));
    upsert(d.services, std::move(n.service));
  };
  read_array(o, "taxonomies", out, [&](const json::object& item, const std::string& where) -> std::string {
    auto t = read_taxonomy(item, where);
    if (!t) return t.error().message;
    upsert(d.taxonomies, std::move(*t));
    return "";
  });
  read_array(o, "taxonomy_terms", out, [&](const json::object& item, const std::string& where) -> std::string {
    auto t = read_term(item, where, &d.taxonomies);
    if (!t) return t.error().message;
    upsert(d.taxonomy_terms, std::move(*t));
    return "";
  });
  read_array(o, "organizations", out, [&](const json::object& item, const std::string& where) -> std::string {
    auto g = read_organization(item, where);
    if (!g) return g.error().message;
    upsert(d.organizations, std::move(*g));
    return "";
  });
  read_array(o, "locations", out, [&](const json::object& item, const std::string& where) -> std::string {
    auto l = read_location(item, where);
    if (!l) return l.error().message;
    upsert(d.locations, std::move(*l));
    return "";
  });
  for (const char* key : {"services", "contents"})
    read_array(o, key, out, [&](const json::object& item, const std::string& where) -> std::string {
      auto n = read_service(item, where);
      if (!n) return n.error().message;
      add_nested(std::move(*n));
      return "";
    });
  read_array(o, "service_at_locations", out, [&](const json::object& item, const std::string& where) -> std::string {
    auto s = read_service_at_location(item, where, "", &d.locations);
    if (!s) return s.error().message;
    upsert(d.service_at_locations, std::move(*s));
    return "";
  });
  return out;
}

void merge(ReadDirectory& into, ReadDirectory&& more) {
  auto& d = into.directory;
  for (auto& x : more.directory.organizations) upsert(d.organizations, std::move(x));
  for (auto& x : more.directory.services) upsert(d.services, std::move(x));
  for (auto& x : more.directory.locations) upsert(d.locations, std::move(x));
  for (auto& x : more.directory.service_at_locations) upsert(d.service_at_locations, std::move(x));
  for (auto& x : more.directory.taxonomies) upsert(d.taxonomies, std::move(x));
  for (auto& x : more.directory.taxonomy_terms) upsert(d.taxonomy_terms, std::move(x));
  for (auto& r : more.rejected) into.rejected.push_back(std::move(r));
}

Result<Service> read_service_details(std::string_view text, Service base) {
  boost::system::error_code ec;
  json::value v = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec || !v.is_object()) return fail(ErrorCode::internal, "stored service details are not a JSON object");
  Fields f(v.as_object(), "service " + base.id);
  read_service_children(f, base);
  return f.result(std::move(base));
}

Result<Location> read_location_details(std::string_view text, Location base) {
  boost::system::error_code ec;
  json::value v = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec || !v.is_object()) return fail(ErrorCode::internal, "stored location details are not a JSON object");
  Fields f(v.as_object(), "location " + base.id);
  read_location_children(f, base);
  return f.result(std::move(base));
}

Result<ServiceAtLocation> read_service_at_location_details(std::string_view text, ServiceAtLocation base) {
  boost::system::error_code ec;
  json::value v = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec || !v.is_object()) return fail(ErrorCode::internal, "stored service_at_location details are not a JSON object");
  Fields f(v.as_object(), "service_at_location " + base.id);
  read_service_at_location_children(f, base);
  return f.result(std::move(base));
}

}  // namespace sendhub::local_offer
