#include "web/views.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "web/security_headers.h"

namespace sendhub::web {
namespace {

std::filesystem::path source_dir() {
  const char* dir = std::getenv("SENDHUB_SOURCE_DIR");
  return dir ? dir : ".";
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Templates, EveryTemplateStartsWithTheAutoescapePragma) {
  int checked = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(source_dir() / "templates")) {
    // Templates are *.tpl (all the loader reads); templates/messages/ holds interface strings,
    // which reach pages only as values, escaped like any other.
    if (!e.is_regular_file() || e.path().extension() != ".tpl") continue;
    auto text = read(e.path());
    EXPECT_TRUE(has_autoescape_pragma(text)) << e.path() << " lacks {{%AUTOESCAPE context=\"HTML\"}}";
    EXPECT_EQ(text.find(":none}}"), std::string::npos) << e.path() << " turns escaping off";
    ++checked;
  }
  EXPECT_GE(checked, 5);
}

TEST(Templates, PragmaCheckRejectsTemplatesWithoutIt) {
  EXPECT_FALSE(has_autoescape_pragma("<p>{{NAME}}</p>"));
  EXPECT_FALSE(has_autoescape_pragma(" {{%AUTOESCAPE context=\"HTML\"}}"));
  EXPECT_TRUE(has_autoescape_pragma("{{%AUTOESCAPE context=\"HTML\"}}\n<p></p>"));
}

TEST(Templates, InlineScriptMatchesTheCspHash) {
  auto layout = read(source_dir() / "templates/layout.tpl");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(layout, m, std::regex("<script>(.*)</script>")));
  std::string script = m[1];
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(script.data()), script.size());
  char b64[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)];
  sodium_bin2base64(b64, sizeof b64, digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
  EXPECT_EQ("sha256-" + std::string(b64), govuk_inline_script_hash);
  EXPECT_NE(content_security_policy().find(std::string(govuk_inline_script_hash)), std::string::npos);
}

TEST(Views, RenderedPagesEscapeHostileValues) {
  StaticAssets assets;
  Views views;
  ASSERT_TRUE(views.load(source_dir() / "templates", assets));
  auto html = views.page("error.tpl", "<script>alert(1)</script>", [](ctemplate::TemplateDictionary& d) {
    d.SetValue("HEADING", "\"><img src=x onerror=alert(1)>");
  });
  EXPECT_EQ(html.find("<script>alert(1)"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("id=\"main-content\""), std::string::npos);
}

// Charts reach the page unescaped only as whole <svg> elements; anything else put in a chart's
// place is escaped.
TEST(Views, OnlyChartSvgPassesUnescaped) {
  StaticAssets assets;
  Views views;
  ASSERT_TRUE(views.load(source_dir() / "templates", assets));
  auto page = [&](const std::string& chart) {
    return views.page("dashboard_kpi.tpl", "t", [&](ctemplate::TemplateDictionary& d) {
      d.AddSectionDictionary("TABLE")->SetValue("CHART", chart);
    });
  };
  EXPECT_NE(page("<svg role=\"img\"><title>x</title></svg>").find("<svg role=\"img\"><title>x</title></svg>"), std::string::npos);
  for (std::string hostile : {"<img src=x onerror=alert(1)>", "<svg onload=alert(1)><script>alert(1)</script></svg>",
                              "<svg ></svg><img src=x onerror=alert(1)>", "<svg ></svg><img src=x onerror=alert(1)></svg>",
                              "<svg onload=alert(1)></svg>"}) {
    auto html = page(hostile);
    EXPECT_EQ(html.find("<img src=x"), std::string::npos) << hostile;
    EXPECT_EQ(html.find("<script>alert"), std::string::npos) << hostile;
    EXPECT_EQ(html.find("<svg onload"), std::string::npos) << hostile;
  }
}

}  // namespace
}  // namespace sendhub::web
