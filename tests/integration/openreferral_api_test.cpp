// The Open Referral UK API over real HTTP, checked the way the ORUK validator checks a feed
// (docs: shared reference local-offer-standards.md §1.5). Level 1: "/" names the version and
// profile; /services pages with HSDS's envelope (first, a middle and the last page); every
// /services/{id} is there, fully nested, with HSDS's required members and UUID ids;
// Access-Control-Allow-Origin: * everywhere. Known-item tests (the legacy validator's level 2):
// a service's own name, its postcode with 1,000 m, its ages and its category each return it.
// Then: errors are JSON, clients are rate-limited, and another SENDhub can import the feed.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "app/local_offer/feed.h"
#include "app/local_offer/import.h"
#include "domain/local_offer/hsds.h"
#include "domain/local_offer/uuid.h"
#include "store/migrations.h"
#include "support/test_databases.h"
#include "test_server.h"

namespace sendhub::testing {
namespace {

namespace json = boost::json;
namespace lo = sendhub::local_offer;

struct Reply {
  unsigned status = 0;
  std::string head, body;
  json::value json;
};

Reply get(unsigned short port, const std::string& target, const std::string& headers = "") {
  RawClient c(port);
  c.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n");
  const std::string text = c.read_all();
  Reply r;
  r.status = status_of(text);
  const auto split = text.find("\r\n\r\n");
  r.head = text.substr(0, split);
  r.body = split == std::string::npos ? "" : text.substr(split + 4);
  boost::system::error_code ec;
  r.json = json::parse(r.body, ec);
  return r;
}

bool has_string(const json::object& o, const char* key) { return o.contains(key) && o.at(key).is_string() && !o.at(key).as_string().empty(); }
bool has_uuid(const json::object& o, const char* key) { return o.contains(key) && o.at(key).is_string() && lo::is_uuid(o.at(key).as_string()); }

// Every object anywhere inside with an "id" has a UUID one.
void ids_are_uuids(const json::value& v, const std::string& where) {
  if (v.is_array()) {
    for (std::size_t i = 0; i < v.as_array().size(); ++i) ids_are_uuids(v.as_array()[i], where + "[" + std::to_string(i) + "]");
  } else if (v.is_object()) {
    const auto& o = v.as_object();
    if (o.contains("id")) {
      EXPECT_TRUE(has_uuid(o, "id")) << where;
    }
    for (const auto& [k, child] : o) ids_are_uuids(child, where + "." + std::string(k));
  }
}

void check_envelope(const Reply& r, std::int64_t page, std::int64_t size) {
  ASSERT_EQ(r.status, 200u) << r.body;
  ASSERT_TRUE(r.json.is_object());
  const auto& o = r.json.as_object();
  for (const char* k : {"total_items", "total_pages", "page_number", "size"}) ASSERT_TRUE(o.contains(k) && o.at(k).is_int64()) << k;
  for (const char* k : {"first_page", "last_page", "empty"}) ASSERT_TRUE(o.contains(k) && o.at(k).is_bool()) << k;
  ASSERT_TRUE(o.contains("contents") && o.at("contents").is_array());
  EXPECT_EQ(o.at("page_number").as_int64(), page);
  EXPECT_EQ(o.at("size").as_int64(), size);
  const auto total = o.at("total_items").as_int64(), pages = o.at("total_pages").as_int64();
  EXPECT_EQ(pages, (total + size - 1) / size);
  EXPECT_EQ(o.at("first_page").as_bool(), page == 1);
  EXPECT_EQ(o.at("last_page").as_bool(), page >= pages);
  EXPECT_EQ(o.at("empty").as_bool(), o.at("contents").as_array().empty());
  EXPECT_NE(r.head.find("Access-Control-Allow-Origin: *"), std::string::npos);
}

void check_full_service(const json::object& s) {
  EXPECT_TRUE(has_uuid(s, "id"));
  EXPECT_TRUE(has_string(s, "name"));
  ASSERT_TRUE(has_string(s, "status"));
  EXPECT_NE(std::string(s.at("status").as_string()), "inactive");
  ASSERT_TRUE(s.contains("organization") && s.at("organization").is_object());
  const auto& org = s.at("organization").as_object();
  for (const char* k : {"name", "description"}) EXPECT_TRUE(has_string(org, k)) << k;
  for (const char* k : {"phones", "schedules", "contacts", "languages", "cost_options", "service_at_locations", "attributes", "metadata"})
    EXPECT_TRUE(s.contains(k) && s.at(k).is_array()) << k;
  for (const auto& sal : s.at("service_at_locations").as_array()) {
    const auto& l = sal.as_object().at("location").as_object();
    EXPECT_TRUE(has_string(l, "location_type"));
    for (const auto& a : l.at("addresses").as_array())
      for (const char* k : {"address_1", "city", "postal_code", "country", "address_type"}) EXPECT_TRUE(has_string(a.as_object(), k)) << k;
  }
  for (const auto& a : s.at("attributes").as_array()) {
    const auto& t = a.as_object().at("taxonomy_term").as_object();
    for (const char* k : {"name", "description"}) EXPECT_TRUE(has_string(t, k)) << k;
  }
  for (const auto& m : s.at("metadata").as_array())
    for (const char* k : {"last_action_date", "last_action_type", "field_name", "updated_by"}) EXPECT_TRUE(m.as_object().contains(k)) << k;
  ids_are_uuids(s, "service");
}

std::vector<std::string> ids_in(const Reply& r) {
  std::vector<std::string> out;
  for (const auto& c : r.json.as_object().at("contents").as_array()) out.emplace_back(c.as_object().at("id").as_string());
  return out;
}

class OpenReferralApi : public ::testing::Test {
 protected:
  TestServer server;
  std::string at(const std::string& path) { return "/openreferral" + path; }
};

TEST_F(OpenReferralApi, TheRootNamesTheVersionAndProfile) {
  for (const char* path : {"/openreferral", "/openreferral/"}) {
    auto r = get(server.port(), path);
    ASSERT_EQ(r.status, 200u);
    EXPECT_NE(r.head.find("Access-Control-Allow-Origin: *"), std::string::npos);
    EXPECT_NE(r.head.find("Content-Type: application/json"), std::string::npos);
    const auto& o = r.json.as_object();
    EXPECT_EQ(o.at("version").as_string(), "HSDS-UK-3.0");
    EXPECT_TRUE(has_string(o, "profile"));
    EXPECT_TRUE(has_string(o, "openapi_url"));
  }
}

TEST_F(OpenReferralApi, ServicesPageFirstMiddleAndLastAndEveryServiceIsThereNested) {
  auto first = get(server.port(), at("/services?per_page=10"));
  check_envelope(first, 1, 10);
  const auto total = first.json.as_object().at("total_items").as_int64();
  const auto pages = first.json.as_object().at("total_pages").as_int64();
  ASSERT_GT(total, 50);
  std::set<std::string> seen;
  for (std::int64_t page = 1; page <= pages; ++page) {
    auto r = get(server.port(), at("/services?per_page=10&page=" + std::to_string(page)));
    check_envelope(r, page, 10);
    for (const auto& item : r.json.as_object().at("contents").as_array()) {
      const auto& s = item.as_object();
      EXPECT_TRUE(has_uuid(s, "id") && has_string(s, "name") && has_string(s, "status"));
      EXPECT_FALSE(s.contains("service_at_locations"));  // list items carry one-to-one members only
      EXPECT_TRUE(seen.insert(std::string(s.at("id").as_string())).second);
    }
  }
  EXPECT_EQ(static_cast<std::int64_t>(seen.size()), total);
  auto beyond = get(server.port(), at("/services?per_page=10&page=" + std::to_string(pages + 1)));
  check_envelope(beyond, pages + 1, 10);
  EXPECT_TRUE(beyond.json.as_object().at("empty").as_bool());
  for (const auto& id : seen) {
    auto r = get(server.port(), at("/services/" + id));
    ASSERT_EQ(r.status, 200u) << id;
    EXPECT_NE(r.head.find("Access-Control-Allow-Origin: *"), std::string::npos);
    check_full_service(r.json.as_object());
  }
}

TEST_F(OpenReferralApi, KnownItemsAreFoundByTheirOwnNamePostcodeAgesAndCategory) {
  auto all = get(server.port(), at("/services?per_page=200"));
  int checked = 0;
  for (const auto& id : ids_in(all)) {
    const auto s = get(server.port(), at("/services/" + id)).json.as_object();
    if (s.at("status").as_string() != "active") continue;
    const std::string name(s.at("name").as_string());
    std::string query;
    for (char c : name) query += c == ' ' ? std::string("+") : c == '&' ? std::string("%26") : c == '\'' ? std::string("%27") : std::string(1, c);
    auto by_name = ids_in(get(server.port(), at("/services?search=" + query)));
    EXPECT_NE(std::find(by_name.begin(), by_name.end(), id), by_name.end()) << "search=" << name;
    if (s.contains("minimum_age") && s.contains("maximum_age")) {
      auto by_age = ids_in(get(server.port(), at("/services?per_page=200&minimum_age=" + std::to_string(s.at("minimum_age").to_number<int>()) +
                                                     "&maximum_age=" + std::to_string(s.at("maximum_age").to_number<int>()))));
      EXPECT_NE(std::find(by_age.begin(), by_age.end(), id), by_age.end()) << "ages of " << name;
    }
    for (const auto& a : s.at("attributes").as_array()) {
      auto by_term = ids_in(get(server.port(), at("/services?per_page=200&taxonomy_term_id=" +
                                                     std::string(a.as_object().at("taxonomy_term_id").as_string()))));
      EXPECT_NE(std::find(by_term.begin(), by_term.end(), id), by_term.end()) << "category of " << name;
    }
    for (const auto& sal : s.at("service_at_locations").as_array()) {
      const auto& address = sal.as_object().at("location").as_object().at("addresses").as_array().at(0).as_object();
      std::string postcode(address.at("postal_code").as_string());
      std::replace(postcode.begin(), postcode.end(), ' ', '+');
      auto near = get(server.port(), at("/service_at_locations?per_page=200&proximity=1000&postcode=" + postcode));
      check_envelope(near, 1, 200);
      auto found = ids_in(near);
      EXPECT_NE(std::find(found.begin(), found.end(), std::string(sal.as_object().at("id").as_string())), found.end())
          << name << " near " << postcode;
      for (const auto& c : near.json.as_object().at("contents").as_array()) EXPECT_LE(c.as_object().at("distance").to_number<double>(), 1000);
    }
    ++checked;
  }
  EXPECT_GT(checked, 50);
}

TEST_F(OpenReferralApi, TaxonomiesTermsAndOrganizationsPage) {
  auto taxonomies = get(server.port(), at("/taxonomies"));
  check_envelope(taxonomies, 1, 50);
  const std::string taxonomy(taxonomies.json.as_object().at("contents").as_array().at(0).as_object().at("id").as_string());
  EXPECT_EQ(get(server.port(), at("/taxonomies/" + taxonomy)).status, 200u);
  auto top = get(server.port(), at("/taxonomy_terms?top_only=true&taxonomy_id=" + taxonomy));
  check_envelope(top, 1, 50);
  EXPECT_EQ(top.json.as_object().at("total_items").as_int64(), 12);  // the Local Offer's twelve headings
  auto orgs = get(server.port(), at("/organizations?per_page=5&page=2"));
  check_envelope(orgs, 2, 5);
  const std::string org(orgs.json.as_object().at("contents").as_array().at(0).as_object().at("id").as_string());
  EXPECT_TRUE(get(server.port(), at("/organizations/" + org)).json.as_object().at("services").is_array());
}

TEST_F(OpenReferralApi, BadRequestsAreJsonErrorsWithCors) {
  for (const char* target : {"/services?page=0", "/services?per_page=1000", "/services?minimum_age=old", "/services?taxonomy_term_id=x",
                             "/services?modified_after=yesterday", "/service_at_locations?postcode=nowhere",
                             "/service_at_locations?proximity=100"}) {
    auto r = get(server.port(), at(target));
    EXPECT_EQ(r.status, 400u) << target;
    EXPECT_EQ(r.json.as_object().at("error").as_object().at("code").as_string(), "invalid_input") << target;
    EXPECT_NE(r.head.find("Access-Control-Allow-Origin: *"), std::string::npos) << target;
  }
  EXPECT_EQ(get(server.port(), at("/services/3f2504e0-4f89-41d3-9a0c-0305e82c3301")).status, 404u);
  EXPECT_EQ(get(server.port(), at("/services/not-a-uuid")).status, 404u);
  auto later = get(server.port(), at("/services?modified_after=2999-01-01"));
  EXPECT_EQ(later.json.as_object().at("total_items").as_int64(), 0);
}

TEST_F(OpenReferralApi, EachClientIsRateLimited) {
  int limited = 0;
  std::string retry;
  for (int i = 0; i < 140; ++i) {
    auto r = get(server.port(), "/openreferral/", "X-Forwarded-For: 203.0.113.7\r\n");
    if (r.status == 429) {
      ++limited;
      retry = header_of(r.head + "\r\n\r\n", "retry-after");
      EXPECT_NE(r.head.find("Access-Control-Allow-Origin: *"), std::string::npos);
    }
  }
  EXPECT_GE(limited, 10);
  EXPECT_FALSE(retry.empty());
  EXPECT_EQ(get(server.port(), "/openreferral/", "X-Forwarded-For: 203.0.113.8\r\n").status, 200u);  // another client
}

TEST_F(OpenReferralApi, AnotherSendhubImportsTheWholeFeed) {
  auto feed = app::local_offer::read_oruk_feed("http://127.0.0.1:" + std::to_string(server.port()) + "/openreferral/");
  ASSERT_TRUE(feed) << feed.error().message;
  EXPECT_TRUE(feed->rejected.empty()) << feed->rejected.front().where << ": " << feed->rejected.front().reason;
  TestDatabase target("sqlite");
  ASSERT_TRUE(store::migrate(target.db()));
  auto report = app::local_offer::import_directory(target.db(), std::move(*feed), "feed", false);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_TRUE(report->rejected.empty()) << report->rejected.front().reason;
  auto listed = get(server.port(), "/openreferral/services?per_page=1");
  EXPECT_EQ(report->services, listed.json.as_object().at("total_items").as_int64());
  EXPECT_GT(report->service_at_locations, 40);
}

}  // namespace
}  // namespace sendhub::testing
