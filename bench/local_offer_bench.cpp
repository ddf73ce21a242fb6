// The Local Offer at scale: local_offer_bench DATABASE_URL [SERVICES] makes a synthetic directory
// (5,000 services by default), times `import oruk` of it (reading, checking and writing the JSON,
// one transaction), then times searches as the pages run them and /openreferral/services
// requests through the real route handlers, in process, so the figures are server time.
// Prints "name value" lines for bench/local_offer.sh.
#include <sodium.h>

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "app/local_offer/demo_directory.h"
#include "app/local_offer/import.h"
#include "app/local_offer/search.h"
#include "app/local_offer/synthetic_directory.h"
#include "domain/local_offer/categories.h"
#include "domain/local_offer/oruk_writer.h"
#include "store/migrations.h"
#include "web/site.h"

namespace {

using namespace sendhub;
using clock_type = std::chrono::steady_clock;

double ms(clock_type::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

int die(const std::string& why) {
  std::fprintf(stderr, "local_offer_bench: %s\n", why.c_str());
  return 1;
}

// One GET through the router and its handler, as the server would run it (without the socket).
Result<web::Response> get(web::Site& site, const std::string& path, const std::string& query) {
  auto match = site.router.match(web::http::verb::get, path);
  if (!match.route) return fail(ErrorCode::not_found, "no route for " + path);
  web::Request req;
  req.path = path;
  req.remote_address = "127.0.0.1";  // this machine: the API's rate limit does not apply
  auto decoded = web::decode_form(query);
  if (!decoded) return std::unexpected(decoded.error());
  req.query = std::move(*decoded);
  req.params = match.params;
  req.route = match.route;
  return match.route->handler(req);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return die("usage: local_offer_bench DATABASE_URL [SERVICES]");
  if (sodium_init() < 0) return die("libsodium did not start");
  const int count = argc > 2 ? std::atoi(argv[2]) : 5000;
  auto db = store::open_database(argv[1], 4);
  if (!db) return die(db.error().message);
  if (auto v = store::migrate(**db); !v) return die(v.error().message);
  if (auto ok = app::local_offer::ensure_local_offer_categories(**db); !ok) return die(ok.error().message);
  auto directory = app::local_offer::synthetic_directory(**db, count, 2025);
  if (!directory) return die(directory.error().message);
  const std::string file = boost::json::serialize(local_offer::directory_json(*directory));

  const auto import_start = clock_type::now();
  auto report = app::local_offer::import_oruk_text(**db, file, "benchmark", false);
  const double import_seconds = ms(clock_type::now() - import_start) / 1000;
  if (!report) return die(report.error().message);
  if (!report->rejected.empty()) return die("the synthetic directory had rejections: " + report->rejected.front().reason);
  std::fprintf(stderr, "imported %d services in %.3f s\n", count, import_seconds);

  app::local_offer::DirectorySearch search(**db);
  if (auto v = search.vocabulary(); !v) return die(v.error().message);  // the word list, built once per directory version
  struct Query {
    const char *what, *where;
    bool free;
  };
  const Query queries[] = {{"speech therapy", "", false}, {"OT", "", false},          {"respite", "YO10 5DD", false},
                           {"autisim", "", false},         {"short breaks", "YO31", true}, {"mental health", "", false},
                           {"swimming", "HG1", false},     {"SENDIASS", "", false},     {"equipment", "YO24", false},
                           {"parenting course", "", true}, {"", "YO1", false},          {"youth club", "LS6", false}};
  std::vector<double> search_ms, page_ms, api_ms;
  std::vector<std::vector<double>> per_query(std::size(queries));
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    const auto& q = queries[static_cast<std::size_t>(i) % std::size(queries)];
    const auto t0 = clock_type::now();
    auto found = app::local_offer::search_page(**db, search, {.what = q.what, .where = q.where, .free_only = q.free, .per_page = 20});
    if (!found) return die(found.error().message);
    search_ms.push_back(ms(clock_type::now() - t0));
    per_query[static_cast<std::size_t>(i) % std::size(queries)].push_back(search_ms.back());
  }
  for (std::size_t k = 0; k < std::size(queries); ++k)
    std::fprintf(stderr, "  search p95 %.2f ms: %s %s\n", percentile(per_query[k], 0.95), queries[k].what, queries[k].where);

  std::fprintf(stderr, "searched\n");
  auto site = web::Site::create({"templates", "node_modules/govuk-frontend/dist/govuk", "static"}, **db);
  if (!site) return die(site.error().message);
  for (int i = 0; i < 1000; ++i) {
    const auto& q = queries[static_cast<std::size_t>(i) % std::size(queries)];
    const std::string query = std::string("what=") + q.what + "&where=" + q.where + (q.free ? "&free=1" : "");
    const auto t0 = clock_type::now();
    auto r = get(**site, "/local-offer", query);
    if (!r || r->status != 200) return die("search page failed: " + (r ? std::to_string(r->status) : r.error().message));
    page_ms.push_back(ms(clock_type::now() - t0));
  }
  std::fprintf(stderr, "search pages\n");
  const std::string category = local_offer::category_term_id("health-wellbeing");
  const std::size_t pages = static_cast<std::size_t>(count) / 50;
  for (int i = 0; i < 1000; ++i) {
    std::string query = "per_page=50&page=" + std::to_string(1 + rng() % pages);
    if (i % 4 == 1) query = "search=speech+therapy";
    if (i % 4 == 2) query = "taxonomy_term_id=" + category + "&minimum_age=5&maximum_age=11";
    const auto t0 = clock_type::now();
    auto r = get(**site, "/openreferral/services", query);
    if (!r || r->status != 200) return die("/openreferral/services failed: " + (r ? r->body : r.error().message));
    api_ms.push_back(ms(clock_type::now() - t0));
  }
  std::printf("services %d\nimport_seconds %.3f\n", count, import_seconds);
  std::printf("search_p50_ms %.3f\nsearch_p95_ms %.3f\nsearch_p99_ms %.3f\n", percentile(search_ms, 0.5), percentile(search_ms, 0.95),
              percentile(search_ms, 0.99));
  std::printf("page_p50_ms %.3f\npage_p95_ms %.3f\n", percentile(page_ms, 0.5), percentile(page_ms, 0.95));
  std::printf("api_p50_ms %.3f\napi_p95_ms %.3f\napi_p99_ms %.3f\n", percentile(api_ms, 0.5), percentile(api_ms, 0.95),
              percentile(api_ms, 0.99));
  (*db)->close();
  return 0;
}
