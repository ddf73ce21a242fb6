// Complaints: /children/:id/complaints/new (the family makes one from their own record; the SEN
// team records one that came by phone or letter), /complaints/:id (what was said, and the
// council's answer, with the form to record it), and /complaints (the SEN team's list,
// unanswered first). Everyone else gets "not found", as for the record itself.
#include "app/casework/cases.h"
#include "app/complaints/complaints.h"
#include "web/child_access.h"
#include "web/case_view.h"
#include "web/form_builder.h"

namespace sendhub::web {
namespace {

namespace c = complaints;

Options options_of(const std::vector<c::Choice>& choices) {
  Options out;
  for (const auto& ch : choices) out.emplace_back(std::string(ch.value), std::string(ch.label));
  return out;
}

std::string long_day(const std::string& iso) {
  auto d = calendar::parse_date(iso);
  return d ? calendar::format_long_date(*d) : iso;
}

Result<Response> new_page(Site& site, const ChildAccess& opened, const FormFields& typed, const std::vector<FieldProblem>& problems) {
  auto cases = app::cases_for_child(site.db, opened.child.id);
  if (!cases) return std::unexpected(cases.error());
  const bool family = access::is_family(opened.who->session.role);
  auto chrome = opened.who->chrome();
  auto r = Response::html(site.views.page("complaint_new.tpl", page_title(family ? "Make a complaint" : "Record a complaint", problems),
                                          [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", opened.who->session.csrf_token);
    d.SetValue("CHILD_ID", opened.child.id);
    d.SetValue("CHILD_NAME", opened.child.name);
    d.SetValue("HEADING", family ? "Make a complaint" : "Record a complaint");
    if (family) d.ShowSection("FAMILY");
    auto f = FormBuilder::in_fields_of(d, typed, problems);
    f.radios("topic", family ? "What is your complaint about?" : "What is the complaint about?", options_of(c::topics()));
    if (!family) {
      f.radios("made_by", "Who made the complaint?", options_of(c::made_by_choices()));
      f.date("received_on", "Date the complaint was received", "Leave empty for today. For example, 3 7 2026.");
    }
    Options about{{"", "None in particular"}};
    for (const auto& k : *cases) {
      std::string label = process_title(k.process);
      if (auto on = calendar::parse_date(k.opened_on)) label += ", started " + calendar::format_long_date(*on);
      about.emplace_back(k.id, label);
    }
    f.select("case_id", "Is it about one request, review or appeal? (optional)", about);
    f.textarea("summary", family ? "Tell us what happened" : "What the complaint says",
               family ? "Say what went wrong and what you would like to happen. You can write up to 2,000 characters."
                      : "In the family's words where you can. Up to 2,000 characters.",
               8);
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<ChildAccess> open_for_complaint(Site& site, const Request& req) {
  auto opened = open_child(site, req, access::Action::view_record, "record.view");
  if (!opened) return opened;
  if (!app::may_complain(opened->who->actor, opened->child.resource, today())) return fail(ErrorCode::not_found, "");
  return opened;
}

Result<Response> new_form(Site& site, Request& req) {
  auto opened = open_for_complaint(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  return new_page(site, *opened, req.query, {});
}

Result<Response> create(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& f = (*posted)->form;
  auto opened = open_for_complaint(site, req);
  if (!opened) return std::unexpected(opened.error());
  auto made = app::make_complaint(site.db, (*posted)->who.actor,
                                  {opened->child.id, f.get("case_id"),
                                   {f.get("topic"), f.get("made_by"), date_from_parts(f, "received_on"), f.get("summary")}},
                                  request_context(site, req));
  if (!made) return std::unexpected(made.error());
  if (!made->problems.empty()) return new_page(site, *opened, f, made->problems);
  return Response::redirect("/complaints/" + made->id + "?made=1");
}

Result<Response> complaint_page(Site& site, const Request& req, const SignedIn& who, const app::ComplaintRecord& k,
                                const FormFields& typed, const std::vector<FieldProblem>& problems) {
  const bool council = !access::is_family(who.session.role);
  auto chrome = who.chrome();
  auto r = Response::html(site.views.page("complaint.tpl", page_title("Complaint", problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", who.session.csrf_token);
    d.SetValue("ID", k.id);
    d.SetValue("CHILD_ID", k.child_id);
    d.SetValue("CHILD_NAME", k.child_name);
    d.SetValue("TOPIC", std::string(c::label_of(c::topics(), k.topic)));
    d.SetValue("MADE_BY", std::string(c::label_of(c::made_by_choices(), k.made_by)));
    d.SetValue("RECEIVED_ON", long_day(k.received_on));
    d.SetValue("SUMMARY", k.summary);
    if (!k.case_id.empty()) d.AddSectionDictionary("ABOUT_CASE")->SetValue("CASE_ID", k.case_id);
    if (req.query.get("made") == "1") d.ShowSection("MADE");
    if (!k.outcome.empty()) {
      auto* a = d.AddSectionDictionary("ANSWERED");
      a->SetValue("OUTCOME", std::string(c::label_of(c::outcomes(), k.outcome)));
      a->SetValue("RESPONDED_ON", long_day(k.responded_on));
      auto from = calendar::parse_date(k.received_on), to = calendar::parse_date(k.responded_on);
      if (from && to) a->SetIntValue("DAYS", static_cast<long>((*to - *from).count()));
    } else {
      d.ShowSection("WAITING");
      if (council) {
        auto* form = d.AddSectionDictionary("RESPONSE_FORM");
        form->SetValue("CSRF_TOKEN", who.session.csrf_token);
        form->SetValue("ID", k.id);
        auto f = FormBuilder::in_fields_of(*form, typed, problems);
        f.radios("outcome", "Outcome", options_of(c::outcomes()));
        f.date("responded_on", "Date the council replied", "Leave empty for today.");
      }
    }
    show_problems(d, problems);
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<Response> show(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  auto k = app::open_complaint(site.db, (**who).actor, req.param("id"), request_context(site, req));
  if (!k) return std::unexpected(k.error());
  return complaint_page(site, req, **who, *k, {}, {});
}

Result<Response> respond(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& f = (*posted)->form;
  auto problems = app::respond_to_complaint(site.db, (*posted)->who.actor, req.param("id"),
                                            {f.get("outcome"), date_from_parts(f, "responded_on")}, request_context(site, req));
  if (!problems) return std::unexpected(problems.error());
  if (problems->empty()) return Response::redirect("/complaints/" + req.param("id"));
  auto k = app::open_complaint(site.db, (*posted)->who.actor, req.param("id"), request_context(site, req));
  if (!k) return std::unexpected(k.error());
  return complaint_page(site, req, (*posted)->who, *k, f, *problems);
}

Result<Response> list(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  const auto role = (**who).session.role;
  if (!access::is_sen_team(role)) return fail(ErrorCode::not_found, "");
  auto all = app::complaints_for(site.db, (**who).actor.la_codes);
  if (!all) return std::unexpected(all.error());
  std::vector<std::pair<std::string, std::string>> listed;
  for (const auto& k : *all) listed.emplace_back(k.child_id, k.la_code);
  if (auto ok = audit_list(site, req, **who, listed); !ok) return std::unexpected(ok.error());
  auto chrome = (**who).chrome();
  return Response::html(site.views.page("complaints.tpl", "Complaints", [&](ctemplate::TemplateDictionary& d) {
    if (all->empty()) d.ShowSection("NONE");
    else d.ShowSection("SOME");
    for (const auto& k : *all) {
      auto* row = d.AddSectionDictionary("COMPLAINT");
      row->SetValue("ID", k.id);
      row->SetValue("CHILD_NAME", k.child_name);
      row->SetValue("TOPIC", std::string(c::label_of(c::topics(), k.topic)));
      row->SetValue("RECEIVED_ON", long_day(k.received_on));
      row->SetValue("STATE", k.outcome.empty() ? "Waiting for a reply" : std::string(c::label_of(c::outcomes(), k.outcome)));
      row->SetValue("TAG", k.outcome.empty() ? "govuk-tag--yellow" : "govuk-tag--grey");
    }
  }, &chrome));
}

}  // namespace

Result<void> add_complaint_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/children/:id/complaints/new", "complaint_new", Access::signed_in, [&site](Request& r) { return new_form(site, r); }},
      {http::verb::post, "/children/:id/complaints", "complaint_create", Access::signed_in, [&site](Request& r) { return create(site, r); }},
      {http::verb::get, "/complaints", "complaints", Access::signed_in, [&site](Request& r) { return list(site, r); }},
      {http::verb::get, "/complaints/:id", "complaint", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/complaints/:id/response", "complaint_response", Access::signed_in,
       [&site](Request& r) { return respond(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 32 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
