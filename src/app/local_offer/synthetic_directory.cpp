#include "app/local_offer/synthetic_directory.h"

#include <random>

#include "domain/local_offer/categories.h"
#include "domain/local_offer/uuid.h"

namespace sendhub::app::local_offer {
namespace {

namespace lo = sendhub::local_offer;

constexpr const char* kinds[] = {"group", "service", "club", "clinic", "drop-in", "course", "team", "project", "scheme", "hub"};
constexpr const char* towns[] = {"Acomb", "Clifton", "Haxby", "Heslington", "Fulford", "Tang Hall", "Huntington", "Dringhouses",
                                 "Harrogate", "Selby", "Malton", "Tadcaster", "Easingwold", "Pickering", "Scarborough", "Leeds"};
constexpr const char* extras[] = {
    "Friendly staff trained in supporting children with additional needs.", "Parents and carers are welcome to stay.",
    "Sessions are small so everyone gets attention.", "We work closely with schools, health visitors and social care.",
    "Transport can sometimes be arranged.", "Interpreters can be booked on request.",
    "There is a quiet room for anyone who needs a break.", "We can visit you at home if that is easier."};
constexpr const char* languages[] = {"Polish", "Urdu", "Bengali", "Turkish", "Cantonese", "British Sign Language", "Arabic"};
constexpr const char* days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
constexpr const char* access[] = {"Wheelchair accessible", "Accessible toilet", "Hearing loop", "Quiet room", "Parking"};

std::string id_for(std::uint64_t seed, const std::string& what) {
  return lo::uuid_from_name("synthetic-" + std::to_string(seed) + ":" + what);
}

}  // namespace

Result<lo::Directory> synthetic_directory(store::Database& db, int count, std::uint64_t seed) {
  struct District {
    std::string code;
    double lat, lon;
  };
  std::vector<District> districts;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT postcode, latitude, longitude FROM postcode_centroids WHERE kind = 'district' AND "
                        "(postcode LIKE 'YO%' OR postcode LIKE 'HG%' OR postcode LIKE 'LS%' OR postcode LIKE 'HU%') ORDER BY postcode");
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) districts.push_back({r.get_text(0), r.get_double(1), r.get_double(2)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (districts.empty()) return fail(ErrorCode::unavailable, "no postcode districts: run sendhub migrate first");
  std::mt19937_64 rng(seed);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  lo::Directory d;
  d.taxonomies.push_back(lo::local_offer_taxonomy());
  d.taxonomy_terms = lo::local_offer_terms();
  std::vector<const lo::Category*> subcategories;
  for (const auto& c : lo::local_offer_categories())
    if (!c.parent_code.empty()) subcategories.push_back(&c);
  const int organisations = std::max(1, count / 10), places = std::max(1, count / 2);
  for (int i = 0; i < organisations; ++i)
    d.organizations.push_back({id_for(seed, "org" + std::to_string(i)), std::string(towns[pick(std::size(towns))]) + " Family Support " +
                                                                             std::to_string(i),
                               "", "A made-up organisation for benchmarks.", "info" + std::to_string(i) + "@example.org"});
  for (int i = 0; i < places; ++i) {
    const auto& district = districts[pick(districts.size())];
    lo::Location l;
    l.id = id_for(seed, "place" + std::to_string(i));
    l.location_type = "physical";
    l.name = std::string(towns[pick(std::size(towns))]) + " Centre " + std::to_string(i);
    l.latitude = district.lat + (static_cast<double>(rng() % 1000) - 500) / 100000.0;
    l.longitude = district.lon + (static_cast<double>(rng() % 1000) - 500) / 100000.0;
    l.addresses.push_back({id_for(seed, "address" + std::to_string(i)), "", std::to_string(1 + i % 200) + " Example Road", "", "York",
                           "", "", district.code + " 1AA", "GB", "physical"});
    l.accessibility.push_back({id_for(seed, "access" + std::to_string(i)), access[pick(std::size(access))], "", ""});
    d.locations.push_back(std::move(l));
  }
  for (int i = 0; i < count; ++i) {
    const auto* category = subcategories[pick(subcategories.size())];
    const std::string n = std::to_string(i);
    lo::Service s;
    s.id = id_for(seed, "service" + n);
    s.organization_id = d.organizations[pick(d.organizations.size())].id;
    s.name = std::string(towns[pick(std::size(towns))]) + " " + std::string(category->name) + " " + kinds[pick(std::size(kinds))] + " " + n;
    s.status = i % 50 == 49 ? "inactive" : "active";
    s.summary = std::string(category->description);
    s.description = std::string(category->description) + " " + extras[pick(std::size(extras))] + " " + extras[pick(std::size(extras))];
    s.application_process = i % 3 == 0 ? "Ask your GP, school or health visitor to refer." : "Phone or email to book, or just come along.";
    s.attending_access = i % 3 == 0 ? "referral" : "appointment";
    s.wait_time = i % 3 == 0 ? "About " + std::to_string(4 + i % 20) + " weeks" : "";
    s.minimum_age = static_cast<double>(pick(12));
    s.maximum_age = *s.minimum_age + 5 + static_cast<double>(pick(15));
    s.assured_date = "2026-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 9);
    s.email = "service" + n + "@example.org";
    s.phones.push_back({id_for(seed, "phone" + n), "01904 " + std::to_string(100000 + i), "", "voice", ""});
    lo::Schedule sch;
    sch.id = id_for(seed, "schedule" + n);
    sch.freq = "WEEKLY";
    sch.byday = std::string(days[pick(7)]) + "," + days[pick(7)];
    sch.opens_at = "09:00";
    sch.closes_at = "15:30";
    s.schedules.push_back(std::move(sch));
    s.languages.push_back({id_for(seed, "language" + n + "a"), "English", "en", ""});
    if (i % 4 == 0) s.languages.push_back({id_for(seed, "language" + n + "b"), languages[pick(std::size(languages))], "", ""});
    if (i % 2 == 0) s.cost_options.push_back({id_for(seed, "cost" + n), "Free", "GBP", "", "", "", 0.0});
    else s.cost_options.push_back({id_for(seed, "cost" + n), "Per session", "GBP", "", "", "", 2.0 + i % 10});
    s.attributes.push_back({id_for(seed, "attribute" + n), "category", lo::category_term_id(category->code), ""});
    const int at = static_cast<int>(pick(3));  // none (by phone or at home), one or two places
    for (int k = 0; k < at; ++k)
      d.service_at_locations.push_back({id_for(seed, "sal" + n + "-" + std::to_string(k)), s.id, d.locations[pick(d.locations.size())].id, ""});
    d.services.push_back(std::move(s));
  }
  return d;
}

}  // namespace sendhub::app::local_offer
