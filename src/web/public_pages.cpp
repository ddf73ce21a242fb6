// Pages anyone may read: the start page, the accessibility statement and the cookies page.
#include "app/local_authorities.h"
#include "web/site.h"

namespace sendhub::web {
namespace {

struct Part {
  const char* name;
  const char* description;
  bool available;
  const char* href = nullptr;  // where to start using it, for parts open without signing in
};

// What each part of SENDhub does. Parts still being built say "Coming soon" and link nowhere.
constexpr Part parts[] = {
    {"One shared record", "Education, health and care information about a child kept once, seen by the people entitled to see it, so families do not have to repeat their story.", true},
    {"EHC needs assessments and plans", "Requests, advice, draft and final plans, with a live clock that shows families each legal time limit and where things are up to.", true},
    {"Annual reviews and phase transfers", "Every plan reviewed on time, and the next school named before the legal deadline.", false},
    {"Statutory time limits", "Every time limit in the SEND Regulations 2014 worked out the same way everywhere, including bank holidays and permitted exceptions.", true},
    {"Local Offer directory", "A searchable directory of services, activities and support for families, in the Open Referral UK format.", true, "/local-offer"},
    {"Partnership dashboard and SEN2 return", "How the area is doing, worked out from the live record, and the Department for Education's SEN2 return built in.", false},
};

Result<Response> start_page(Site& site) {
  auto authorities = app::list_local_authorities(site.db);
  if (!authorities) return std::unexpected(authorities.error());
  return Response::html(site.views.page("start.tpl", "Start", [&](ctemplate::TemplateDictionary& d) {
    for (const auto& part : parts) {
      auto* row = d.AddSectionDictionary("PARTS");
      row->SetValue("NAME", part.name);
      row->SetValue("DESCRIPTION", part.description);
      row->SetValue("STATUS", part.available ? "Available" : "Coming soon");
      row->SetValue("TAG_CLASS", part.available ? "govuk-tag--green" : "govuk-tag--grey");
      if (part.href) row->AddSectionDictionary("LINK")->SetValue("HREF", part.href);
    }
    if (!authorities->empty()) d.ShowSection("HAS_AUTHORITIES");
    for (const auto& la : *authorities) {
      auto* row = d.AddSectionDictionary("AUTHORITY");
      row->SetValue("NAME", la.name);
      row->SetValue("CODE", la.code);
    }
  }));
}

Handler static_page(Site& site, const char* tpl, const char* title) {
  return [&site, tpl, title](Request&) -> Result<Response> { return Response::html(site.views.page(tpl, title)); };
}

}  // namespace

Result<void> add_public_pages(Site& site) {
  const Route routes[] = {
      {http::verb::get, "/", "start", Access::public_page, [&site](Request&) { return start_page(site); }},
      {http::verb::get, "/accessibility", "accessibility", Access::public_page,
       static_page(site, "accessibility.tpl", "Accessibility statement")},
      {http::verb::get, "/cookies", "cookies", Access::public_page, static_page(site, "cookies.tpl", "Cookies")},
  };
  for (auto route : routes) {
    route.cache = CachePolicy::revalidate;
    route.body_limit = 0;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
