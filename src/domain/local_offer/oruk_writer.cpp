#include "domain/local_offer/oruk_writer.h"

#include <boost/json.hpp>
#include <cmath>

namespace sendhub::local_offer {
namespace {

namespace json = boost::json;

void put(json::object& o, const char* key, const std::string& value) {
  if (!value.empty()) o[key] = value;
}

void put(json::object& o, const char* key, const std::optional<double>& value) {
  if (!value) return;
  if (*value == std::floor(*value) && std::abs(*value) < 1e15) o[key] = static_cast<std::int64_t>(*value);
  else o[key] = *value;
}

void put(json::object& o, const char* key, const std::optional<int>& value) {
  if (value) o[key] = *value;
}

json::object phone_json(const Phone& p) {
  json::object o{{"id", p.id}, {"number", p.number}};
  put(o, "extension", p.extension);
  put(o, "type", p.type);
  put(o, "description", p.description);
  return o;
}

json::array phones_json(const std::vector<Phone>& phones) {
  json::array a;
  for (const auto& p : phones) a.push_back(phone_json(p));
  return a;
}

json::array schedules_json(const std::vector<Schedule>& schedules) {
  json::array a;
  for (const auto& s : schedules) {
    json::object o{{"id", s.id}};
    put(o, "freq", s.freq);
    put(o, "wkst", s.wkst);
    put(o, "byday", s.byday);
    put(o, "bymonthday", s.bymonthday);
    put(o, "opens_at", s.opens_at);
    put(o, "closes_at", s.closes_at);
    put(o, "valid_from", s.valid_from);
    put(o, "valid_to", s.valid_to);
    put(o, "dtstart", s.dtstart);
    put(o, "until", s.until);
    put(o, "description", s.description);
    put(o, "attending_type", s.attending_type);
    put(o, "notes", s.notes);
    put(o, "schedule_link", s.schedule_link);
    put(o, "interval", s.interval);
    put(o, "count", s.count);
    a.push_back(std::move(o));
  }
  return a;
}

json::array contacts_json(const std::vector<Contact>& contacts) {
  json::array a;
  for (const auto& c : contacts) {
    json::object o{{"id", c.id}};
    put(o, "name", c.name);
    put(o, "title", c.title);
    put(o, "department", c.department);
    put(o, "email", c.email);
    o["phones"] = phones_json(c.phones);
    a.push_back(std::move(o));
  }
  return a;
}

json::array languages_json(const std::vector<Language>& languages) {
  json::array a;
  for (const auto& l : languages) {
    json::object o{{"id", l.id}};
    put(o, "name", l.name);
    put(o, "code", l.code);
    put(o, "note", l.note);
    a.push_back(std::move(o));
  }
  return a;
}

void service_children(json::object& o, const Service& s) {
  o["phones"] = phones_json(s.phones);
  o["schedules"] = schedules_json(s.schedules);
  o["contacts"] = contacts_json(s.contacts);
  o["languages"] = languages_json(s.languages);
  json::array costs, areas, documents, funding;
  for (const auto& c : s.cost_options) {
    json::object x{{"id", c.id}};
    put(x, "option", c.option);
    put(x, "currency", c.currency);
    put(x, "amount", c.amount);
    put(x, "amount_description", c.amount_description);
    put(x, "valid_from", c.valid_from);
    put(x, "valid_to", c.valid_to);
    costs.push_back(std::move(x));
  }
  for (const auto& a : s.service_areas) {
    json::object x{{"id", a.id}};
    put(x, "name", a.name);
    put(x, "description", a.description);
    put(x, "extent", a.extent);
    put(x, "extent_type", a.extent_type);
    put(x, "uri", a.uri);
    areas.push_back(std::move(x));
  }
  for (const auto& d : s.required_documents) {
    json::object x{{"id", d.id}};
    put(x, "document", d.document);
    put(x, "uri", d.uri);
    documents.push_back(std::move(x));
  }
  for (const auto& f : s.funding) funding.push_back(json::object{{"source", f}});
  o["cost_options"] = std::move(costs);
  o["service_areas"] = std::move(areas);
  o["required_documents"] = std::move(documents);
  o["funding"] = std::move(funding);
}

json::object attribute_json(const Attribute& a, const std::string& service_id) {
  json::object o{{"id", a.id}, {"link_id", service_id}, {"link_entity", "service"}, {"taxonomy_term_id", a.taxonomy_term_id}};
  put(o, "link_type", a.link_type);
  put(o, "value", a.value);
  return o;
}

void location_children(json::object& o, const Location& l) {
  json::array addresses, accessibility;
  for (const auto& a : l.addresses) {
    // HSDS requires state_province; an English address has none, so it is sent empty.
    json::object x{{"id", a.id},        {"address_1", a.address_1},           {"city", a.city},
                   {"state_province", a.state_province}, {"postal_code", a.postal_code}, {"country", a.country},
                   {"address_type", a.address_type.empty() ? std::string("physical") : a.address_type}};
    put(x, "attention", a.attention);
    put(x, "address_2", a.address_2);
    put(x, "region", a.region);
    addresses.push_back(std::move(x));
  }
  for (const auto& a : l.accessibility) {
    json::object x{{"id", a.id}};
    put(x, "description", a.description);
    put(x, "details", a.details);
    put(x, "url", a.url);
    accessibility.push_back(std::move(x));
  }
  o["addresses"] = std::move(addresses);
  o["accessibility"] = std::move(accessibility);
  o["phones"] = phones_json(l.phones);
  o["schedules"] = schedules_json(l.schedules);
  o["languages"] = languages_json(l.languages);
}

}  // namespace

json::object organization_json(const Organization& g) {
  json::object o{{"id", g.id}, {"name", g.name}, {"description", g.description}};
  put(o, "alternate_name", g.alternate_name);
  put(o, "email", g.email);
  put(o, "website", g.website);
  put(o, "uri", g.uri);
  return o;
}

json::object taxonomy_json(const Taxonomy& t) {
  json::object o{{"id", t.id}, {"name", t.name}, {"description", t.description}};
  put(o, "uri", t.uri);
  put(o, "version", t.version);
  return o;
}

json::object term_json(const TaxonomyTerm& t, const Taxonomy* taxonomy) {
  json::object o{{"id", t.id}, {"name", t.name}, {"description", t.description}};
  put(o, "code", t.code);
  put(o, "parent_id", t.parent_id);
  put(o, "taxonomy_id", t.taxonomy_id);
  put(o, "term_uri", t.term_uri);
  put(o, "language", t.language);
  if (taxonomy) o["taxonomy_detail"] = taxonomy_json(*taxonomy);
  return o;
}

json::object location_json(const Location& l) {
  json::object o{{"id", l.id}, {"location_type", l.location_type}};
  put(o, "organization_id", l.organization_id);
  put(o, "name", l.name);
  put(o, "alternate_name", l.alternate_name);
  put(o, "description", l.description);
  put(o, "transportation", l.transportation);
  put(o, "latitude", l.latitude);
  put(o, "longitude", l.longitude);
  put(o, "external_identifier", l.external_identifier);
  put(o, "external_identifier_type", l.external_identifier_type);
  location_children(o, l);
  return o;
}

json::object service_at_location_json(const ServiceAtLocation& s, const Location* location) {
  json::object o{{"id", s.id}, {"service_id", s.service_id}, {"location_id", s.location_id}};
  put(o, "description", s.description);
  o["schedules"] = schedules_json(s.schedules);
  o["phones"] = phones_json(s.phones);
  o["contacts"] = contacts_json(s.contacts);
  if (location) o["location"] = location_json(*location);
  return o;
}

json::object metadata_json(const Metadata& m) {
  return {{"id", m.id},
          {"resource_id", m.resource_id},
          {"resource_type", m.resource_type},
          {"last_action_date", m.last_action_date},
          {"last_action_type", m.last_action_type},
          {"field_name", m.field_name},
          {"previous_value", m.previous_value},
          {"replacement_value", m.replacement_value},
          {"updated_by", m.updated_by}};
}

json::object service_list_json(const Service& s) {
  json::object o{{"id", s.id}, {"name", s.name}, {"status", s.status}};
  put(o, "organization_id", s.organization_id);
  put(o, "alternate_name", s.alternate_name);
  put(o, "description", s.description);
  put(o, "url", s.url);
  put(o, "email", s.email);
  put(o, "interpretation_services", s.interpretation_services);
  put(o, "application_process", s.application_process);
  put(o, "fees_description", s.fees_description);
  put(o, "wait_time", s.wait_time);
  put(o, "accreditations", s.accreditations);
  put(o, "eligibility_description", s.eligibility_description);
  put(o, "minimum_age", s.minimum_age);
  put(o, "maximum_age", s.maximum_age);
  put(o, "alert", s.alert);
  put(o, "assured_date", s.assured_date);
  put(o, "assurer_email", s.assurer_email);
  put(o, "last_modified", s.last_modified);
  // SENDhub's local members (HSDS allows extra properties).
  put(o, "summary", s.summary);
  put(o, "easy_read_summary", s.easy_read);
  put(o, "attending_access", s.attending_access);
  o["review_interval_days"] = s.review_interval_days;
  return o;
}

json::object service_flat_json(const Service& s) {
  json::object o = service_list_json(s);
  service_children(o, s);
  json::array attributes;
  for (const auto& a : s.attributes) attributes.push_back(attribute_json(a, s.id));
  o["attributes"] = std::move(attributes);
  return o;
}

json::object service_full_json(const FullService& f) {
  json::object o = service_flat_json(f.service);
  if (f.organization) o["organization"] = organization_json(*f.organization);
  json::array places;
  for (const auto& [sal, location] : f.places) places.push_back(service_at_location_json(sal, &location));
  o["service_at_locations"] = std::move(places);
  auto& attributes = o["attributes"].as_array();
  for (auto& a : attributes) {
    auto& obj = a.as_object();
    for (const auto& t : f.terms)
      if (obj["taxonomy_term_id"].as_string() == t.id) {
        const Taxonomy* taxonomy = nullptr;
        for (const auto& x : f.taxonomies)
          if (x.id == t.taxonomy_id) taxonomy = &x;
        obj["taxonomy_term"] = term_json(t, taxonomy);
      }
  }
  json::array metadata;
  for (const auto& m : f.metadata) metadata.push_back(metadata_json(m));
  o["metadata"] = std::move(metadata);
  return o;
}

json::object directory_json(const Directory& d) {
  json::array organizations, services, locations, sals, taxonomies, terms;
  for (const auto& x : d.organizations) organizations.push_back(organization_json(x));
  for (const auto& x : d.services) services.push_back(service_flat_json(x));
  for (const auto& x : d.locations) locations.push_back(location_json(x));
  for (const auto& x : d.service_at_locations) sals.push_back(service_at_location_json(x, nullptr));
  for (const auto& x : d.taxonomies) taxonomies.push_back(taxonomy_json(x));
  for (const auto& x : d.taxonomy_terms) terms.push_back(term_json(x));
  return {{"organizations", std::move(organizations)},
          {"services", std::move(services)},
          {"locations", std::move(locations)},
          {"service_at_locations", std::move(sals)},
          {"taxonomies", std::move(taxonomies)},
          {"taxonomy_terms", std::move(terms)}};
}

std::string service_details_json(const Service& s) {
  json::object o;
  service_children(o, s);
  return json::serialize(o);
}

std::string location_details_json(const Location& l) {
  json::object o;
  location_children(o, l);
  return json::serialize(o);
}

std::string service_at_location_details_json(const ServiceAtLocation& s) {
  json::object o{{"schedules", schedules_json(s.schedules)}, {"phones", phones_json(s.phones)}, {"contacts", contacts_json(s.contacts)}};
  return json::serialize(o);
}

json::object page_json(std::int64_t total_items, std::int64_t page, std::int64_t per_page, json::array contents) {
  const std::int64_t total_pages = per_page > 0 ? (total_items + per_page - 1) / per_page : 0;
  const bool empty = contents.empty();
  return {{"total_items", total_items},
          {"total_pages", total_pages},
          {"page_number", page},
          {"size", per_page},
          {"first_page", page == 1},
          {"last_page", page >= total_pages},
          {"empty", empty},
          {"contents", std::move(contents)}};
}

}  // namespace sendhub::local_offer
