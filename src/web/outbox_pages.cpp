// /outbox, in demo mode only: the email SENDhub would have sent, so that invitations and
// password resets can be tried without a mail server. Without --demo the route does not exist.
#include "app/clock.h"
#include "app/email/outbox.h"
#include "web/site.h"

namespace sendhub::web {
namespace {

Result<Response> show(Site& site, Request&) {
  auto mail = app::read_outbox(site.db, 50);
  if (!mail) return std::unexpected(mail.error());
  return Response::html(site.views.page("outbox.tpl", "Demo outbox", [&](ctemplate::TemplateDictionary& d) {
    if (mail->empty()) d.ShowSection("EMPTY");
    for (const auto& m : *mail) {
      auto* row = d.AddSectionDictionary("MAIL");
      row->SetValue("ID", std::to_string(m.id));
      row->SetValue("TO", m.message.to);
      row->SetValue("SUBJECT", m.message.subject);
      auto at = app::utc_timestamp_of(m.queued_at);
      row->SetValue("QUEUED", at.substr(0, 10) + " " + at.substr(11, 5));
      // Links are made clickable; everything else stays text.
      std::size_t start = 0;
      const std::string& body = m.message.body;
      while (start <= body.size()) {
        auto end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        std::string line = body.substr(start, end - start);
        auto* l = row->AddSectionDictionary("LINE");
        if (line.starts_with("http://") || line.starts_with("https://")) l->AddSectionDictionary("URL")->SetValue("HREF", line);
        else l->AddSectionDictionary("TEXT")->SetValue("VALUE", line);
        start = end + 1;
      }
    }
  }));
}

}  // namespace

Result<void> add_outbox_pages(Site& site) {
  if (!site.demo) return {};
  Route route{http::verb::get, "/outbox", "demo_outbox", Access::public_page, [&site](Request& r) { return show(site, r); }};
  route.body_limit = 0;
  return site.router.add(std::move(route));
}

}  // namespace sendhub::web
