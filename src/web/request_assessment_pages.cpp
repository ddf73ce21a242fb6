// /children/:id/request-assessment: a parent or carer, a young person, the child's school or
// setting (with the family's agreement) or the council SEN team asks for an EHC needs
// assessment. An open request for the same child is shown rather than duplicated.
#include "app/casework/request_assessment.h"
#include "web/child_access.h"
#include "web/form_problems.h"
#include "web/message_page.h"

namespace sendhub::web {
namespace {

Response form_page(Site& site, const ChildAccess& opened, const std::string& reason, bool agreed,
                   const std::vector<FieldProblem>& problems) {
  auto chrome = opened.who->chrome();
  auto r = Response::html(site.views.page("request_assessment.tpl", page_title("Ask for an EHC needs assessment", problems),
                                          [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", opened.who->session.csrf_token);
    d.SetValue("CHILD_ID", opened.child.id);
    d.SetValue("CHILD_NAME", opened.child.name);
    d.SetValue("REASON", reason);
    if (opened.who->session.role == access::Role::school_senco) {
      auto* school = d.AddSectionDictionary("SCHOOL");
      if (agreed) school->SetValue("AGREED_CHECKED", "checked");
      show_problems(*school, problems);
    }
    show_problems(d, problems);
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<Response> show(Site& site, Request& req) {
  auto opened = open_child(site, req, access::Action::contribute_advice, "record.view");
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  return form_page(site, *opened, "", false, {});
}

Result<Response> submit(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  auto opened = open_child(site, req, access::Action::contribute_advice, "record.view");
  if (!opened) return std::unexpected(opened.error());
  const std::string reason = form.get("reason");
  const bool agreed = form.get("family_agreed") == "yes";
  auto result = app::request_assessment(site.db, who.actor, {opened->child.id, reason, agreed}, request_context(site, req));
  if (!result) return std::unexpected(result.error());
  if (result->already_open) {
    auto chrome = who.chrome();
    return message_page(site, {"There is already a request for " + opened->child.name,
                               {"A request for an EHC needs assessment for " + opened->child.name + " is already open, so we "
                                "have not made a second one. You can follow it, and add anything new to it."},
                               {{"/cases/" + result->case_id, "See the open request"}}}, &chrome);
  }
  if (!result->problems.empty()) return form_page(site, *opened, reason, agreed, result->problems);
  return Response::redirect("/cases/" + result->case_id + "?requested=1");
}

}  // namespace

Result<void> add_request_assessment_pages(Site& site) {
  Route get{http::verb::get, "/children/:id/request-assessment", "request_assessment", Access::signed_in,
            [&site](Request& r) { return show(site, r); }};
  get.body_limit = 0;
  Route post{http::verb::post, "/children/:id/request-assessment", "request_assessment_submit", Access::signed_in,
             [&site](Request& r) { return submit(site, r); }};
  post.body_limit = 32 * 1024;
  if (auto ok = site.router.add(std::move(get)); !ok) return ok;
  return site.router.add(std::move(post));
}

}  // namespace sendhub::web
