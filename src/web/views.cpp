#include "web/views.h"

#include <ctemplate/template_modifiers.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <mutex>
#include <sstream>

namespace sendhub::web {

bool has_autoescape_pragma(std::string_view text) {
  return text.starts_with("{{%AUTOESCAPE context=\"HTML\"}}");
}

Views::Views() : cache_(std::make_unique<ctemplate::TemplateCache>()) {}
Views::~Views() = default;

namespace {

// {{CHART:x-chart-svg}}: the one way markup reaches a page unescaped. Only whole <svg> elements
// pass (web/charts draws them and escapes every piece of text in them); anything else is
// HTML-escaped as usual, so a mistake shows as text rather than running.
bool chart_markup(std::string_view text) {
  static constexpr std::string_view allowed[] = {"svg", "title", "g", "rect", "line", "polyline", "path", "circle", "text", "desc"};
  if (!text.starts_with("<svg ") || !text.ends_with("</svg>")) return false;
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    std::size_t name = at + 1 + (at + 1 < text.size() && text[at + 1] == '/');
    std::size_t end = name;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    if (std::find(std::begin(allowed), std::end(allowed), text.substr(name, end - name)) == std::end(allowed)) return false;
  }
  // No event handlers: every attribute the charts write is presentational.
  for (std::size_t at = text.find(" on"); at != std::string_view::npos; at = text.find(" on", at + 1)) {
    std::size_t end = at + 3;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    if (end < text.size() && text[end] == '=') return false;
  }
  return true;
}

class ChartSvg : public ctemplate::TemplateModifier {
  void Modify(const char* in, size_t inlen, const ctemplate::PerExpandData* data, ctemplate::ExpandEmitter* out,
              const std::string& arg) const override {
    const std::string_view text(in, inlen);
    if (chart_markup(text))
      out->Emit(in, inlen);
    else
      ctemplate::html_escape.Modify(in, inlen, data, out, arg);
  }
};

void add_chart_modifier() {
  static std::once_flag once;
  static ChartSvg modifier;
  std::call_once(once, [] { ctemplate::AddXssSafeModifier("x-chart-svg", &modifier); });
}

}  // namespace

Result<void> Views::load(const std::filesystem::path& dir, const StaticAssets& assets) {
  add_chart_modifier();
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
