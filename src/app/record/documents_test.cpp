// Documents on both engines: stored byte for byte (base64 in the database), refused when not
// what they claim, and downloadable only by those who may see the record.
#include "app/record/documents.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "app/demo_data.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "store/migrations.h"
#include "support/app_fixtures.h"
#include "support/test_databases.h"

namespace sendhub::app {
namespace {

class Documents : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    test_ = std::make_unique<testing::TestDatabase>(GetParam());
    ASSERT_TRUE(store::migrate(test_->db()));
    ASSERT_TRUE(load_demo_people(test_->db()));
  }
  access::Actor actor(const std::string& user_id, access::Role role) { return testing::load_test_actor(test_->db(), user_id, role); }
  RequestContext ctx() { return {"192.0.2.9", "req", "test", 1'800'000'000, "https://sendhub.test"}; }
  std::unique_ptr<testing::TestDatabase> test_;
};

TEST_P(Documents, BinaryContentRoundTripsAndAccessIsChecked) {
  std::string pdf = std::string("%PDF-1.4\n", 9) + std::string("\0\x01\xFF\xFE binary", 11);
  auto parent = actor("user-parent", access::Role::parent_carer);
  auto stored = upload_document(test_->db(), parent, {"child-demo-alex", "", "Report", "../Report.PDF", pdf}, ctx());
  ASSERT_TRUE(stored && stored->empty());
  auto list = documents_for(test_->db(), "child-demo-alex", "");
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->at(0).filename, "Report.pdf");
  EXPECT_EQ(list->at(0).size_bytes, static_cast<std::int64_t>(pdf.size()));
  auto file = download_document(test_->db(), actor("user-senco", access::Role::school_senco), list->at(0).id, ctx());
  ASSERT_TRUE(file);
  EXPECT_EQ(file->bytes, pdf);
  EXPECT_EQ(file->media_type, "application/pdf");
  auto refused = download_document(test_->db(), actor("user-parent2", access::Role::parent_carer), list->at(0).id, ctx());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::not_found);
  EXPECT_EQ(read_audit(test_->db(), {.action = "record.document_download"})->size(), 2u);  // allowed and refused
}

TEST_P(Documents, WrongFilesAndStrangersAreRefused) {
  auto parent = actor("user-parent", access::Role::parent_carer);
  auto bad = upload_document(test_->db(), parent, {"child-demo-alex", "", "", "x.pdf", "MZ\x90 not a pdf"}, ctx());
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->size(), 2u);  // title, file
  EXPECT_FALSE(upload_document(test_->db(), actor("user-parent2", access::Role::parent_carer),
                               {"child-demo-alex", "", "Report", "r.pdf", "%PDF-1.4"}, ctx()));
  EXPECT_TRUE(documents_for(test_->db(), "child-demo-alex", "")->empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, Documents, ::testing::ValuesIn(testing::engines),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sendhub::app
