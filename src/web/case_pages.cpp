// /cases/:id and the forms that record each step of an assessment on it: the decision, advice
// requests and arrivals, the draft plan, the family's response and the final plan. Every date
// shown comes from the statutory engine over the case's events (web/case_view.h).
#include "app/casework/ending_a_request.h"
#include "app/casework/case_messages.h"
#include "app/casework/consultations.h"
#include "app/casework/plan_steps.h"
#include "app/casework/reminders.h"
#include "app/casework/record_decision.h"
#include "app/casework/request_advice.h"
#include "web/case_view.h"

namespace sendhub::web {
namespace {

Result<std::pair<SignedIn, app::CaseRecord>> open(Site& site, const Request& req, access::Action action) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return fail(ErrorCode::unauthenticated, "");
  auto k = app::open_case_for(site.db, (*who)->actor, action, req.param("id"), "case.view", request_context(site, req));
  if (!k) return std::unexpected(k.error());
  return std::pair{**who, std::move(*k)};
}

Result<Response> show(Site& site, Request& req) {
  return in_one_read(site, [&]() -> Result<Response> {
    auto opened = open(site, req, access::Action::view_record);
    if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
    if (!opened) return std::unexpected(opened.error());
    if (opened->second.process == statutory::Process::annual_review) return Response::redirect("/reviews/" + opened->second.id);
    if (opened->second.process == statutory::Process::disagreement || opened->second.process == statutory::Process::tribunal_order)
      return Response::redirect("/disagreements/" + opened->second.id);
    if (opened->second.process == statutory::Process::la_transfer) return Response::redirect("/transfers/" + opened->second.id);
    return case_page(site, req, opened->first, opened->second, {});
  });
}

// The three forms share this: CSRF first, then the use case, then the page again with problems.
template <class Job>
Result<Response> submit(Site& site, Request& req, Job job, std::vector<FieldProblem> CaseForms::*slot, std::string arrange_id = {}) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const SignedIn& who = (*posted)->who;
  auto problems = job(who, form);
  if (!problems) return std::unexpected(problems.error());
  const std::string id = req.param("id");
  if (problems->empty()) return Response::redirect("/cases/" + id);
  auto opened = open(site, req, access::Action::view_record);
  if (!opened) return std::unexpected(opened.error());
  CaseForms forms;
  forms.*slot = *problems;
  forms.typed = &form;
  forms.arrange_id = arrange_id;
  return case_page(site, req, opened->first, opened->second, forms);
}

Result<Response> decide(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::record_decision_to_assess(site.db, who.actor, {req.param("id"), f.get("outcome"), date_from_parts(f, "date"), f.get("reasons")},
                                          request_context(site, req));
  }, &CaseForms::decision);
}

Result<Response> ask_advice(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    std::map<std::string, std::string> people;
    for (const auto& adviser : f.get_all("advisers")) people[adviser] = f.get("person_" + adviser);
    return app::request_advice(site.db, who.actor, req.param("id"), f.get_all("advisers"), date_from_parts(f, "date"),
                               request_context(site, req), people);
  }, &CaseForms::advice);
}

Result<Response> send_draft(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::send_draft_plan(site.db, who.actor, req.param("id"), f.get("summary"), request_context(site, req));
  }, &CaseForms::draft);
}

Result<Response> respond(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::respond_to_draft(site.db, who.actor, req.param("id"), f.get("comments"), f.get("school_preference"),
                                 request_context(site, req));
  }, &CaseForms::response);
}

Result<Response> not_to_issue(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::decide_not_to_issue(site.db, who.actor, req.param("id"), f.get("not_issue_reasons"), request_context(site, req));
  }, &CaseForms::not_to_issue);
}

Result<Response> withdraw(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::withdraw_request(site.db, who.actor, req.param("id"), f.get("withdraw_reason"), request_context(site, req));
  }, &CaseForms::withdraw);
}

Result<Response> exception(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::record_exception(site.db, who.actor, req.param("id"),
                                 {f.get("exception_type"), date_from_parts(f, "exception_from"), date_from_parts(f, "exception_to"),
                                  f.get("exception_note")},
                                 request_context(site, req));
  }, &CaseForms::exception);
}

Result<Response> message(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::send_case_message(site.db, who.actor, req.param("id"), f.get("message"), request_context(site, req));
  }, &CaseForms::message);
}

Result<Response> chase(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::chase_advice(site.db, who.actor, req.param("id"), f.get("chase"), request_context(site, req));
  }, &CaseForms::chase);
}

Result<Response> issue_final(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields&) {
    return app::issue_final_plan(site.db, who.actor, req.param("id"), request_context(site, req));
  }, &CaseForms::final_plan);
}

Result<Response> advice_received(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::record_advice_received(site.db, who.actor, req.param("id"), f.get("adviser"), date_from_parts(f, "received"),
                                       request_context(site, req));
  }, &CaseForms::received);
}

Result<Response> consult(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::consult_school(site.db, who.actor, req.param("id"), f.get("school"), date_from_parts(f, "reply_by"),
                               request_context(site, req));
  }, &CaseForms::consult);
}

Result<Response> answer_consultation(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::answer_consultation(site.db, who.actor, req.param("id"), f.get("answer"), f.get("reasons"), request_context(site, req));
  }, &CaseForms::consult_answer);
}

Result<Response> ask_meeting(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::ask_for_meeting(site.db, who.actor, req.param("id"), f.get("meeting_note"), request_context(site, req));
  }, &CaseForms::meeting);
}

Result<Response> arrange(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::arrange_meeting(site.db, who.actor, req.param("id"), req.param("meeting"), f.get("meeting_when"),
                                f.get("meeting_where"), request_context(site, req));
  }, &CaseForms::arrange, req.param("meeting"));
}

}  // namespace

Result<void> add_case_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/cases/:id", "case", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/cases/:id/decision", "case_decision", Access::signed_in, [&site](Request& r) { return decide(site, r); }},
      {http::verb::post, "/cases/:id/advice-requests", "case_advice_requests", Access::signed_in,
       [&site](Request& r) { return ask_advice(site, r); }},
      {http::verb::post, "/cases/:id/advice-received", "case_advice_received", Access::signed_in,
       [&site](Request& r) { return advice_received(site, r); }},
      {http::verb::post, "/cases/:id/draft-plan", "case_draft_plan", Access::signed_in, [&site](Request& r) { return send_draft(site, r); }},
      {http::verb::post, "/cases/:id/response", "case_family_response", Access::signed_in, [&site](Request& r) { return respond(site, r); }},
      {http::verb::post, "/cases/:id/not-to-issue", "case_not_to_issue", Access::signed_in, [&site](Request& r) { return not_to_issue(site, r); }},
      {http::verb::post, "/cases/:id/withdraw", "case_withdraw", Access::signed_in, [&site](Request& r) { return withdraw(site, r); }},
      {http::verb::post, "/cases/:id/exceptions", "case_exception", Access::signed_in, [&site](Request& r) { return exception(site, r); }},
      {http::verb::post, "/cases/:id/messages", "case_message", Access::signed_in, [&site](Request& r) { return message(site, r); }},
      {http::verb::post, "/cases/:id/chase", "case_chase_advice", Access::signed_in, [&site](Request& r) { return chase(site, r); }},
      {http::verb::post, "/cases/:id/final-plan", "case_final_plan", Access::signed_in, [&site](Request& r) { return issue_final(site, r); }},
      {http::verb::post, "/cases/:id/consultations", "case_consult_school", Access::signed_in, [&site](Request& r) { return consult(site, r); }},
      {http::verb::post, "/cases/:id/consultation-answer", "case_consultation_answer", Access::signed_in,
       [&site](Request& r) { return answer_consultation(site, r); }},
      {http::verb::post, "/cases/:id/meetings", "case_ask_meeting", Access::signed_in, [&site](Request& r) { return ask_meeting(site, r); }},
      {http::verb::post, "/cases/:id/meetings/:meeting", "case_arrange_meeting", Access::signed_in,
       [&site](Request& r) { return arrange(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 32 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
