// Casework pages: /cases (the SEN team's caseload), /cases/:id (the live timeline, the family's
// plain-English summary and, for the SEN team, the next actions), and the forms that record
// each step. Every date shown comes from the statutory engine over the case's events.
#include "app/casework/caseload.h"
#include "app/casework/record_decision.h"
#include "app/casework/request_advice.h"
#include "domain/statutory/family_summary.h"
#include "web/child_access.h"
#include "web/form_problems.h"

namespace sendhub::web {
namespace {

using statutory::Status;

std::string long_date(calendar::Date d) { return calendar::format_long_date(d); }

std::string status_label(Status s) {
  switch (s) {
    case Status::met: return "Done on time";
    case Status::missed: return "Done late";
    case Status::due: return "Due";
    case Status::overdue: return "Overdue";
    case Status::exception: return "Exception applies";
    case Status::not_applicable: return "Not needed";
  }
  return "";
}

std::string status_tag(Status s) {
  switch (s) {
    case Status::met: return "govuk-tag--green";
    case Status::missed: return "govuk-tag--orange";
    case Status::overdue: return "govuk-tag--red";
    case Status::due: return "govuk-tag--blue";
    default: return "govuk-tag--grey";
  }
}

std::string event_label(const app::StoredEvent& e) {
  using statutory::EventType;
  const auto& ev = e.event;
  std::string who(statutory::adviser_for_families(ev.adviser));
  switch (ev.type) {
    case EventType::request_received: return "Request for an assessment received";
    case EventType::decision_to_assess:
      return ev.outcome == statutory::Outcome::assess ? "Decided to carry out an assessment" : "Decided not to carry out an assessment";
    case EventType::advice_requested: return "Asked " + who + " for advice";
    case EventType::advice_received: return "Advice received from " + who;
    case EventType::decision_not_to_issue: return "Decided not to issue a plan";
    case EventType::draft_plan_issued: return "Draft plan sent";
    case EventType::final_plan_issued: return "Final plan issued";
    case EventType::withdrawn: return "Request withdrawn";
    default: return std::string(statutory::to_string(ev.type));
  }
}

bool council_team(access::Role r) { return access::is_local_authority_casework(r); }

// ---- The caseload -------------------------------------------------------------------------

constexpr const char* stages[] = {"Deciding whether to assess", "Assessment under way", "Draft plan sent",
                                  "Decided not to assess", "Decided not to issue a plan", "Plan issued"};

Result<Response> caseload_page(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  if (!council_team((*who)->session.role)) return fail(ErrorCode::not_found, "");
  const bool mine = req.query.get("show") == "mine";
  const std::string stage = req.query.get("stage");
  app::CaseloadFilter filter{mine ? (*who)->session.user_id : "", stage};
  const auto now = today();
  auto rows = app::caseload(site.db, (*who)->actor, filter, now);
  if (!rows) return std::unexpected(rows.error());
  for (const auto& r : *rows)
    if (auto ok = audit_read(site, req, **who, "record.list", r.child_id, r.la_code, true); !ok) return std::unexpected(ok.error());
  auto chrome = (*who)->chrome();
  int overdue = 0, soon = 0;
  for (const auto& r : *rows) {
    if (r.overdue) ++overdue;
    else if (r.due_soon) ++soon;
  }
  return Response::html(site.views.page("caseload.tpl", "Caseload", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("COUNT", std::to_string(rows->size()));
    d.SetValue("OVERDUE", std::to_string(overdue));
    d.SetValue("SOON", std::to_string(soon));
    d.SetValue(mine ? "MINE_CHECKED" : "ALL_CHECKED", "checked");
    for (const char* s : stages) {
      auto* o = d.AddSectionDictionary("STAGE_OPTION");
      o->SetValue("VALUE", s);
      if (stage == s) o->SetValue("SELECTED", "selected");
    }
    if (rows->empty()) d.ShowSection("EMPTY");
    else d.ShowSection("HAS_ROWS");
    for (const auto& r : *rows) {
      auto* row = d.AddSectionDictionary("ROW");
      row->SetValue("CASE_ID", r.case_id);
      row->SetValue("CHILD", r.child_name);
      row->SetValue("STAGE", r.stage);
      row->SetValue("NEXT", r.next_what.empty() ? "Nothing due" : r.next_what);
      row->SetValue("DUE", r.next_due ? long_date(*r.next_due) : "");
      row->SetValue("HOLDER", r.caseworker_name.empty() ? "Not yet assigned" : r.caseworker_name);
      if (r.overdue || r.due_soon) {
        auto* flag = row->AddSectionDictionary("FLAG");
        flag->SetValue("TAG", r.overdue ? "govuk-tag--red" : "govuk-tag--yellow");
        flag->SetValue("TEXT", r.overdue ? "Overdue" : "Due soon");
      }
    }
  }, &chrome));
}

// ---- One case -----------------------------------------------------------------------------

struct CaseForms {
  std::vector<FieldProblem> decision, advice, received;
  const FormFields* typed = nullptr;
};

Result<Response> case_page(Site& site, Request& req, const SignedIn& who, const app::CaseRecord& k, const CaseForms& forms) {
  const auto now = today();
  auto history = k.history();
  auto timeline = statutory::compute_timeline(history, now);
  if (!timeline) return std::unexpected(timeline.error());
  const auto summary = statutory::family_summary(history, *timeline, now);
  bool decided = false, assessed = false;
  for (const auto& e : k.events)
    if (e.event.type == statutory::EventType::decision_to_assess) {
      decided = true;
      assessed = e.event.outcome == statutory::Outcome::assess;
    }
  auto chrome = who.chrome();
  const bool may_act = council_team(who.session.role) && who.session.role != access::Role::panel_member;
  const bool any_problems = !forms.decision.empty() || !forms.advice.empty() || !forms.received.empty();
  auto r = Response::html(site.views.page("case.tpl", std::string(any_problems ? "Error: " : "") + k.child_name + ": " + summary.stage,
                                          [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", who.session.csrf_token);
    d.SetValue("CASE_ID", k.id);
    d.SetValue("CHILD_ID", k.child_id);
    d.SetValue("CHILD_NAME", k.child_name);
    d.SetValue("STAGE", summary.stage);
    d.SetValue("WHERE_NOW", summary.where_now);
    d.SetValue("NEXT_STEP", summary.next_step);
    d.SetValue("HOLDER", k.caseworker_name.empty() ? "Not yet assigned to a caseworker" : k.caseworker_name);
    if (req.query.get("requested") == "1") d.ShowSection("REQUESTED");
    for (const auto& can : summary.you_can) d.AddSectionDictionary("YOU_CAN")->SetValue("TEXT", can);
    if (!summary.you_can.empty()) d.ShowSection("HAS_YOU_CAN");
    for (const auto& m : timeline->milestones) {
      auto* row = d.AddSectionDictionary("MILESTONE");
      row->SetValue("WHAT", app::milestone_name(m.key));
      row->SetValue("DUE", long_date(m.due));
      row->SetValue("DONE", m.done ? long_date(*m.done) : "");
      row->SetValue("STATUS", status_label(m.status));
      row->SetValue("TAG", status_tag(m.status));
      row->SetValue("RULE", std::string(m.rule->regulation));
    }
    for (auto it = k.events.rbegin(); it != k.events.rend(); ++it) {
      auto* row = d.AddSectionDictionary("EVENT");
      row->SetValue("DATE", long_date(it->event.date));
      row->SetValue("WHAT", event_label(*it));
      if (!it->note.empty()) row->AddSectionDictionary("NOTE")->SetValue("TEXT", it->note);
    }
    if (!may_act) return;
    d.ShowSection("ACTIONS");
    if (!decided) {
      auto* f = d.AddSectionDictionary("DECISION_FORM");
      show_problems(d, forms.decision);
      show_problems(*f, forms.decision);
      if (forms.typed) {
        f->SetValue("REASONS", forms.typed->get("reasons"));
        f->SetValue(forms.typed->get("outcome") == "assess" ? "ASSESS_CHECKED" : forms.typed->get("outcome") == "not_assess" ? "NOT_ASSESS_CHECKED" : "NONE", "checked");
      }
    }
    if (assessed) {
      auto* f = d.AddSectionDictionary("ADVICE_FORM");
      show_problems(d, forms.advice);
      show_problems(*f, forms.advice);
      for (auto a : {statutory::Adviser::education, statutory::Adviser::health, statutory::Adviser::psychology,
                     statutory::Adviser::social_care, statutory::Adviser::preparing_for_adulthood, statutory::Adviser::other}) {
        auto* o = f->AddSectionDictionary("ADVISER");
        o->SetValue("VALUE", std::string(statutory::to_string(a)));
        std::string label(statutory::adviser_for_families(a));
        label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
        o->SetValue("LABEL", label);
      }
      auto* g = d.AddSectionDictionary("RECEIVED_FORM");
      show_problems(d, forms.received);
      show_problems(*g, forms.received);
      for (const auto& m : timeline->milestones) {
        if (!m.key.starts_with("advice:") || m.done) continue;
        auto* o = g->AddSectionDictionary("WAITING");
        o->SetValue("VALUE", std::string(m.key.substr(7)));
        o->SetValue("LABEL", app::milestone_name(m.key));
      }
    }
  }, &chrome));
  if (any_problems) r.status = 400;
  return r;
}

Result<std::pair<SignedIn, app::CaseRecord>> open(Site& site, const Request& req, access::Action action) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return fail(ErrorCode::unauthenticated, "");
  auto k = app::open_case_for(site.db, (*who)->actor, action, req.param("id"), "case.view", request_context(site, req));
  if (!k) return std::unexpected(k.error());
  return std::pair{**who, std::move(*k)};
}

Result<Response> show(Site& site, Request& req) {
  auto opened = open(site, req, access::Action::view_record);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  return case_page(site, req, opened->first, opened->second, {});
}

// The three forms share this: CSRF first, then the use case, then the page again with problems.
template <class Job>
Result<Response> submit(Site& site, Request& req, Job job, std::vector<FieldProblem> CaseForms::*slot) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  if (auto ok = check_state_change(req, *form, (*who)->session.csrf_token); !ok) return std::unexpected(ok.error());
  auto problems = job(**who, *form);
  if (!problems) return std::unexpected(problems.error());
  const std::string id = req.param("id");
  if (problems->empty()) return Response::redirect("/cases/" + id);
  auto opened = open(site, req, access::Action::view_record);
  if (!opened) return std::unexpected(opened.error());
  CaseForms forms;
  forms.*slot = *problems;
  forms.typed = &*form;
  return case_page(site, req, opened->first, opened->second, forms);
}

std::string date_from(const FormFields& f, const std::string& prefix) {
  auto day = f.get(prefix + "_day"), month = f.get(prefix + "_month"), year = f.get(prefix + "_year");
  if (day.empty() && month.empty() && year.empty()) return "";
  auto two = [](std::string s) { return s.size() == 1 ? "0" + s : s; };
  return year + "-" + two(month) + "-" + two(day);
}

Result<Response> decide(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::record_decision_to_assess(site.db, who.actor, {req.param("id"), f.get("outcome"), date_from(f, "date"), f.get("reasons")},
                                          request_context(site, req));
  }, &CaseForms::decision);
}

Result<Response> ask_advice(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::request_advice(site.db, who.actor, req.param("id"), f.get_all("advisers"), date_from(f, "date"),
                               request_context(site, req));
  }, &CaseForms::advice);
}

Result<Response> advice_received(Site& site, Request& req) {
  return submit(site, req, [&](const SignedIn& who, const FormFields& f) {
    return app::record_advice_received(site.db, who.actor, req.param("id"), f.get("adviser"), date_from(f, "received"),
                                       request_context(site, req));
  }, &CaseForms::received);
}

}  // namespace

Result<void> add_case_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/cases", "caseload", Access::signed_in, [&site](Request& r) { return caseload_page(site, r); }},
      {http::verb::get, "/cases/:id", "case", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/cases/:id/decision", "case_decision", Access::signed_in, [&site](Request& r) { return decide(site, r); }},
      {http::verb::post, "/cases/:id/advice-requests", "case_advice_requests", Access::signed_in,
       [&site](Request& r) { return ask_advice(site, r); }},
      {http::verb::post, "/cases/:id/advice-received", "case_advice_received", Access::signed_in,
       [&site](Request& r) { return advice_received(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 32 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
