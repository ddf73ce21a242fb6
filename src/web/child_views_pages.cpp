// /children/:id/views: the family writes the child's and their own views once, for section A of
// every plan and review. The newest version is shown on the case pages.
#include "app/casework/family_views.h"
#include "web/child_access.h"
#include "web/form_problems.h"

namespace sendhub::web {
namespace {

Response form_page(Site& site, const ChildAccess& opened, const app::FamilyViews& v, const std::vector<FieldProblem>& problems) {
  auto chrome = opened.who->chrome();
  auto r = Response::html(site.views.page("child_views.tpl", page_title("Your views and your child's views", problems),
                                          [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", opened.who->session.csrf_token);
    d.SetValue("CHILD_ID", opened.child.id);
    d.SetValue("CHILD_NAME", opened.child.name);
    d.SetValue("LIKE_ABOUT_ME", v.like_about_me);
    d.SetValue("IMPORTANT_TO_ME", v.important_to_me);
    d.SetValue("SUPPORT_ME", v.support_me);
    d.SetValue("MY_HOPES", v.my_hopes);
    show_problems(d, problems);
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<ChildAccess> open_for_family(Site& site, const Request& req) {
  auto opened = open_child(site, req, access::Action::contribute_advice, "record.view");
  if (!opened) return opened;
  if (!access::is_family(opened->who->session.role)) return fail(ErrorCode::not_found, "");
  return opened;
}

Result<Response> show(Site& site, Request& req) {
  auto opened = open_for_family(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  auto latest = app::latest_family_views(site.db, opened->child.id, today());
  if (!latest) return std::unexpected(latest.error());
  return form_page(site, *opened, *latest ? (*latest)->views : app::FamilyViews{}, {});
}

Result<Response> submit(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  auto opened = open_for_family(site, req);
  if (!opened) return std::unexpected(opened.error());
  app::FamilyViews v{form.get("like_about_me"), form.get("important_to_me"), form.get("support_me"), form.get("my_hopes")};
  auto problems = app::add_family_views(site.db, who.actor, opened->child.id, v, request_context(site, req));
  if (!problems) return std::unexpected(problems.error());
  if (!problems->empty()) return form_page(site, *opened, v, *problems);
  return Response::redirect("/children/" + opened->child.id + "?views=saved");
}

}  // namespace

Result<void> add_child_views_pages(Site& site) {
  Route get{http::verb::get, "/children/:id/views", "child_views", Access::signed_in, [&site](Request& r) { return show(site, r); }};
  get.body_limit = 0;
  Route post{http::verb::post, "/children/:id/views", "child_views_submit", Access::signed_in,
             [&site](Request& r) { return submit(site, r); }};
  post.body_limit = 64 * 1024;
  if (auto ok = site.router.add(std::move(get)); !ok) return ok;
  return site.router.add(std::move(post));
}

}  // namespace sendhub::web
