#include "app/local_offer/demo_directory.h"

#include <sstream>

#include "app/clock.h"
#include "app/demo_data.h"
#include "app/identity/password_hasher.h"
#include "app/local_offer/directory_writer.h"
#include "domain/calendar/date.h"
#include "domain/local_offer/categories.h"
#include "domain/local_offer/uuid.h"

namespace sendhub::app::local_offer {
namespace {

namespace lo = sendhub::local_offer;
using store::Value;

std::vector<std::string> split(std::string_view text, char by) {
  std::vector<std::string> out;
  std::string part;
  for (char c : text) {
    if (c == by) {
      if (!part.empty()) out.push_back(part);
      part.clear();
    } else {
      part.push_back(c);
    }
  }
  if (!part.empty()) out.push_back(part);
  return out;
}

std::string language_code(const std::string& name) {
  static const std::pair<const char*, const char*> codes[] = {{"English", "en"}, {"Polish", "pl"},  {"Urdu", "ur"},
                                                               {"Bengali", "bn"}, {"Turkish", "tr"}, {"Cantonese", "yue"},
                                                               {"British Sign Language", "bfi"}};
  for (const auto& [n, c] : codes)
    if (name == n) return c;
  return "";
}

std::string id_for(std::string_view kind, std::string_view key) { return lo::uuid_from_name("demo-" + std::string(kind) + ":" + std::string(key)); }

lo::Location location_of(const DemoPlace& p) {
  lo::Location l;
  l.id = id_for("place", p.key);
  l.location_type = "physical";
  l.name = p.name;
  l.transportation = p.transport;
  l.latitude = p.latitude;
  l.longitude = p.longitude;
  l.addresses.push_back({id_for("address", p.key), "", p.address, "", "York", "", "", p.postcode, "GB", "physical"});
  int i = 0;
  for (const auto& feature : split(p.accessibility, ';'))
    l.accessibility.push_back({id_for("access", std::string(p.key) + std::to_string(i++)), feature, "", ""});
  return l;
}

lo::Service service_of(const DemoService& d, calendar::Date today) {
  lo::Service s;
  s.id = demo_service_id(d.key);
  s.organization_id = id_for("organisation", d.organisation);
  s.name = d.name;
  s.summary = d.summary;
  s.description = d.description;
  s.application_process = d.how_to_get_help;
  s.attending_access = d.attending_access;
  s.wait_time = d.wait;
  s.eligibility_description = d.eligibility;
  s.minimum_age = d.minimum_age;
  s.maximum_age = d.maximum_age;
  s.status = d.status;
  s.email = d.email;
  s.easy_read = d.easy_read;
  s.assured_date = calendar::format_date(today - std::chrono::days{d.checked_days_ago});
  s.phones.push_back({id_for("phone", d.key), d.phone, "", "voice", ""});
  s.contacts.push_back({id_for("contact", d.key), "Enquiries", "", "", d.email, {}});
  const std::string fees = d.fees;
  if (fees.empty()) {
    s.fees_description = "Free";
    s.cost_options.push_back({id_for("cost", d.key), "Free", "GBP", "", "", "", 0.0});
  } else {
    s.fees_description = fees;
    s.cost_options.push_back({id_for("cost", d.key), fees, "GBP", fees, "", "", std::nullopt});
  }
  if (std::string(d.byday).size() > 0) {
    lo::Schedule sch;
    sch.id = id_for("schedule", d.key);
    sch.freq = std::string(d.byday).find_first_of("1234") != std::string::npos ? "MONTHLY" : "WEEKLY";
    sch.byday = d.byday;
    sch.opens_at = d.opens;
    sch.closes_at = d.closes;
    s.schedules.push_back(std::move(sch));
  } else {
    lo::Schedule sch;
    sch.id = id_for("schedule", d.key);
    sch.description = std::string(d.places).empty() ? "By phone, online or at home, by arrangement" : "By appointment";
    s.schedules.push_back(std::move(sch));
  }
  int i = 0;
  for (const auto& name : split(std::string("English,") + d.languages, ','))
    s.languages.push_back({id_for("language", std::string(d.key) + std::to_string(i++)), name, language_code(name), ""});
  s.interpretation_services = "Interpreters, including British Sign Language, can be arranged: ask when you contact us.";
  i = 0;
  for (const auto& code : split(d.categories, ' '))
    s.attributes.push_back({id_for("attribute", std::string(d.key) + std::to_string(i++)), "category", lo::category_term_id(code), ""});
  return s;
}

Result<void> run(store::Connection& c, const char* sql, std::span<const Value> p) {
  auto n = c.execute(sql, p);
  if (!n) return std::unexpected(n.error());
  return {};
}

// The two accounts that try the directory's editing side (README lists them).
Result<void> demo_directory_accounts(store::Database& db) {
  PasswordHasher hasher(1);
  auto hash = hasher.hash(demo_password);
  if (!hash) return std::unexpected(hash.error());
  const std::string now = utc_timestamp_now();
  return db.write([&](store::Connection& c) -> Result<void> {
    const std::tuple<const char*, const char*, const char*> orgs[] = {
        {"org-york-local-offer", "local_authority", "City of York Council Local Offer team"},
        {"org-demo-minster-play", "voluntary", "Minster Play and Leisure (demo)"}};
    for (const auto& [id, kind, name] : orgs) {
      const Value p[] = {id, kind, name, "816", now};
      if (auto ok = run(c, "INSERT INTO organisations (id, kind, name, la_code, created_at) VALUES ($1, $2, $3, $4, $5) "
                           "ON CONFLICT (id) DO NOTHING", p);
          !ok)
        return ok;
    }
    const std::tuple<const char*, const char*, const char*, const char*, const char*> users[] = {
        {"user-local-offer", "localoffer@demo.sendhub.test", "Lou Offer", "org-york-local-offer", "local_offer_editor"},
        {"user-provider", "provider@demo.sendhub.test", "Pip Provider", "org-demo-minster-play", "service_provider"}};
    for (const auto& [id, email, name, org, role] : users) {
      const Value u[] = {id, email, name, *hash, now};
      if (auto ok = run(c, "INSERT INTO users (id, email, display_name, password_hash, is_demo, created_at) "
                           "VALUES ($1, $2, $3, $4, 1, $5) ON CONFLICT (id) DO NOTHING", u);
          !ok)
        return ok;
      const Value m[] = {id, org, role};
      if (auto ok = run(c, "INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", m);
          !ok)
        return ok;
    }
    return {};
  });
}

}  // namespace

std::string demo_service_id(std::string_view key) { return id_for("service", key); }

Result<void> ensure_local_offer_categories(store::Database& db) {
  return db.write([&](store::Connection& c) -> Result<void> {
    DirectoryWriter w(c, db.dialect(), utc_timestamp_now());
    if (auto ok = w.save(lo::local_offer_taxonomy()); !ok) return ok;
    for (const auto& t : lo::local_offer_terms())
      if (auto ok = w.save(t); !ok) return ok;
    return {};
  });
}

Result<void> load_demo_directory(store::Database& db) {
  if (auto ok = demo_directory_accounts(db); !ok) return ok;
  bool loaded = false;
  auto checked = db.read([&](store::Connection& c) -> Result<void> {
    auto there = record_exists(c, "lo_services", demo_service_id(demo_services().front().key));
    if (!there) return std::unexpected(there.error());
    loaded = *there;
    return {};
  });
  if (!checked) return checked;
  if (loaded) return {};
  if (auto ok = ensure_local_offer_categories(db); !ok) return ok;
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return db.write([&](store::Connection& c) -> Result<void> {
    DirectoryWriter w(c, db.dialect(), utc_timestamp_now());
    for (const auto& o : demo_organisations()) {
      lo::Organization org{id_for("organisation", o.key), o.name, "", o.description, o.email, o.website, "", o.sendhub_organisation};
      if (auto ok = w.save(org); !ok) return ok;
    }
    for (const auto& p : demo_places()) {
      auto l = location_of(p);
      if (auto ok = w.save(l); !ok) return ok;
    }
    for (const auto& d : demo_services()) {
      auto s = service_of(d, today);
      if (auto ok = w.save(s); !ok) return ok;
      if (auto ok = w.record({"", s.id, "service", w.now(), "create", "service", "", "", "SENDhub demo data"}, ""); !ok) return ok;
      for (const auto& place : split(d.places, ' ')) {
        lo::ServiceAtLocation sal{id_for("service-at-location", std::string(d.key) + "@" + place), s.id, id_for("place", place), ""};
        if (auto ok = w.save(sal); !ok) return ok;
      }
    }
    return w.bump_version();
  });
}

}  // namespace sendhub::app::local_offer
