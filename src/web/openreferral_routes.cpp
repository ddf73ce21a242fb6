// The Open Referral UK API (HSDS 3.0 with the UK profile) under /openreferral: open without a
// key, Access-Control-Allow-Origin: * on every answer, rate-limited per client, JSON errors.
// Lists use HSDS's paginated envelope; /services/{id} is fully nested. Parameters combine with
// AND, as the standard requires; an unknown parameter is ignored, a malformed one is a 400.
#include <boost/json.hpp>
#include <charconv>
#include <cmath>

#include "app/local_offer/oruk_api.h"
#include "domain/local_offer/place.h"
#include "domain/local_offer/uuid.h"
#include "web/local_offer_web.h"

namespace sendhub::web {
namespace {

namespace json = boost::json;

constexpr std::size_t default_per_page = 50, most_per_page = 200;

Response api_json(json::value body, unsigned status = 200) {
  auto r = Response::json(json::serialize(body), status);
  r.headers.emplace_back("Access-Control-Allow-Origin", "*");
  return r;
}

Response api_error(unsigned status, std::string_view code, const std::string& message) {
  return api_json(json::object{{"error", json::object{{"code", code}, {"message", message}}}}, status);
}

// A bad parameter, with the message for the 400.
struct BadParameter {
  std::string message;
};

std::variant<std::size_t, BadParameter> whole(const Request& req, const char* name, std::size_t fallback, std::size_t lowest,
                                              std::size_t highest) {
  const auto text = req.query.get(name);
  if (text.empty()) return fallback;
  std::size_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < lowest || v > highest)
    return BadParameter{std::string(name) + " must be a whole number from " + std::to_string(lowest) + " to " + std::to_string(highest)};
  return v;
}

std::variant<std::optional<double>, BadParameter> number(const Request& req, const char* name, double lowest, double highest) {
  const auto text = req.query.get(name);
  if (text.empty()) return std::optional<double>{};
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v) || v < lowest || v > highest)
    return BadParameter{std::string(name) + " must be a number from " + std::to_string(static_cast<long>(lowest)) + " to " +
                        std::to_string(static_cast<long>(highest))};
  return std::optional<double>{v};
}

std::variant<std::string, BadParameter> uuid_param(const Request& req, const char* name) {
  const auto text = req.query.get(name);
  if (text.empty()) return std::string();
  if (!lo::is_uuid(text)) return BadParameter{std::string(name) + " must be a UUID"};
  return lo::normalise_uuid(text);
}

// YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS with Z, as stored (UTC): comparing the text compares the times.
std::variant<std::string, BadParameter> modified_after(const Request& req) {
  std::string t = req.query.get("modified_after");
  if (t.empty()) return t;
  auto digits = [&](std::size_t at, std::size_t n) {
    for (std::size_t i = at; i < at + n; ++i)
      if (i >= t.size() || t[i] < '0' || t[i] > '9') return false;
    return true;
  };
  const bool date = t.size() >= 10 && digits(0, 4) && t[4] == '-' && digits(5, 2) && t[7] == '-' && digits(8, 2);
  if (date && t.size() == 10) return t + "T00:00:00Z";
  if (date && t.size() == 20 && t[10] == 'T' && digits(11, 2) && t[13] == ':' && digits(14, 2) && t[16] == ':' && digits(17, 2) &&
      t[19] == 'Z')
    return t;
  return BadParameter{"modified_after must be a UTC date and time like 2025-03-01T09:30:00Z, or a date like 2025-03-01"};
}

template <class T>
bool take(const std::variant<T, BadParameter>& v, T& into, std::string& problem) {
  if (auto* bad = std::get_if<BadParameter>(&v)) {
    if (problem.empty()) problem = bad->message;
    return false;
  }
  into = std::get<T>(v);
  return true;
}

// The service filters /services and /service_at_locations share.
lapp::SearchRequest service_filters(const Request& req, std::string& problem) {
  lapp::SearchRequest r;
  r.what = req.query.get("search").substr(0, 200);
  take(uuid_param(req, "taxonomy_term_id"), r.taxonomy_term_id, problem);
  take(uuid_param(req, "organization_id"), r.organization_id, problem);
  take(number(req, "minimum_age", 0, 130), r.minimum_age, problem);
  take(number(req, "maximum_age", 0, 130), r.maximum_age, problem);
  take(modified_after(req), r.modified_after, problem);
  take(whole(req, "page", 1, 1, 1'000'000), r.page, problem);
  take(whole(req, "per_page", default_per_page, 1, most_per_page), r.per_page, problem);
  return r;
}

// Every /openreferral answer goes through here: the rate limit first, then the handler.
template <class F>
Handler api(std::shared_ptr<LocalOffer> offer, F handler) {
  return [offer, handler](Request& req) -> Result<Response> {
    // Behind nginx every request comes from the loopback and nginx names the client. A loopback
    // request that names nobody comes from this machine itself (monitoring, tests): not limited.
    const bool local = req.remote_address == "127.0.0.1" || req.remote_address == "::1";
    const std::string client = local ? req.header("X-Forwarded-For") : req.remote_address;
    if (int wait = client.empty() ? 0 : offer->api_limiter.take(client, std::chrono::steady_clock::now()); wait > 0) {
      auto r = api_error(429, "too_many_requests", "Too many requests: wait " + std::to_string(wait) + " seconds and try again");
      r.headers.emplace_back("Retry-After", std::to_string(wait));
      return r;
    }
    auto out = handler(req);
    if (!out && out.error().code == ErrorCode::invalid_input) return api_error(400, "invalid_input", out.error().message);
    if (!out && out.error().code == ErrorCode::not_found) return api_error(404, "not_found", out.error().message);
    if (!out) return api_error(out.error().code == ErrorCode::unavailable ? 503 : 500, "unavailable",
                               "The directory cannot answer just now. Try again shortly");
    return out;
  };
}

Result<Response> root(Request&) {
  return api_json(json::object{{"version", lo::oruk_version}, {"profile", lo::oruk_profile}, {"openapi_url", lo::oruk_openapi_url}});
}

Result<Response> services(Site& site, LocalOffer& offer, Request& req) {
  std::string problem;
  auto r = service_filters(req, problem);
  if (!problem.empty()) return fail(ErrorCode::invalid_input, problem);
  const bool full = req.query.get("full") == "true";
  auto page = lapp::list_services(site.db, offer.search, r, full);
  if (!page) return std::unexpected(page.error());
  json::array contents;
  for (const auto& s : page->items) {
    if (!full) {
      contents.push_back(lo::service_list_json(s));
      continue;
    }
    auto f = lapp::published_service(site.db, s.id);
    if (!f) return std::unexpected(f.error());
    if (*f) contents.push_back(lo::service_full_json(**f));
  }
  return api_json(lo::page_json(page->total, static_cast<std::int64_t>(r.page), static_cast<std::int64_t>(r.per_page), std::move(contents)));
}

Result<Response> service(Site& site, Request& req) {
  const auto id = lo::normalise_uuid(req.param("id"));
  if (!lo::is_uuid(id)) return fail(ErrorCode::not_found, "There is no service with this id");
  auto f = lapp::published_service(site.db, id);
  if (!f) return std::unexpected(f.error());
  if (!*f) return fail(ErrorCode::not_found, "There is no service with this id");
  return api_json(lo::service_full_json(**f));
}

Result<Response> taxonomies(Site& site, Request& req) {
  std::string problem;
  std::size_t page = 1, per_page = default_per_page;
  take(whole(req, "page", 1, 1, 1'000'000), page, problem);
  take(whole(req, "per_page", default_per_page, 1, most_per_page), per_page, problem);
  if (!problem.empty()) return fail(ErrorCode::invalid_input, problem);
  auto list = lapp::list_taxonomies(site.db, page, per_page);
  if (!list) return std::unexpected(list.error());
  json::array contents;
  for (const auto& t : list->items) contents.push_back(lo::taxonomy_json(t));
  return api_json(lo::page_json(list->total, static_cast<std::int64_t>(page), static_cast<std::int64_t>(per_page), std::move(contents)));
}

Result<Response> taxonomy(Site& site, Request& req) {
  auto t = lapp::find_taxonomy(site.db, lo::normalise_uuid(req.param("id")));
  if (!t) return std::unexpected(t.error());
  if (!*t) return fail(ErrorCode::not_found, "There is no taxonomy with this id");
  return api_json(lo::taxonomy_json(**t));
}

Result<Response> terms(Site& site, Request& req) {
  std::string problem;
  std::size_t page = 1, per_page = default_per_page;
  lapp::TermFilter f;
  take(whole(req, "page", 1, 1, 1'000'000), page, problem);
  take(whole(req, "per_page", default_per_page, 1, most_per_page), per_page, problem);
  take(uuid_param(req, "taxonomy_id"), f.taxonomy_id, problem);
  take(uuid_param(req, "parent_id"), f.parent_id, problem);
  f.top_only = req.query.get("top_only") == "true";
  if (!problem.empty()) return fail(ErrorCode::invalid_input, problem);
  auto list = lapp::list_terms(site.db, f, page, per_page);
  if (!list) return std::unexpected(list.error());
  json::array contents;
  for (const auto& t : list->items) contents.push_back(lo::term_json(t));
  return api_json(lo::page_json(list->total, static_cast<std::int64_t>(page), static_cast<std::int64_t>(per_page), std::move(contents)));
}

Result<Response> term(Site& site, Request& req) {
  auto t = lapp::find_term(site.db, lo::normalise_uuid(req.param("id")));
  if (!t) return std::unexpected(t.error());
  if (!*t) return fail(ErrorCode::not_found, "There is no taxonomy term with this id");
  return api_json(lo::term_json(**t));
}

json::object place_json(const lapp::PlaceHit& h) {
  auto o = lo::service_at_location_json(h.sal, &h.location);
  if (h.distance_metres) o["distance"] = std::round(*h.distance_metres);  // local member: metres from the postcode's centre
  return o;
}

Result<Response> service_at_locations(Site& site, LocalOffer& offer, Request& req) {
  std::string problem;
  auto r = service_filters(req, problem);
  r.where = req.query.get("postcode").substr(0, 20);
  std::optional<double> proximity;
  take(number(req, "proximity", 1, 1'000'000), proximity, problem);
  if (proximity && r.where.empty() && problem.empty()) problem = "proximity needs a postcode";
  if (!r.where.empty() && !lo::parse_place(r.where) && problem.empty()) problem = "postcode is not a UK postcode or postcode district";
  if (!problem.empty()) return fail(ErrorCode::invalid_input, problem);
  r.radius_metres = proximity.value_or(0);
  auto page = lapp::list_service_at_locations(site.db, offer.search, r);
  if (!page && page.error().field == "where") return fail(ErrorCode::invalid_input, "postcode " + r.where + " is not one SENDhub knows");
  if (!page) return std::unexpected(page.error());
  json::array contents;
  for (const auto& h : page->items) contents.push_back(place_json(h));
  return api_json(lo::page_json(page->total, static_cast<std::int64_t>(r.page), static_cast<std::int64_t>(r.per_page), std::move(contents)));
}

Result<Response> service_at_location(Site& site, Request& req) {
  auto h = lapp::find_service_at_location(site.db, lo::normalise_uuid(req.param("id")));
  if (!h) return std::unexpected(h.error());
  if (!*h) return fail(ErrorCode::not_found, "There is no service_at_location with this id");
  return api_json(place_json(**h));
}

Result<Response> organizations(Site& site, Request& req) {
  std::string problem;
  std::size_t page = 1, per_page = default_per_page;
  take(whole(req, "page", 1, 1, 1'000'000), page, problem);
  take(whole(req, "per_page", default_per_page, 1, most_per_page), per_page, problem);
  if (!problem.empty()) return fail(ErrorCode::invalid_input, problem);
  auto list = lapp::list_organizations(site.db, page, per_page);
  if (!list) return std::unexpected(list.error());
  json::array contents;
  for (const auto& o : list->items) contents.push_back(lo::organization_json(o));
  return api_json(lo::page_json(list->total, static_cast<std::int64_t>(page), static_cast<std::int64_t>(per_page), std::move(contents)));
}

Result<Response> organization(Site& site, Request& req) {
  auto found = lapp::find_organization(site.db, lo::normalise_uuid(req.param("id")));
  if (!found) return std::unexpected(found.error());
  if (!*found) return fail(ErrorCode::not_found, "There is no organization with this id");
  auto o = lo::organization_json((*found)->first);
  json::array list;
  for (const auto& s : (*found)->second) list.push_back(lo::service_list_json(s));
  o["services"] = std::move(list);
  return api_json(std::move(o));
}

}  // namespace

Result<void> add_openreferral_routes(Site& site, std::shared_ptr<LocalOffer> offer) {
  Site* s = &site;
  LocalOffer* o = offer.get();
  Route routes[] = {
      {http::verb::get, "/openreferral", "openreferral_root", Access::public_page, api(offer, root)},
      {http::verb::get, "/openreferral/", "openreferral_root_slash", Access::public_page, api(offer, root)},
      {http::verb::get, "/openreferral/services", "openreferral_services", Access::public_page,
       api(offer, [s, o](Request& r) { return services(*s, *o, r); })},
      {http::verb::get, "/openreferral/services/:id", "openreferral_service", Access::public_page,
       api(offer, [s](Request& r) { return service(*s, r); })},
      {http::verb::get, "/openreferral/taxonomies", "openreferral_taxonomies", Access::public_page,
       api(offer, [s](Request& r) { return taxonomies(*s, r); })},
      {http::verb::get, "/openreferral/taxonomies/:id", "openreferral_taxonomy", Access::public_page,
       api(offer, [s](Request& r) { return taxonomy(*s, r); })},
      {http::verb::get, "/openreferral/taxonomy_terms", "openreferral_taxonomy_terms", Access::public_page,
       api(offer, [s](Request& r) { return terms(*s, r); })},
      {http::verb::get, "/openreferral/taxonomy_terms/:id", "openreferral_taxonomy_term", Access::public_page,
       api(offer, [s](Request& r) { return term(*s, r); })},
      {http::verb::get, "/openreferral/service_at_locations", "openreferral_service_at_locations", Access::public_page,
       api(offer, [s, o](Request& r) { return service_at_locations(*s, *o, r); })},
      {http::verb::get, "/openreferral/service_at_locations/:id", "openreferral_service_at_location", Access::public_page,
       api(offer, [s](Request& r) { return service_at_location(*s, r); })},
      {http::verb::get, "/openreferral/organizations", "openreferral_organizations", Access::public_page,
       api(offer, [s](Request& r) { return organizations(*s, r); })},
      {http::verb::get, "/openreferral/organizations/:id", "openreferral_organization", Access::public_page,
       api(offer, [s](Request& r) { return organization(*s, r); })},
  };
  for (auto& route : routes) {
    route.body_limit = 0;
    route.cache = CachePolicy::revalidate;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
