// The Local Offer's message files: every language loads (same keys, same placeholders), a broken
// file stops start-up with the key named, and pages get their language and direction.
#include "web/local_offer_messages.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>

namespace sendhub::web {
namespace {

const std::filesystem::path messages_dir = "templates/messages";

TEST(LocalOfferMessages, EveryLanguageYorkPublishesInLoads) {
  auto m = LocalOfferMessages::load(messages_dir);
  ASSERT_TRUE(m) << m.error().message;
  std::vector<std::string> codes;
  for (const auto& l : m->languages()) codes.push_back(l.code);
  EXPECT_EQ(codes.front(), "en");
  for (const char* code : {"pl", "ur", "bn", "tr", "zh-HK"})
    EXPECT_NE(std::find(codes.begin(), codes.end(), code), codes.end()) << code;
  EXPECT_TRUE(m->language("ur").right_to_left);
  EXPECT_FALSE(m->language("pl").right_to_left);
  EXPECT_EQ(m->language("xx").code, "en");  // unknown: English
  EXPECT_EQ(m->text("en", "results_many", {{"count", "12"}}), "12 services found");
  EXPECT_EQ(m->text("pl", "search_button"), "Szukaj");
  EXPECT_EQ(m->long_date("en", "2026-03-07"), "7 March 2026");
  EXPECT_EQ(m->long_date("zh-HK", "2026-03-07"), "2026年3月7日");
  EXPECT_EQ(m->long_date("en", "soon"), "");
  for (const auto& l : m->languages()) {  // nothing left untranslated by accident
    if (l.code != "en") {
      EXPECT_NE(m->text(l.code, "search_title"), m->text("en", "search_title")) << l.code;
    }
  }
}

TEST(LocalOfferMessages, AFileMissingAKeyOrAPlaceholderStopsStartUp) {
  std::random_device rd;
  auto dir = std::filesystem::temp_directory_path() / ("sendhub-messages-" + std::to_string(rd()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "local_offer.en.json") << R"({"_language":{"code":"en","name":"English"},"a":"A {n}","b":"B"})";
  std::ofstream(dir / "local_offer.pl.json") << R"({"_language":{"code":"pl","name":"Polski"},"a":"A"})";
  auto broken = LocalOfferMessages::load(dir);
  ASSERT_FALSE(broken);
  EXPECT_NE(broken.error().message.find("a"), std::string::npos);
  std::ofstream(dir / "local_offer.pl.json") << R"({"_language":{"code":"pl","name":"Polski"},"a":"A {n}"})";
  broken = LocalOfferMessages::load(dir);
  ASSERT_FALSE(broken);
  EXPECT_NE(broken.error().message.find("lack b"), std::string::npos) << broken.error().message;
  std::filesystem::remove_all(dir);
}

TEST(LocalOfferMessages, PagesGetTheirLanguageAndTheLayoutStaysEnglish) {
  auto m = LocalOfferMessages::load(messages_dir);
  ASSERT_TRUE(m);
  std::ifstream in("templates/layout.tpl");
  std::string layout((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto urdu = localise_page(layout, m->language("ur"));
  ASSERT_TRUE(urdu) << urdu.error().message;  // the layout still has the tags localise_page changes
  EXPECT_NE(urdu->find("<html lang=\"ur\" dir=\"rtl\""), std::string::npos);
  EXPECT_NE(urdu->find("<header class=\"govuk-template__header\" lang=\"en\" dir=\"ltr\">"), std::string::npos);
  EXPECT_NE(urdu->find("<footer class=\"govuk-template__footer\" lang=\"en\" dir=\"ltr\">"), std::string::npos);
  EXPECT_EQ(*localise_page(layout, m->language("en")), layout);
  EXPECT_FALSE(localise_page("<html>", m->language("pl")));
}

}  // namespace
}  // namespace sendhub::web
