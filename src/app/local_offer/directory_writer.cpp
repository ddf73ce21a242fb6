#include "app/local_offer/directory_writer.h"

#include "app/batch_insert.h"
#include "app/local_offer/directory_reader.h"

#include <sodium.h>

#include <set>

#include "domain/local_offer/oruk_writer.h"
#include "domain/local_offer/service_facts.h"
#include "domain/local_offer/uuid.h"

namespace sendhub::app::local_offer {
namespace {

using store::Value;

Value optional_number(const std::optional<double>& d) { return d ? Value(*d) : Value(); }
Value nullable(const std::string& s) { return s.empty() ? Value() : Value(s); }

Result<void> run(store::Connection& c, std::string_view sql, std::span<const Value> p) {
  auto n = c.execute(sql, p);
  if (!n) return std::unexpected(n.error());
  return {};
}

std::string joined(std::initializer_list<const std::string*> parts) {
  std::string out;
  for (const auto* p : parts)
    if (!p->empty()) out += (out.empty() ? "" : "\n") + *p;
  return out;
}

// The first physical address's postcode, upper case with one space, for postcode look-ups.
std::string postcode_of(const lo::Location& l) {
  for (const auto& a : l.addresses) {
    if (a.address_type != "physical" && !a.address_type.empty()) continue;
    std::string compact;
    for (char c : a.postal_code)
      if (c != ' ') compact.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    if (compact.size() > 3) return compact.substr(0, compact.size() - 3) + " " + compact.substr(compact.size() - 3);
    return compact;
  }
  return "";
}

}  // namespace

std::string new_uuid() {
  std::array<std::uint8_t, 16> bytes;
  randombytes_buf(bytes.data(), bytes.size());
  return lo::uuid_from_random(bytes);
}

Result<bool> record_exists(store::Connection& c, const char* table, const std::string& id) {
  const Value p[] = {id};
  auto rows = c.query(std::string("SELECT 1 FROM ") + table + " WHERE id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  return !rows->empty();
}

DirectoryWriter::DirectoryWriter(store::Connection& c, store::Dialect dialect, std::string now)
    : c_(c), dialect_(dialect), now_(std::move(now)) {}

Result<void> DirectoryWriter::load_lookups() {
  if (loaded_) return {};
  auto terms = c_.query("SELECT id, name, COALESCE(parent_id, '') FROM lo_taxonomy_terms");
  if (!terms) return std::unexpected(terms.error());
  for (const auto& r : *terms) terms_[r.get_text(0)] = {r.get_text(1), r.get_text(2)};
  auto orgs = c_.query("SELECT id, name FROM lo_organizations");
  if (!orgs) return std::unexpected(orgs.error());
  for (const auto& r : *orgs) organization_names_[r.get_text(0)] = r.get_text(1);
  auto rowids = c_.query("SELECT id, search_rowid FROM lo_services");
  if (!rowids) return std::unexpected(rowids.error());
  for (const auto& r : *rowids) {
    search_rowids_[r.get_text(0)] = r.get_int(1);
    next_rowid_ = std::max(next_rowid_, r.get_int(1) + 1);
  }
  loaded_ = true;
  return {};
}

Result<void> DirectoryWriter::save(const lo::Organization& o) {
  if (auto ok = load_lookups(); !ok) return ok;
  const Value p[] = {o.id, o.name, o.alternate_name, o.description, o.email, o.website, o.uri,
                     nullable(o.sendhub_organisation_id), now_};
  organization_names_[o.id] = o.name;
  // The link to a SENDhub organisation is the council's to set; an import never clears it.
  return run(c_,
             "INSERT INTO lo_organizations (id, name, alternate_name, description, email, website, uri, "
             "sendhub_organisation_id, last_modified) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
             "ON CONFLICT (id) DO UPDATE SET name = excluded.name, alternate_name = excluded.alternate_name, "
             "description = excluded.description, email = excluded.email, website = excluded.website, uri = excluded.uri, "
             "sendhub_organisation_id = COALESCE(excluded.sendhub_organisation_id, lo_organizations.sendhub_organisation_id), "
             "last_modified = excluded.last_modified",
             p);
}

Result<void> DirectoryWriter::save(const lo::Taxonomy& t) {
  const Value p[] = {t.id, t.name, t.description, t.uri, t.version};
  return run(c_,
             "INSERT INTO lo_taxonomies (id, name, description, uri, version) VALUES ($1, $2, $3, $4, $5) "
             "ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, uri = excluded.uri, "
             "version = excluded.version",
             p);
}

Result<void> DirectoryWriter::save(const lo::TaxonomyTerm& t) {
  if (auto ok = load_lookups(); !ok) return ok;
  terms_[t.id] = {t.name, t.parent_id};
  const Value p[] = {t.id, nullable(t.taxonomy_id), nullable(t.parent_id), t.code, t.name, t.description, t.term_uri, t.language};
  return run(c_,
             "INSERT INTO lo_taxonomy_terms (id, taxonomy_id, parent_id, code, name, description, term_uri, language) "
             "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO UPDATE SET taxonomy_id = excluded.taxonomy_id, "
             "parent_id = excluded.parent_id, code = excluded.code, name = excluded.name, description = excluded.description, "
             "term_uri = excluded.term_uri, language = excluded.language",
             p);
}

Result<void> DirectoryWriter::save(const lo::Location& l) { return save_locations(std::span<const lo::Location>(&l, 1)); }

Result<void> DirectoryWriter::save_locations(std::span<const lo::Location> locations) {
  BatchInsert rows(c_,
                   "INSERT INTO lo_locations (id, organization_id, location_type, name, alternate_name, description, transportation, "
                   "latitude, longitude, external_identifier, external_identifier_type, postal_code, accessibility_keys, details, "
                   "last_modified) VALUES ",
                   " ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, location_type = excluded.location_type, "
                   "name = excluded.name, alternate_name = excluded.alternate_name, description = excluded.description, "
                   "transportation = excluded.transportation, latitude = excluded.latitude, longitude = excluded.longitude, "
                   "external_identifier = excluded.external_identifier, external_identifier_type = excluded.external_identifier_type, "
                   "postal_code = excluded.postal_code, accessibility_keys = excluded.accessibility_keys, details = excluded.details, "
                   "last_modified = excluded.last_modified",
                   15);
  for (const auto& l : locations)
    if (auto ok = rows.add({l.id, nullable(l.organization_id), l.location_type, l.name, l.alternate_name, l.description,
                            l.transportation, optional_number(l.latitude), optional_number(l.longitude), l.external_identifier,
                            l.external_identifier_type, postcode_of(l), lo::key_list(lo::accessibility_keys(l.accessibility)),
                            lo::location_details_json(l), now_});
        !ok)
      return ok;
  return rows.flush();
}

std::string DirectoryWriter::keywords_of(const lo::Service& s) {
  std::string out = s.alternate_name;
  auto add = [&](const std::string& text) {
    if (!text.empty()) out += (out.empty() ? "" : "\n") + text;
  };
  for (const auto& a : s.attributes) {
    // The term and its parents: a service under "Speech, language and communication" is also
    // found by "health and wellbeing".
    std::string id = a.taxonomy_term_id;
    for (int depth = 0; depth < 5 && terms_.contains(id); ++depth) {
      add(terms_[id].name);
      id = terms_[id].parent_id;
    }
  }
  if (auto it = organization_names_.find(s.organization_id); it != organization_names_.end()) add(it->second);
  return out;
}

Result<void> DirectoryWriter::save(const lo::Service& s) { return save_services(std::span<const lo::Service>(&s, 1)); }

Result<void> DirectoryWriter::save_services(std::span<const lo::Service> services) {
  if (auto ok = load_lookups(); !ok) return ok;
  const bool pg = dialect_ == store::Dialect::postgres;
  BatchInsert rows(
      c_,
      std::string("INSERT INTO lo_services (id, search_rowid, organization_id, name, alternate_name, description, summary, easy_read, "
                  "url, email, status, interpretation_services, application_process, attending_access, wait_time, "
                  "fees_description, accreditations, eligibility_description, alert, assurer_email, minimum_age, maximum_age, "
                  "assured_date, review_interval_days, last_modified, is_free, days_mask, language_keys, details) VALUES "),
      std::string(" ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, name = excluded.name, "
                  "alternate_name = excluded.alternate_name, description = excluded.description, summary = excluded.summary, "
                  "easy_read = excluded.easy_read, url = excluded.url, email = excluded.email, status = excluded.status, "
                  "interpretation_services = excluded.interpretation_services, application_process = excluded.application_process, "
                  "attending_access = excluded.attending_access, wait_time = excluded.wait_time, "
                  "fees_description = excluded.fees_description, accreditations = excluded.accreditations, "
                  "eligibility_description = excluded.eligibility_description, alert = excluded.alert, "
                  "assurer_email = excluded.assurer_email, minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age, "
                  "assured_date = excluded.assured_date, review_interval_days = excluded.review_interval_days, "
                  "last_modified = excluded.last_modified, is_free = excluded.is_free, days_mask = excluded.days_mask, "
                  "language_keys = excluded.language_keys, details = excluded.details, version = lo_services.version + 1"),
      29);
  // Search words: SQLite's FTS5 table, or PostgreSQL's weighted tsvector (migration 18).
  BatchInsert words = pg ? BatchInsert(c_, "INSERT INTO lo_service_words (search_rowid, vector) VALUES ",
                                       " ON CONFLICT (search_rowid) DO UPDATE SET vector = excluded.vector", 4,
                                       [](int f) {
                                         auto n = [&](int k) { return "$" + std::to_string(f + k); };
                                         return "(" + n(0) + ", setweight(to_tsvector('english', " + n(1) +
                                                "), 'A') || setweight(to_tsvector('english', " + n(2) +
                                                "), 'B') || setweight(to_tsvector('english', " + n(3) + "), 'C'))";
                                       })
                         : BatchInsert(c_, "INSERT INTO lo_service_search (rowid, name, keywords, description) VALUES ", "", 4);
  BatchInsert attributes(c_, "INSERT INTO lo_attributes (id, service_id, taxonomy_term_id, link_type, value) VALUES ",
                         " ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, taxonomy_term_id = excluded.taxonomy_term_id, "
                         "link_type = excluded.link_type, value = excluded.value",
                         5);
  std::set<std::string> attribute_ids;
  std::vector<std::vector<Value>> word_rows, attribute_rows;
  std::vector<Value> existing_ids, existing_rowids;
  for (const auto& s : services)
    if (search_rowids_.contains(s.id)) {
      existing_ids.emplace_back(s.id);
      existing_rowids.emplace_back(search_rowids_[s.id]);
    }
  // A service's attributes and search words are replaced whole.
  if (auto ok = delete_where_in(c_, "lo_attributes", "service_id", existing_ids); !ok) return ok;
  if (!pg)
    if (auto ok = delete_where_in(c_, "lo_service_search", "rowid", existing_rowids); !ok) return ok;
  for (const auto& s : services) {
    if (!search_rowids_.contains(s.id)) search_rowids_[s.id] = next_rowid_++;
    const std::int64_t rowid = search_rowids_[s.id];
    std::string keywords = keywords_of(s);
    std::string description = joined({&s.summary, &s.description, &s.eligibility_description});
    std::vector<Value> row{s.id, rowid, nullable(s.organization_id), s.name, s.alternate_name, s.description, s.summary, s.easy_read,
                           s.url, s.email, s.status, s.interpretation_services, s.application_process, s.attending_access,
                           s.wait_time, s.fees_description, s.accreditations, s.eligibility_description, s.alert, s.assurer_email,
                           optional_number(s.minimum_age), optional_number(s.maximum_age), s.assured_date,
                           static_cast<std::int64_t>(s.review_interval_days), now_,
                           static_cast<std::int64_t>(lo::is_free(s) ? 1 : 0),
                           static_cast<std::int64_t>(lo::days_mask(s.schedules)), lo::key_list(lo::language_keys(s)),
                           lo::service_details_json(s)};
    if (auto ok = rows.add(std::move(row)); !ok) return ok;
    word_rows.push_back({rowid, s.name, std::move(keywords), std::move(description)});
    for (const auto& a : s.attributes) {
      // Ids are unique by the standard; a feed that repeats one across services still imports.
      const std::string id = attribute_ids.insert(a.id).second ? a.id : lo::uuid_from_name(s.id + "/" + a.id);
      attribute_rows.push_back({id, s.id, a.taxonomy_term_id, a.link_type, a.value});
    }
  }
  // Every service first: their words and attributes refer to them.
  if (auto ok = rows.flush(); !ok) return ok;
  for (auto& w : word_rows)
    if (auto ok = words.add(std::move(w)); !ok) return ok;
  for (auto& a : attribute_rows)
    if (auto ok = attributes.add(std::move(a)); !ok) return ok;
  if (auto ok = words.flush(); !ok) return ok;
  return attributes.flush();
}

Result<void> DirectoryWriter::save(const lo::ServiceAtLocation& s) {
  return save_service_at_locations(std::span<const lo::ServiceAtLocation>(&s, 1));
}

Result<void> DirectoryWriter::save_service_at_locations(std::span<const lo::ServiceAtLocation> places) {
  BatchInsert rows(c_, "INSERT INTO lo_service_at_locations (id, service_id, location_id, description, details) VALUES ",
                   " ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, location_id = excluded.location_id, "
                   "description = excluded.description, details = excluded.details",
                   5);
  for (const auto& s : places)
    if (auto ok = rows.add({s.id, s.service_id, s.location_id, s.description, lo::service_at_location_details_json(s)}); !ok) return ok;
  return rows.flush();
}

Result<void> DirectoryWriter::record(lo::Metadata m, const std::string& user_id) { return record_all({std::move(m)}, user_id); }

Result<void> DirectoryWriter::record_all(std::vector<lo::Metadata> rows, const std::string& user_id) {
  if (next_seq_ == 0) {
    auto last = c_.query("SELECT COALESCE(MAX(seq), 0) FROM lo_metadata");
    if (!last) return std::unexpected(last.error());
    next_seq_ = last->front().get_int(0) + 1;
  }
  BatchInsert insert(c_,
                     "INSERT INTO lo_metadata (id, seq, resource_id, resource_type, last_action_date, last_action_type, field_name, "
                     "previous_value, replacement_value, updated_by, updated_by_user_id) VALUES ",
                     "", 11);
  for (auto& m : rows) {
    if (m.id.empty()) m.id = new_uuid();
    if (m.last_action_date.empty()) m.last_action_date = now_;
    if (auto ok = insert.add({m.id, next_seq_++, m.resource_id, m.resource_type, m.last_action_date, m.last_action_type, m.field_name,
                              m.previous_value, m.replacement_value, m.updated_by, nullable(user_id)});
        !ok)
      return ok;
  }
  return insert.flush();
}

Result<void> DirectoryWriter::bump_version() {
  return run(c_, "UPDATE lo_directory_state SET version = version + 1 WHERE id = 1", {});
}

}  // namespace sendhub::app::local_offer
