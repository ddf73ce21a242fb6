#include "domain/local_offer/oruk_reader.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/local_offer/oruk_writer.h"

namespace sendhub::local_offer {
namespace {

constexpr const char* org = "11111111-1111-4111-8111-111111111111";
constexpr const char* service = "22222222-2222-4222-8222-222222222222";
constexpr const char* location = "33333333-3333-4333-8333-333333333333";
constexpr const char* sal = "44444444-4444-4444-8444-444444444444";
constexpr const char* taxonomy = "55555555-5555-4555-8555-555555555555";
constexpr const char* term = "66666666-6666-4666-8666-666666666666";

std::string flat_file(const std::string& service_extra = "", const std::string& location_type = "physical") {
  return std::string(R"({"organizations":[{"id":")") + org + R"(","name":"Minster Therapy","description":"Therapists"}],
  "taxonomies":[{"id":")" + taxonomy + R"(","name":"Cats","description":"Categories"}],
  "taxonomy_terms":[{"id":")" + term + R"(","name":"Speech","description":"Speech help","taxonomy_id":")" + taxonomy + R"("}],
  "locations":[{"id":")" + location + R"(","location_type":")" + location_type + R"(","name":"Clinic","latitude":53.95,"longitude":-1.05,
     "addresses":[{"address_1":"1 Demo Street","city":"York","postal_code":"YO10 5DD","country":"GB"}],
     "accessibility":[{"description":"Wheelchair accessible"}]}],
  "services":[{"id":")" + service + R"(","name":"Talk Time","status":"active","organization_id":")" + org + R"(",
     "minimum_age":2,"maximum_age":11,"last_modified":"2025-03-01T09:30:00Z",
     "phones":[{"number":"01904 000000"}],"schedules":[{"freq":"WEEKLY","byday":"MO,TH","opens_at":"09:00","closes_at":"17:00"}],
     "attributes":[{"taxonomy_term_id":")" + term + R"("}])" + service_extra + R"(}],
  "service_at_locations":[{"id":")" + sal + R"(","service_id":")" + service + R"(","location_id":")" + location + R"("}]})";
}

TEST(OrukReader, ReadsTheFlatForm) {
  auto read = read_oruk(flat_file());
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_TRUE(read->rejected.empty()) << read->rejected.front().reason;
  const auto& d = read->directory;
  ASSERT_EQ(d.services.size(), 1u);
  const auto& s = d.services[0];
  EXPECT_EQ(s.name, "Talk Time");
  EXPECT_EQ(s.maximum_age, 11.0);
  ASSERT_EQ(s.phones.size(), 1u);
  EXPECT_FALSE(s.phones[0].id.empty());  // made from the service id when the feed has none
  EXPECT_EQ(s.attributes.at(0).taxonomy_term_id, term);
  EXPECT_EQ(d.locations.at(0).addresses.at(0).address_type, "physical");
  EXPECT_EQ(d.service_at_locations.at(0).location_id, location);
  settle_references(*read, {});
  EXPECT_TRUE(read->rejected.empty());
}

TEST(OrukReader, BadRecordsAreRejectedWholeWithTheReason) {
  auto read = read_oruk(flat_file(R"(,"email":42)", "boat"));
  ASSERT_TRUE(read);
  ASSERT_EQ(read->rejected.size(), 2u);
  EXPECT_EQ(read->rejected[0].where, "locations[0]");
  EXPECT_NE(read->rejected[0].reason.find("location_type is \"boat\", which is not one of physical, postal, virtual"),
            std::string::npos) << read->rejected[0].reason;
  EXPECT_EQ(read->rejected[1].where, "services[0]");
  EXPECT_EQ(read->rejected[1].name, "Talk Time");
  EXPECT_EQ(read->rejected[1].reason, "email must be text");
  // The service_at_location now points at two rejected records, so it goes too.
  settle_references(*read, {});
  EXPECT_TRUE(read->directory.service_at_locations.empty());
  EXPECT_EQ(read->rejected.back().where, "service_at_locations");
}

TEST(OrukReader, ADanglingReferenceRejectsEverythingThatDependsOnIt) {
  auto read = read_oruk(flat_file());
  ASSERT_TRUE(read);
  read->directory.organizations.clear();  // as if the file had no organizations
  settle_references(*read, {});
  EXPECT_TRUE(read->directory.services.empty());
  EXPECT_TRUE(read->directory.service_at_locations.empty());
  EXPECT_EQ(read->directory.locations.size(), 1u);  // it names no organization, so it stands
  // The same organization already stored is enough.
  auto again = read_oruk(flat_file());
  again->directory.organizations.clear();
  settle_references(*again, {{org}, {}, {}, {}, {}});
  EXPECT_EQ(again->directory.services.size(), 1u);
  EXPECT_TRUE(again->rejected.empty());
}

TEST(OrukReader, ARejectedServiceAtLocationTakesItsServiceWithIt) {
  std::string file = flat_file();
  file.replace(file.find(std::string("\"location_id\":\"") + location), 15 + 36,
               "\"location_id\":\"77777777-7777-4777-8777-777777777777");
  auto read = read_oruk(file);
  ASSERT_TRUE(read) << read.error().message;
  settle_references(*read, {});
  EXPECT_TRUE(read->directory.services.empty());
  ASSERT_EQ(read->rejected.size(), 2u);
  EXPECT_NE(read->rejected[1].reason.find("its service_at_location"), std::string::npos);
}

TEST(OrukReader, NestedServicesBringTheirRecords) {
  auto flat = read_oruk(flat_file());
  FullService f;
  f.service = flat->directory.services.at(0);
  f.organization = flat->directory.organizations.at(0);
  f.places.push_back({flat->directory.service_at_locations.at(0), flat->directory.locations.at(0)});
  f.terms = flat->directory.taxonomy_terms;
  f.taxonomies = flat->directory.taxonomies;
  boost::json::object page = page_json(1, 1, 50, boost::json::array{service_full_json(f)});
  auto nested = read_oruk(boost::json::serialize(page));
  ASSERT_TRUE(nested);
  EXPECT_TRUE(nested->rejected.empty()) << nested->rejected.front().reason;
  EXPECT_EQ(nested->directory.services, flat->directory.services);
  EXPECT_EQ(nested->directory.organizations, flat->directory.organizations);
  EXPECT_EQ(nested->directory.locations, flat->directory.locations);
  EXPECT_EQ(nested->directory.service_at_locations, flat->directory.service_at_locations);
  EXPECT_EQ(nested->directory.taxonomy_terms, flat->directory.taxonomy_terms);
  EXPECT_EQ(nested->directory.taxonomies, flat->directory.taxonomies);
}

TEST(OrukReader, TheExportReadsBackAsTheSameDirectory) {
  auto first = read_oruk(flat_file());
  auto second = read_oruk(boost::json::serialize(directory_json(first->directory)));
  ASSERT_TRUE(second);
  EXPECT_TRUE(second->rejected.empty());
  EXPECT_EQ(second->directory.services, first->directory.services);
  EXPECT_EQ(second->directory.locations, first->directory.locations);
  const auto& s = first->directory.services.at(0);
  auto details = read_service_details(service_details_json(s), Service{s.id, s.organization_id, s.name});
  ASSERT_TRUE(details);
  EXPECT_EQ(details->schedules, s.schedules);
  EXPECT_EQ(details->phones, s.phones);
}

TEST(OrukReader, NotJsonOrNotAnObjectIsAnError) {
  EXPECT_EQ(read_oruk("{").error().code, ErrorCode::invalid_input);
  EXPECT_EQ(read_oruk("[]").error().code, ErrorCode::invalid_input);
  auto odd = read_oruk(R"({"services":7,"organizations":[1,{"id":"nope","name":"x","description":"y"}]})");
  ASSERT_TRUE(odd);
  ASSERT_EQ(odd->rejected.size(), 3u);
  EXPECT_EQ(odd->rejected[0].reason, "must be an object");
  EXPECT_NE(odd->rejected[1].reason.find("id must be a UUID"), std::string::npos);
  EXPECT_EQ(odd->rejected[2].reason, "services must be an array");
}

TEST(OrukReader, TextWithControlCharactersOrTooLongIsRefused) {
  auto read = read_oruk(flat_file(R"(,"description":"a\u0000b")"));
  ASSERT_EQ(read->rejected.size(), 1u);
  EXPECT_EQ(read->rejected[0].reason, "description holds a control character");
  auto long_name = read_oruk(flat_file(",\"alternate_name\":\"" + std::string(600, 'x') + "\""));
  EXPECT_EQ(long_name->rejected.at(0).reason, "alternate_name is longer than 500 characters");
}

TEST(OrukWriter, PageEnvelopeCountsPages) {
  auto p = page_json(101, 3, 50, {});
  EXPECT_EQ(p["total_pages"].as_int64(), 3);
  EXPECT_FALSE(p["first_page"].as_bool());
  EXPECT_TRUE(p["last_page"].as_bool());
  EXPECT_TRUE(p["empty"].as_bool());
  EXPECT_EQ(page_json(0, 1, 50, {})["total_pages"].as_int64(), 0);
}

}  // namespace
}  // namespace sendhub::local_offer
