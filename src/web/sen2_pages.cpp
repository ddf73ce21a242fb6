// /dashboard/sen2: the DfE SEN2 return for one authority. The page lists every problem the
// pre-submission checks find, child by child, each with a link to the part of the record to put
// right; the download gives the XML for COLLECT. Both hold person-level data, so only the
// council's SEN team may use them (export_record for the authority's records), and every child
// included is audited as read by the person who asked.
#include <algorithm>

#include "app/sen2/sen2_export.h"
#include "app/clock.h"
#include "web/child_access.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

// The next census day: the third Thursday of January (the DfE sets it each year; it can be typed).
calendar::Date default_census(calendar::Date today) {
  using namespace std::chrono;
  const year_month_day ymd{today};
  auto y = ymd.year();
  if (ymd.month() > January || ymd.day() > day{21}) y += years{1};
  return sys_days{y / January / Thursday[3]};
}

struct Sen2Ask {
  SignedIn who;
  std::vector<std::string> las;  // authorities this person may export
  std::string la, census_text;
  std::optional<calendar::Date> census;
  std::string census_error;
};

Result<std::optional<Sen2Ask>> ask_of(Site& site, const Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return std::optional<Sen2Ask>{};
  const auto now = today();
  Sen2Ask a{**who, {}, {}, {}, {}, {}};
  if (!access::is_local_authority_casework(a.who.session.role)) return fail(ErrorCode::not_found, "");
  for (const auto& la : a.who.actor.la_codes)
    if (access::may(a.who.actor, access::Action::export_record, {access::ResourceKind::child_record, la, "", "", ""}, now))
      a.las.push_back(la);
  if (a.las.empty()) return fail(ErrorCode::not_found, "");
  a.la = req.query.get("la");
  if (a.la.empty()) a.la = a.las.front();
  if (std::find(a.las.begin(), a.las.end(), a.la) == a.las.end()) return fail(ErrorCode::not_found, "");
  a.census_text = req.query.get("census");
  if (a.census_text.empty()) {
    a.census = default_census(now);
    a.census_text = calendar::format_date(*a.census);
  } else if (auto parsed = calendar::parse_date(a.census_text)) {
    a.census = *parsed;
  } else {
    a.census_error = "Enter the census date as a date like 2027-01-21";
  }
  return std::optional(std::move(a));
}

Result<app::Sen2Export> build(Site& site, const Request& req, const Sen2Ask& a) {
  const auto ctx = request_context(site, req);
  return app::export_sen2(site.db, a.la, *a.census, ctx.now, "web " + ctx.request_id, a.who.session.user_id,
                          std::string(access::to_string(a.who.session.role)));
}

// Where in the record each kind of problem is put right.
std::string fix_link(const sen2::Sen2Problem& p) {
  if (p.child_ref.empty()) return "";
  return "/children/" + p.child_ref + "/details";
}

Result<Response> sen2_page(Site& site, Request& req) {
  auto ask = ask_of(site, req);
  if (!ask) return std::unexpected(ask.error());
  if (!*ask) return Response::redirect("/sign-in");
  const auto& a = **ask;
  std::optional<app::Sen2Export> made;
  if (a.census && req.query.get("check") == "yes") {
    auto built = build(site, req, a);
    if (!built) return std::unexpected(built.error());
    made = std::move(*built);
  }
  auto chrome = a.who.chrome();
  return Response::html(site.views.page("sen2.tpl", "The SEN2 return", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CENSUS", a.census_text);
    d.SetValue("LA", a.la);
    for (const auto& code : a.las) {
      auto* o = d.AddSectionDictionary("LA_OPTION");
      o->SetValue("CODE", code);
      if (code == a.la) o->SetValue("SELECTED", "selected");
    }
    if (!a.census_error.empty()) {
      auto* summary = d.AddIncludeDictionary("ERROR_SUMMARY");
      summary->SetFilename("error_summary.tpl");
      auto* e = summary->AddSectionDictionary("ERROR");
      e->SetValue("FIELD", "census");
      e->SetValue("MESSAGE", a.census_error);
      d.AddSectionDictionary("CENSUS_ERROR")->SetValue("MESSAGE", a.census_error);
    }
    if (!made) return;
    auto* checked = d.AddSectionDictionary("CHECKED");
    checked->SetValue("CENSUS_LONG", calendar::format_long_date(*a.census));
    checked->SetIntValue("CHILDREN", static_cast<long>(made->sen2_return.persons.size()));
    checked->SetIntValue("PROBLEMS", static_cast<long>(made->problems.size()));
    checked->SetValue("CENSUS", a.census_text);
    checked->SetValue("LA", a.la);
    if (made->problems.empty()) checked->ShowSection("NO_PROBLEMS");
    else checked->ShowSection("HAS_PROBLEMS");
    for (const auto& p : made->problems) {
      auto* row = checked->AddSectionDictionary("PROBLEM");
      row->SetValue("CHILD", p.child_ref.empty() ? "The return as a whole" : p.child_ref);
      row->SetValue("WHERE", p.where.empty() ? "Child's details" : p.where);
      row->SetValue("FIELD", p.field);
      row->SetValue("MESSAGE", p.message);
      if (auto link = fix_link(p); !link.empty()) {
        auto* fix = row->AddSectionDictionary("FIX");
        fix->SetValue("HREF", link);
        fix->SetValue("CHILD", p.child_ref);
      }
    }
  }, &chrome), a.census_error.empty() ? 200u : 400u);
}

Result<Response> sen2_download(Site& site, Request& req) {
  auto ask = ask_of(site, req);
  if (!ask) return std::unexpected(ask.error());
  if (!*ask) return Response::redirect("/sign-in");
  const auto& a = **ask;
  if (!a.census) return fail(ErrorCode::invalid_input, a.census_error, "census");
  auto made = build(site, req, a);
  if (!made) return std::unexpected(made.error());
  Response r;
  r.content_type = "application/xml; charset=utf-8";
  r.body = std::move(made->xml);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"sen2-" + a.la + "-" + a.census_text + ".xml\"");
  return r;
}

}  // namespace

Result<void> add_sen2_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/dashboard/sen2", "sen2", Access::signed_in, [&site](Request& r) { return sen2_page(site, r); }},
      {http::verb::get, "/dashboard/sen2/download", "sen2_download", Access::signed_in,
       [&site](Request& r) { return sen2_download(site, r); }},
  };
  for (auto& route : routes)
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  return {};
}

}  // namespace sendhub::web
