// /account (name, role, security codes, links) and /account/sessions: where the person is signed
// in, and "sign out everywhere else".
#include "app/clock.h"
#include "app/identity/two_factor.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

std::string when(std::int64_t unix_seconds) {
  auto t = app::utc_timestamp(std::chrono::system_clock::time_point(std::chrono::seconds(unix_seconds)));
  return t.substr(0, 10) + " " + t.substr(11, 5);
}

Result<Response> list(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  auto sessions = app::list_sessions(site.db, (*who)->session.user_id);
  if (!sessions) return std::unexpected(sessions.error());
  auto chrome = (*who)->chrome();
  return Response::html(site.views.page("sessions.tpl", "Where you are signed in", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", (*who)->session.csrf_token);
    if (req.query.get("ended") == "1") d.ShowSection("ENDED");
    for (const auto& s : *sessions) {
      auto* row = d.AddSectionDictionary("SESSION");
      row->SetValue("DEVICE", s.device.empty() ? "Unknown device" : s.device.substr(0, 80));
      row->SetValue("CREATED", when(s.created_at));
      row->SetValue("LAST_SEEN", when(s.last_seen_at));
      if (s.token_hash == (*who)->session.token_hash) row->ShowSection("CURRENT");
    }
  }, &chrome));
}

Result<Response> account(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  auto two_factor = app::has_two_factor(site.db, (*who)->session.user_id);
  if (!two_factor) return std::unexpected(two_factor.error());
  auto chrome = (*who)->chrome();
  return Response::html(site.views.page("account.tpl", "Your account", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("NAME", (*who)->display_name);
    d.SetValue("ROLE", access::label((*who)->session.role));
    if (req.query.get("two_factor") == "on") d.ShowSection("TWO_FACTOR_TURNED_ON");
    d.ShowSection(*two_factor ? "TWO_FACTOR_ON" : "TWO_FACTOR_OFF");
    if (chrome.manages_people) d.ShowSection("MANAGES_PEOPLE");
  }, &chrome));
}

Result<Response> sign_out_others(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const SignedIn& who = (*posted)->who;
  auto ended = site.db.write([&](store::Connection& c) -> Result<void> {
    auto n = app::end_other_sessions(c, who.session.user_id, who.session.token_hash);
    if (!n) return std::unexpected(n.error());
    return {};
  });
  if (!ended) return std::unexpected(ended.error());
  return Response::redirect("/account/sessions?ended=1");
}

}  // namespace

Result<void> add_account_pages(Site& site) {
  Route home{http::verb::get, "/account", "account", Access::signed_in, [&site](Request& r) { return account(site, r); }};
  home.body_limit = 0;
  if (auto ok = site.router.add(std::move(home)); !ok) return ok;
  Route get{http::verb::get, "/account/sessions", "account_sessions", Access::signed_in,
            [&site](Request& r) { return list(site, r); }};
  get.body_limit = 0;
  Route post{http::verb::post, "/account/sessions/sign-out-others", "account_sign_out_others", Access::signed_in,
             [&site](Request& r) { return sign_out_others(site, r); }};
  post.body_limit = 4096;
  if (auto ok = site.router.add(std::move(get)); !ok) return ok;
  return site.router.add(std::move(post));
}

}  // namespace sendhub::web
