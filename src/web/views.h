// Renders pages: a content template inside templates/layout.tpl. Templates are ctemplate files
// that must start with {{%AUTOESCAPE context="HTML"}}; all are loaded and checked at start-up,
// then the cache is frozen so rendering takes no locks to load anything.
#pragma once

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "domain/error.h"
#include "web/static_assets.h"

namespace sendhub::web {

using Fill = std::function<void(ctemplate::TemplateDictionary&)>;

// What the layout shows about the person signed in (nothing when nobody is).
struct Chrome {
  std::string display_name;
  std::string csrf_token;
  bool manages_people = false;  // SEN managers and administrators: the People link
  bool council_team = false;    // the council SEN team: the Caseload link
  bool adviser = false;         // professionals asked for advice: the Advice requests link
  bool reviews = false;         // the council SEN team and SENCOs: the Reviews link
  bool dashboard = false;       // roles that see the area's figures: the Dashboard link
};

class Views {
 public:
  Views();
  ~Views();
  // Loads every *.tpl in dir; an error names the template that is missing the pragma or fails to parse.
  Result<void> load(const std::filesystem::path& dir, const StaticAssets& assets);
  // content is a file name such as "start.tpl"; fill sets the content template's values.
  std::string page(std::string_view content, std::string_view title, const Fill& fill = {},
                   const Chrome* chrome = nullptr) const;

 private:
  std::unique_ptr<ctemplate::TemplateCache> cache_;
  std::string css_url_, own_css_url_, js_url_, favicon_url_;
};

// True when the template text opens with the HTML auto-escape pragma.
bool has_autoescape_pragma(std::string_view template_text);

}  // namespace sendhub::web
