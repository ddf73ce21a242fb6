// The Local Offer directory in the shape of Open Referral UK / HSDS 3.0: organizations run
// services, services are delivered at locations (service_at_location), and attributes link a
// service to taxonomy terms (the Local Offer categories). Field names are HSDS's own, so the
// JSON reader, the writer and the tables use one vocabulary. Every id is a UUID.
//
// SENDhub adds a few local fields the standard lacks (HSDS allows extra properties): a
// plain-English summary, an easy-read summary, how often the entry must be checked, and the
// SENDhub organisation whose people may edit it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sendhub::local_offer {

struct Phone {
  std::string id, number, extension, type, description;
  bool operator==(const Phone&) const = default;
};

struct Contact {
  std::string id, name, title, department, email;
  std::vector<Phone> phones;
  bool operator==(const Contact&) const = default;
};

// iCal-style, as HSDS 3.0 has it: freq WEEKLY or MONTHLY, byday "MO,TH" or "2MO", times "09:00".
struct Schedule {
  std::string id, freq, wkst, byday, bymonthday, opens_at, closes_at, valid_from, valid_to, dtstart, until, description,
      attending_type, notes, schedule_link;
  std::optional<int> interval, count;
  bool operator==(const Schedule&) const = default;
};

struct CostOption {
  std::string id, option, currency, amount_description, valid_from, valid_to;
  std::optional<double> amount;
  bool operator==(const CostOption&) const = default;
};

struct Language {
  std::string id, name, code, note;
  bool operator==(const Language&) const = default;
};

struct Accessibility {
  std::string id, description, details, url;
  bool operator==(const Accessibility&) const = default;
};

struct ServiceArea {
  std::string id, name, description, extent, extent_type, uri;
  bool operator==(const ServiceArea&) const = default;
};

struct RequiredDocument {
  std::string id, document, uri;
  bool operator==(const RequiredDocument&) const = default;
};

struct Address {
  std::string id, attention, address_1, address_2, city, region, state_province, postal_code, country, address_type;
  bool operator==(const Address&) const = default;
};

struct Location {
  std::string id, organization_id, location_type, name, alternate_name, description, transportation, external_identifier,
      external_identifier_type;
  std::optional<double> latitude, longitude;
  std::vector<Address> addresses;
  std::vector<Accessibility> accessibility;
  std::vector<Phone> phones;
  std::vector<Schedule> schedules;
  std::vector<Language> languages;
  bool operator==(const Location&) const = default;
};

struct ServiceAtLocation {
  std::string id, service_id, location_id, description;
  std::vector<Schedule> schedules;
  std::vector<Phone> phones;
  std::vector<Contact> contacts;
  bool operator==(const ServiceAtLocation&) const = default;
};

struct Organization {
  std::string id, name, alternate_name, description, email, website, uri;
  std::string sendhub_organisation_id;  // local: whose staff may edit its services
  bool operator==(const Organization&) const = default;
};

struct Taxonomy {
  std::string id, name, description, uri, version;
  bool operator==(const Taxonomy&) const = default;
};

struct TaxonomyTerm {
  std::string id, code, name, description, parent_id, taxonomy_id, term_uri, language;
  bool operator==(const TaxonomyTerm&) const = default;
};

// Links a service to a taxonomy term (link_entity "service").
struct Attribute {
  std::string id, link_type, taxonomy_term_id, value;
  bool operator==(const Attribute&) const = default;
};

// One change to a record, as HSDS keeps them: who changed which field, when, from what to what.
struct Metadata {
  std::string id, resource_id, resource_type, last_action_date, last_action_type, field_name, previous_value,
      replacement_value, updated_by;
  bool operator==(const Metadata&) const = default;
};

inline constexpr const char* service_statuses[] = {"active", "inactive", "defunct", "temporarily closed"};
inline constexpr const char* location_types[] = {"physical", "postal", "virtual"};

struct Service {
  std::string id, organization_id, name, alternate_name, description, url, email, status, interpretation_services,
      application_process, fees_description, wait_time, accreditations, eligibility_description, alert, assured_date,
      assurer_email, last_modified;
  std::optional<double> minimum_age, maximum_age;
  // Local fields.
  std::string summary;          // one or two plain-English sentences for the results list
  std::string easy_read;        // easy-read summary: short sentences, one idea each
  std::string attending_access; // referral, appointment, drop-in or membership (ORUK v1's field)
  int review_interval_days = 180;

  std::vector<Phone> phones;
  std::vector<Schedule> schedules;
  std::vector<Contact> contacts;
  std::vector<CostOption> cost_options;
  std::vector<Language> languages;
  std::vector<ServiceArea> service_areas;
  std::vector<RequiredDocument> required_documents;
  std::vector<std::string> funding;
  std::vector<Attribute> attributes;
  bool operator==(const Service&) const = default;
};

// A whole directory (or one import file) in HSDS's flat form.
struct Directory {
  std::vector<Organization> organizations;
  std::vector<Service> services;
  std::vector<Location> locations;
  std::vector<ServiceAtLocation> service_at_locations;
  std::vector<Taxonomy> taxonomies;
  std::vector<TaxonomyTerm> taxonomy_terms;
};

}  // namespace sendhub::local_offer
