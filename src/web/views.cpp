#include "web/views.h"

#include <fstream>
#include <sstream>

namespace sendhub::web {

bool has_autoescape_pragma(std::string_view text) {
  return text.starts_with("{{%AUTOESCAPE context=\"HTML\"}}");
}

Views::Views() : cache_(std::make_unique<ctemplate::TemplateCache>()) {}
Views::~Views() = default;

Result<void> Views::load(const std::filesystem::path& dir, const StaticAssets& assets) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return fail(ErrorCode::unavailable, "templates directory not found: " + dir.string() + " (set --templates)");
  cache_->SetTemplateRootDirectory(dir.string());
  int loaded = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".tpl") continue;
    std::ifstream in(entry.path());
    std::ostringstream text;
    text << in.rdbuf();
    auto name = entry.path().filename().string();
    if (!has_autoescape_pragma(text.str()))
      return fail(ErrorCode::internal, "template " + name + " does not start with {{%AUTOESCAPE context=\"HTML\"}}");
    if (!cache_->LoadTemplate(name, ctemplate::STRIP_BLANK_LINES))
      return fail(ErrorCode::internal, "template " + name + " could not be parsed");
    ++loaded;
  }
  if (ec || loaded == 0) return fail(ErrorCode::unavailable, "no templates found in " + dir.string());
  cache_->Freeze();
  css_url_ = assets.url("govuk-frontend.min.css");
  own_css_url_ = assets.url("sendhub.css");
  js_url_ = assets.url("sendhub-init.mjs");
  favicon_url_ = assets.url("images/favicon.ico");
  return {};
}

std::string Views::page(std::string_view content, std::string_view title, const Fill& fill, const Chrome* chrome) const {
  ctemplate::TemplateDictionary dict("layout");
  dict.SetValue("PAGE_TITLE", ctemplate::TemplateString(title.data(), title.size()));
  dict.SetValue("CSS_URL", css_url_);
  dict.SetValue("OWN_CSS_URL", own_css_url_);
  dict.SetValue("JS_URL", js_url_);
  dict.SetValue("FAVICON_URL", favicon_url_);
  if (chrome) {
    auto* signed_in = dict.AddSectionDictionary("SIGNED_IN");
    signed_in->SetValue("DISPLAY_NAME", chrome->display_name);
    signed_in->SetValue("CSRF_TOKEN", chrome->csrf_token);
    if (chrome->manages_people) signed_in->ShowSection("MANAGES_PEOPLE");
    if (chrome->council_team) signed_in->ShowSection("COUNCIL_TEAM");
    if (chrome->adviser) signed_in->ShowSection("ADVISER");
    if (chrome->reviews) signed_in->ShowSection("REVIEWS");
    if (chrome->dashboard) signed_in->ShowSection("DASHBOARD");
  }
  auto* body = dict.AddIncludeDictionary("CONTENT");
  body->SetFilename(ctemplate::TemplateString(content.data(), content.size()));
  if (fill) fill(*body);
  std::string out;
  cache_->ExpandWithData("layout.tpl", ctemplate::STRIP_BLANK_LINES, &dict, nullptr, &out);
  return out;
}

}  // namespace sendhub::web
