// The demo directory searched on both engines the way families search it: acronyms, everyday
// words, misspellings, filters and "near me".
#include "app/local_offer/search.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "app/demo_data.h"
#include "app/local_offer/demo_directory.h"
#include "app/local_offer/directory_reader.h"
#include "domain/local_offer/categories.h"
#include "domain/local_offer/service_facts.h"
#include "store/migrations.h"
#include "support/test_databases.h"

namespace sendhub::app::local_offer {
namespace {

class Search : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
    auto loaded = load_demo_directory(test_->db());
    ASSERT_TRUE(loaded) << loaded.error().message;
    search_ = std::make_unique<DirectorySearch>(test_->db());
  }
  std::vector<std::string> ids(SearchRequest r) {
    r.per_page = 200;
    auto found = search_->run(r);
    EXPECT_TRUE(found) << found.error().message;
    std::vector<std::string> out;
    if (found)
      for (const auto& h : found->hits) out.push_back(h.service_id);
    return out;
  }
  std::vector<std::string> ids(const std::string& what) { return ids(SearchRequest{.what = what}); }
  static std::string id(const char* key) { return demo_service_id(key); }
  static bool has(const std::vector<std::string>& list, const char* key) {
    return std::find(list.begin(), list.end(), id(key)) != list.end();
  }
  static std::size_t position(const std::vector<std::string>& list, const char* key) {
    return static_cast<std::size_t>(std::find(list.begin(), list.end(), id(key)) - list.begin());
  }
  std::unique_ptr<testing::TestDatabase> test_;
  std::unique_ptr<DirectorySearch> search_;
};

TEST_P(Search, AcronymsOfTwoLettersFindTheirServices) {
  auto ot = ids("OT");
  ASSERT_FALSE(ot.empty());
  EXPECT_EQ(ot.front(), id("ot-children"));  // the name says occupational therapy, not "OT"
  EXPECT_TRUE(has(ot, "sensory-workshops"));
  EXPECT_FALSE(has(ot, "salt-children"));
  auto ep = ids("EP");
  ASSERT_FALSE(ep.empty());
  EXPECT_EQ(ep.front(), id("ed-psych"));
  EXPECT_TRUE(has(ids("SALT"), "salt-children"));
  EXPECT_TRUE(has(ids("camhs"), "camhs"));
  EXPECT_TRUE(has(ids("EHCP"), "ehcp-guide"));
}

TEST_P(Search, EverydayWordsFindTheServicesNamedOtherwise) {
  auto respite = ids("respite");
  EXPECT_TRUE(has(respite, "short-breaks-team"));
  EXPECT_TRUE(has(respite, "saturday-club"));
  EXPECT_TRUE(has(respite, "overnight-breaks"));
  auto speech = ids("speech therapy");
  ASSERT_GE(speech.size(), 3u);
  for (const char* key : {"salt-children", "salt-dropin", "talk-together"}) EXPECT_LT(position(speech, key), 5u) << key;
}

TEST_P(Search, MisspellingsAreCorrected) {
  auto found = search_->run({.what = "autisim"});
  ASSERT_TRUE(found);
  ASSERT_EQ(found->query.corrections.size(), 1u);
  EXPECT_EQ(found->query.corrections[0].used, "autism");
  std::vector<std::string> list;
  for (const auto& h : found->hits) list.push_back(h.service_id);
  EXPECT_TRUE(has(list, "autism-parents"));
  EXPECT_TRUE(has(list, "neuro-assessment"));
  EXPECT_TRUE(has(ids("physiotheraphy"), "physio"));
}

TEST_P(Search, ClosedServicesNeverAppear) {
  EXPECT_FALSE(has(ids("Acomb SEND advice drop-in"), "old-dropin"));
  EXPECT_FALSE(has(ids("summer sensory club"), "old-holiday-club"));
  EXPECT_FALSE(has(ids(SearchRequest{}), "old-dropin"));
  EXPECT_FALSE(has(ids("hydrotherapy"), "hydrotherapy"));  // temporarily closed: not in search
  SearchRequest api{.what = "", .include_temporarily_closed = true};
  EXPECT_TRUE(has(ids(api), "hydrotherapy"));
  EXPECT_FALSE(has(ids(api), "old-dropin"));
}

TEST_P(Search, NearAPostcodeNearestComesFirstWithinTheRadius) {
  auto found = search_->run({.what = "speech therapy", .where = "yo24 4ps", .per_page = 50});
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_TRUE(found->place);
  EXPECT_FALSE(found->place->whole_postcode);  // district centre: no ONSPD loaded
  ASSERT_GE(found->hits.size(), 3u);
  EXPECT_EQ(found->hits.front().service_id, id("salt-children"));  // Acomb clinic is in YO24
  double last = 0;
  for (const auto& h : found->hits) {
    if (!h.distance_metres) continue;
    EXPECT_GE(*h.distance_metres, last);
    last = *h.distance_metres;
    EXPECT_LE(*h.distance_metres, default_radius_miles * 1609.344);
  }
  auto tight = search_->run({.what = "speech therapy", .where = "YO32", .radius_metres = 1500});
  ASSERT_TRUE(tight);
  std::vector<std::string> list;
  for (const auto& h : tight->hits) list.push_back(h.service_id);
  EXPECT_TRUE(has(list, "talk-together"));  // Haxby group
  EXPECT_FALSE(has(list, "salt-children"));  // Monkgate and Acomb are further than 1.5 km
}

TEST_P(Search, UnknownAndMalformedPostcodesSaySo) {
  auto bad = search_->run({.what = "ot", .where = "not a postcode"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "where");
  auto unknown = search_->run({.what = "ot", .where = "ZZ99 9ZZ"});
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("could not find the postcode ZZ99 9ZZ"), std::string::npos);
}

TEST_P(Search, FiltersNarrowTheResults) {
  auto teenagers = ids(SearchRequest{.what = "autism", .minimum_age = 15, .maximum_age = 15});
  EXPECT_TRUE(has(teenagers, "autism-teens"));
  EXPECT_FALSE(has(teenagers, "autism-course"));  // ages 2 to 11
  auto free = ids(SearchRequest{.what = "club", .free_only = true});
  EXPECT_FALSE(has(free, "saturday-club"));
  EXPECT_TRUE(has(ids(SearchRequest{.what = "club"}), "saturday-club"));
  auto saturday = ids(SearchRequest{.days = lo::day_bit("SA")});
  EXPECT_TRUE(has(saturday, "saturday-club"));
  EXPECT_FALSE(has(saturday, "inclusive-youth-club"));
  auto polish = ids(SearchRequest{.language = "polish"});
  EXPECT_TRUE(has(polish, "salt-children"));
  EXPECT_FALSE(has(polish, "physio"));
  auto quiet = ids(SearchRequest{.accessibility = "quiet_space"});
  EXPECT_TRUE(has(quiet, "salt-children"));  // Monkgate has a quiet room
  EXPECT_FALSE(has(quiet, "swimming"));
  auto health = ids(SearchRequest{.taxonomy_term_id = lo::category_term_id("health-wellbeing")});
  EXPECT_TRUE(has(health, "camhs"));  // a sub-category of the heading
  EXPECT_FALSE(has(health, "school-transport"));
}

TEST_P(Search, CardsCarryWhatTheListShows) {
  auto page = search_page(test_->db(), *search_, {.what = "speech therapy", .where = "YO31"});
  ASSERT_TRUE(page) << page.error().message;
  const auto* cards = &page->cards;
  ASSERT_FALSE(cards->empty());
  const auto& first = cards->front();
  EXPECT_FALSE(first.organization_name.empty());
  EXPECT_FALSE(first.categories.empty());
  ASSERT_TRUE(first.distance_metres);
  EXPECT_NE(first.nearest_place.find("YO31"), std::string::npos) << first.nearest_place;
}

TEST_P(Search, TheDemoDirectoryCoversEveryHeading) {
  std::size_t published = 0;
  for (const auto& d : demo_services()) published += std::string(d.status) == "active";
  EXPECT_GE(published, 55u);
  for (const auto& c : lo::local_offer_categories()) {
    if (!c.parent_code.empty()) continue;
    EXPECT_FALSE(ids(SearchRequest{.taxonomy_term_id = lo::category_term_id(c.code)}).empty()) << c.code;
  }
  EXPECT_TRUE(load_demo_directory(test_->db()));  // loading again changes nothing
  EXPECT_EQ(ids(SearchRequest{}).size(), published);
}

TEST_P(Search, TheWordListFollowsTheDirectory) {
  auto before = search_->vocabulary();
  ASSERT_TRUE(before);
  EXPECT_TRUE((*before)->contains("portage"));
  EXPECT_FALSE((*before)->contains("zumba"));
  ASSERT_TRUE(test_->db().write([](store::Connection& c) -> Result<void> {
    auto n = c.execute("UPDATE lo_services SET description = 'Zumba classes' WHERE name = 'Inclusive youth club'");
    if (!n) return std::unexpected(n.error());
    n = c.execute("UPDATE lo_directory_state SET version = version + 1");
    if (!n) return std::unexpected(n.error());
    return {};
  }));
  auto after = search_->vocabulary();
  EXPECT_TRUE((*after)->contains("zumba"));
}

// A search reuses the directory it holds and checks the version in the same query: a service
// closed since the last search is gone from the next one.
TEST_P(Search, AServiceClosedSinceTheLastSearchIsGoneFromTheNext) {
  ASSERT_TRUE(has(ids("swimming"), "swimming"));
  ASSERT_TRUE(test_->db().write([](store::Connection& c) -> Result<void> {
    const store::Value p[] = {id("swimming")};
    auto n = c.execute("UPDATE lo_services SET status = 'inactive' WHERE id = $1", p);
    if (!n) return std::unexpected(n.error());
    n = c.execute("UPDATE lo_directory_state SET version = version + 1");
    if (!n) return std::unexpected(n.error());
    return {};
  }));
  EXPECT_FALSE(has(ids("swimming"), "swimming"));
}

INSTANTIATE_TEST_SUITE_P(Engines, Search, ::testing::ValuesIn(testing::engines), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app::local_offer
