#include "web/message_page.h"

namespace sendhub::web {

Response message_page(const Site& site, const Message& m, const Chrome* chrome) {
  auto r = Response::html(site.views.page("message.tpl", m.heading, [&](ctemplate::TemplateDictionary& d) {
    d.ShowSection(m.confirmation ? "PANEL" : "PLAIN_HEADING");
    d.SetValue("HEADING", m.heading);
    for (const auto& p : m.paragraphs) d.AddSectionDictionary("PARAGRAPH")->SetValue("TEXT", p);
    for (const auto& [href, text] : m.links) {
      auto* link = d.AddSectionDictionary("LINK");
      link->SetValue("HREF", href);
      link->SetValue("TEXT", text);
    }
  }, chrome));
  r.status = static_cast<unsigned>(m.status);
  return r;
}

}  // namespace sendhub::web
