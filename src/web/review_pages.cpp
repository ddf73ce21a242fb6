// /reviews/new and /reviews/:id: arranging an annual review, and the review's own page with the
// forms for whoever acts next (the SENCO records the meeting, the council decides, the family
// replies to proposed changes, the council issues the amended plan). Every date comes from the
// statutory engine over the review's events.
#include "app/casework/request_advice.h"
#include "app/plan/plan_records.h"
#include "app/review/amendments.h"
#include "app/review/review_decision.h"
#include "app/review/review_meeting.h"
#include "app/review/review_record.h"
#include "app/review/schedule_review.h"
#include "app/identity/accounts.h"
#include "web/child_access.h"
#include "web/review_lists.h"
#include "web/review_view.h"

namespace sendhub::web {
namespace {

Result<std::optional<std::pair<app::PlanRow, std::string>>> plan_and_child(Site& site, const std::string& plan_id) {
  std::optional<std::pair<app::PlanRow, std::string>> out;
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    auto row = app::plan_row(c, plan_id);
    if (!row) return std::unexpected(row.error());
    if (!*row) return {};
    const store::Value p[] = {(*row)->child_id};
    auto names = c.query("SELECT given_name || ' ' || family_name FROM children WHERE id = $1", p);
    if (!names) return std::unexpected(names.error());
    out = std::pair{**row, names->empty() ? std::string() : names->front().get_text(0)};
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Response> new_review_page(Site& site, const Request& req, const SignedIn& who, const std::string& plan_id,
                                 const std::vector<FieldProblem>& problems, const FormFields* typed) {
  auto plan = plan_and_child(site, plan_id);
  if (!plan) return std::unexpected(plan.error());
  if (!*plan) return fail(ErrorCode::not_found, "");
  bool allowed = false;
  auto read = site.db.read([&](store::Connection& c) -> Result<void> {
    auto resource = app::load_child_resource(c, (*plan)->first.child_id);
    if (!resource) return std::unexpected(resource.error());
    allowed = *resource && access::may(who.actor, access::Action::contribute_advice, **resource, today()).allowed;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (auto ok = audit_read(site, req, who, "review.arrange_form", (*plan)->first.child_id, (*plan)->first.la_code, allowed); !ok)
    return std::unexpected(ok.error());
  if (!allowed) return fail(ErrorCode::not_found, "");
  auto chrome = who.chrome();
  auto page = site.views.page("review_new.tpl", page_title("Arrange the annual review", problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", who.session.csrf_token);
    d.SetValue("PLAN_ID", plan_id);
    d.SetValue("CHILD_NAME", (*plan)->second);
    show_problems(d, problems);
    date_input(d, "MEETING_ON", "meeting_on", "Date of the meeting",
               "At least 2 weeks from today, so everyone invited gets 2 weeks' notice. For example, 12 1 2027.", typed, problems);
    if (typed) d.SetValue("WHERE", typed->get("where"));
    const auto chosen = typed ? typed->get_all("invited") : std::vector<std::string>{};
    for (const auto& i : app::invitees()) {
      auto* o = d.AddSectionDictionary("INVITEE");
      o->SetValue("VALUE", std::string(i.value));
      o->SetValue("LABEL", std::string(i.label));
      if (!typed ? i.required : std::find(chosen.begin(), chosen.end(), i.value) != chosen.end()) o->SetValue("CHECKED", "checked");
    }
  }, &chrome);
  auto r = Response::html(std::move(page));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<Response> arrange_form(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  return new_review_page(site, req, **who, req.query.get("plan"), {}, nullptr);
}

Result<Response> arrange(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& f = (*posted)->form;
  auto done = app::schedule_review(site.db, (*posted)->who.actor,
                                   {f.get("plan_id"), date_from_parts(f, "meeting_on"), f.get("where"), f.get_all("invited")},
                                   request_context(site, req));
  if (!done) return std::unexpected(done.error());
  if (done->problems.empty()) return Response::redirect("/reviews/" + done->case_id + (done->already_open ? "" : "?arranged=1"));
  return new_review_page(site, req, (*posted)->who, f.get("plan_id"), done->problems, &f);
}

Result<Response> show(Site& site, Request& req) {
  return in_one_read(site, [&]() -> Result<Response> {
    auto who = signed_in(site, req);
    if (!who) return std::unexpected(who.error());
    if (!*who) return Response::redirect("/sign-in");
    auto k = app::open_case_for(site.db, (**who).actor, access::Action::view_record, req.param("id"), "review.view", request_context(site, req));
    if (!k) return std::unexpected(k.error());
    if (k->process != statutory::Process::annual_review) return Response::redirect("/cases/" + k->id);
    return review_page(site, req, **who, *k, {});
  });
}

template <class Job>
Result<Response> submit(Site& site, Request& req, Job job, std::vector<FieldProblem> ReviewForms::*slot) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  auto problems = job(who, form);
  if (!problems) return std::unexpected(problems.error());
  const std::string id = req.param("id");
  if (problems->empty()) return Response::redirect("/reviews/" + id);
  auto k = app::open_case_for(site.db, who.actor, access::Action::view_record, id, "review.view", request_context(site, req));
  if (!k) return std::unexpected(k.error());
  ReviewForms forms;
  forms.*slot = *problems;
  forms.typed = &form;
  return review_page(site, req, who, *k, forms);
}

Result<Response> record_meeting(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    app::ReviewMeetingRecord m{req.param("id"), date_from_parts(f, "held_on"), date_from_parts(f, "advice_circulated_on"),
                               {}, {}, f.get("working"), f.get("not_working"), f.get("changes")};
    for (const auto& id : f.get_all("outcome_ids")) {
      m.progress[id] = f.get("progress_" + id);
      m.comments[id] = f.get("comment_" + id);
    }
    return app::record_review_meeting(site.db, who.actor, m, request_context(site, req));
  }, &ReviewForms::meeting);
}

Result<Response> decide(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::decide_after_review(site.db, who.actor,
                                    {req.param("id"), f.get("outcome"), date_from_parts(f, "date"), f.get("reasons"),
                                     f.get("cease_reason"), f.get("family_consulted") == "yes", f.get("setting_consulted") == "yes"},
                                    request_context(site, req));
  }, &ReviewForms::decision);
}

Result<Response> reply(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::reply_to_amendments(site.db, who.actor,
                                    {req.param("id"), f.get("comments"), f.get("school_preference"), f.get("no_comments") == "yes"},
                                    request_context(site, req));
  }, &ReviewForms::reply);
}

Result<Response> ask_advice(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    std::map<std::string, std::string> people;
    for (const auto& adviser : f.get_all("advisers")) people[adviser] = f.get("person_" + adviser);
    return app::request_advice(site.db, who.actor, req.param("id"), f.get_all("advisers"), "", request_context(site, req), people);
  }, &ReviewForms::advice);
}

Result<Response> issue_amended(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields&) {
    return app::issue_amended_plan(site.db, who.actor, req.param("id"), request_context(site, req));
  }, &ReviewForms::amended);
}

}  // namespace

Result<void> add_review_pages(Site& site) {
  if (auto ok = add_review_list_pages(site); !ok) return ok;
  Route routes[] = {
      {http::verb::get, "/reviews/new", "review_new", Access::signed_in, [&site](Request& r) { return arrange_form(site, r); }},
      {http::verb::post, "/reviews", "review_arrange", Access::signed_in, [&site](Request& r) { return arrange(site, r); }},
      {http::verb::get, "/reviews/:id", "review", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/reviews/:id/meeting", "review_meeting", Access::signed_in, [&site](Request& r) { return record_meeting(site, r); }},
      {http::verb::post, "/reviews/:id/decision", "review_decision", Access::signed_in, [&site](Request& r) { return decide(site, r); }},
      {http::verb::post, "/reviews/:id/reply", "review_reply", Access::signed_in, [&site](Request& r) { return reply(site, r); }},
      {http::verb::post, "/reviews/:id/advice-requests", "review_advice_requests", Access::signed_in,
       [&site](Request& r) { return ask_advice(site, r); }},
      {http::verb::post, "/reviews/:id/amended-plan", "review_amended_plan", Access::signed_in,
       [&site](Request& r) { return issue_amended(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 64 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
