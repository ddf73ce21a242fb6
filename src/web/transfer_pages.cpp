// Moving to another council: /children/:id/move (the old council's SEN team records the move),
// /transfers/:id (where the transfer is, its statutory timeline, and the form for the next
// step: passing the plan on, then the new council telling the family). The same "not found" as
// the record for anyone else; after the plan is passed on, only the new council sees it.
#include "app/local_authorities.h"
#include "app/transfer/la_transfer.h"
#include "web/case_view.h"
#include "web/child_access.h"
#include "web/form_builder.h"
#include "web/message_page.h"

namespace sendhub::web {
namespace {

Result<std::vector<LocalAuthority>> councils(Site& site) { return app::list_local_authorities(site.db); }

std::string name_of(const std::vector<LocalAuthority>& all, const std::string& code) {
  for (const auto& a : all)
    if (a.code == code) return a.name;
  return code;
}

Result<Response> move_page(Site& site, const ChildAccess& opened, const FormFields& typed, const std::vector<FieldProblem>& problems) {
  auto all = councils(site);
  if (!all) return std::unexpected(all.error());
  auto chrome = opened.who->chrome();
  auto r = Response::html(site.views.page("transfer_new.tpl", page_title("Record a move to another council", problems),
                                          [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", opened.who->session.csrf_token);
    d.SetValue("CHILD_ID", opened.child.id);
    d.SetValue("CHILD_NAME", opened.child.name);
    d.SetValue("FROM", opened.child.la_name);
    auto f = FormBuilder::in_fields_of(d, typed, problems);
    Options to{{"", "Choose the council"}};
    for (const auto& a : *all)
      if (a.code != opened.child.la_code) to.emplace_back(a.code, a.name);
    f.select("to_la", "Which council is the family moving to?", to);
    f.date("moved_on", "Date the family moved", "The day they move, or moved. You can record it ahead of the day. For example, 3 7 2026.");
    f.date("heard_on", "Date the council heard about the move", "Leave empty for today. It sets the time to pass the plan on.");
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<ChildAccess> open_for_move(Site& site, const Request& req) {
  auto opened = open_child(site, req, access::Action::make_decision, "record.view");
  if (!opened) return opened;
  if (!access::is_sen_team(opened->who->session.role)) return fail(ErrorCode::not_found, "");
  return opened;
}

Result<Response> move_form(Site& site, Request& req) {
  auto opened = open_for_move(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  return move_page(site, *opened, {}, {});
}

Result<Response> record(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& f = (*posted)->form;
  auto opened = open_for_move(site, req);
  if (!opened) return std::unexpected(opened.error());
  auto done = app::record_move(site.db, (*posted)->who.actor, opened->child.id,
                               {f.get("to_la"), date_from_parts(f, "heard_on"), date_from_parts(f, "moved_on")}, request_context(site, req));
  if (!done) return std::unexpected(done.error());
  if (!done->problems.empty()) return move_page(site, *opened, f, done->problems);
  return Response::redirect("/transfers/" + done->case_id);
}

Result<Response> transfer_page(Site& site, const SignedIn& who, const app::CaseRecord& k, const std::string& step,
                               const FormFields* typed, const std::vector<FieldProblem>& problems) {
  const auto now = today();
  auto history = k.history();
  auto timeline = statutory::compute_timeline(history, now);
  if (!timeline) return std::unexpected(timeline.error());
  std::optional<app::TransferCouncils> between;
  auto read = site.db.read([&](store::Connection& c) -> Result<void> {
    auto t = app::transfer_councils(c, k.id);
    if (!t) return std::unexpected(t.error());
    between = *t;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  auto all = councils(site);
  if (!all) return std::unexpected(all.error());
  const std::string from = between ? name_of(*all, between->from_la) : "The old council";
  const std::string to = between ? name_of(*all, between->to_la) : "the new council";
  const auto summary = transfer::transfer_summary(history, *timeline, from, to, now);
  bool passed = false, told = false;
  std::optional<calendar::Date> moves_on;
  for (const auto& e : k.events) {
    if (e.event.type == statutory::EventType::moved) moves_on = e.event.date;
    passed = passed || e.event.type == statutory::EventType::plan_transferred;
    told = told || e.event.type == statutory::EventType::new_la_notified;
  }
  auto chrome = who.chrome();
  const FormFields none;
  auto r = Response::html(site.views.page("transfer.tpl", page_title(k.child_name + ": " + summary.stage, problems),
                                          [&](ctemplate::TemplateDictionary& d) {
    case_heading(d, who, k, summary, *timeline);
    d.SetValue("FROM", from);
    d.SetValue("TO", to);
    show_problems(d, problems);
    if (!access::is_sen_team(who.session.role) || told) return;
    auto* form = d.AddSectionDictionary(passed ? "TOLD_FORM" : "PASS_FORM");
    form->SetValue("CSRF_TOKEN", who.session.csrf_token);
    form->SetValue("CASE_ID", k.id);
    form->SetValue("TO", to);
    auto f = FormBuilder::in_fields_of(*form, step.empty() || !typed ? none : *typed, problems);
    const bool ahead = !passed && moves_on && *moves_on > now;
    f.date("date", passed ? "Date you told the family" : "Date the plan was passed on",
           ahead ? "The family move on " + calendar::format_long_date(*moves_on) + ": pass the plan on that day, not before."
                 : std::string("Leave empty for today."));
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<Response> show(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  auto k = app::open_case_for(site.db, (**who).actor, access::Action::view_record, req.param("id"), "transfer.view",
                              request_context(site, req));
  if (!k) return std::unexpected(k.error());
  if (k->process != statutory::Process::la_transfer) return Response::redirect("/cases/" + k->id);
  return transfer_page(site, **who, *k, "", nullptr, {});
}

template <class Job>
Result<Response> step(Site& site, Request& req, const char* name, Job job) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& f = (*posted)->form;
  auto problems = job(site.db, (*posted)->who.actor, req.param("id"), date_from_parts(f, "date"), request_context(site, req));
  if (!problems) return std::unexpected(problems.error());
  if (problems->empty()) {
    // Having passed the plan on, the old council no longer sees the transfer: say what happened.
    auto k = app::open_case_for(site.db, (*posted)->who.actor, access::Action::view_record, req.param("id"), "transfer.view",
                                request_context(site, req));
    if (k || k.error().code != ErrorCode::not_found) return Response::redirect("/transfers/" + req.param("id"));
    auto chrome = (*posted)->who.chrome();
    return message_page(site, {"Plan passed on",
                               {"The record, the plan and the open cases are now with the new council, with their history. "
                                "Your team no longer sees them. The new council must tell the family within 6 weeks of the move "
                                "that it has the plan."},
                               {{"/cases", "Back to your caseload"}},
                               true},
                        &chrome);
  }
  auto k = app::open_case_for(site.db, (*posted)->who.actor, access::Action::view_record, req.param("id"), "transfer.view",
                              request_context(site, req));
  if (!k) return std::unexpected(k.error());
  return transfer_page(site, (*posted)->who, *k, name, &f, *problems);
}

}  // namespace

Result<void> add_transfer_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/children/:id/move", "transfer_new", Access::signed_in, [&site](Request& r) { return move_form(site, r); }},
      {http::verb::post, "/children/:id/move", "transfer_create", Access::signed_in, [&site](Request& r) { return record(site, r); }},
      {http::verb::get, "/transfers/:id", "transfer", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/transfers/:id/passed-on", "transfer_passed_on", Access::signed_in,
       [&site](Request& r) { return step(site, r, "passed_on", app::pass_plan_on); }},
      {http::verb::post, "/transfers/:id/family-told", "transfer_family_told", Access::signed_in,
       [&site](Request& r) { return step(site, r, "family_told", app::new_council_told_family); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 16 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
