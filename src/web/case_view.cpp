#include "web/case_view.h"

#include "web/disagreement_view.h"

#include "app/casework/advice.h"
#include "app/casework/case_messages.h"
#include "app/casework/caseload.h"
#include "app/casework/panels.h"
#include "app/record/documents.h"
#include "app/casework/family_views.h"
#include "app/casework/plan_steps.h"
#include "app/plan/plan_records.h"
#include "domain/statutory/family_summary.h"
#include "web/case_draft_stage.h"
#include "web/child_access.h"

namespace sendhub::web {

std::string long_date(calendar::Date d) { return calendar::format_long_date(d); }
std::string process_title(const std::string& process) {
  if (process == "ehc_needs_assessment") return "EHC needs assessment";
  if (process == "annual_review") return "Annual review";
  if (process == "disagreement") return "Mediation and appeal";
  if (process == "tribunal_order") return "Tribunal order";
  if (process == "reassessment") return "Re-assessment";
  if (process == "phase_transfer") return "Phase transfer";
  if (process == "la_transfer") return "Moving council";
  return process;
}
bool council_team(access::Role r) { return access::is_local_authority_casework(r); }

using statutory::Status;

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

namespace {

std::string capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
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

}  // namespace

ctemplate::TemplateDictionary* form(ctemplate::TemplateDictionary& d, const char* name, const std::vector<FieldProblem>& problems,
                                    const FormFields* typed, std::initializer_list<const char*> fields) {
  auto* f = d.AddSectionDictionary(name);
  show_problems(d, problems);
  show_problems(*f, problems);
  if (typed && !problems.empty())
    for (const char* field : fields) {
      std::string upper = field;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      f->SetValue(upper, typed->get(field));
    }
  return f;
}

void case_heading(ctemplate::TemplateDictionary& d, const SignedIn& who, const app::CaseRecord& k,
                  const statutory::FamilySummary& summary, const statutory::Timeline& timeline) {
  d.SetValue("CSRF_TOKEN", who.session.csrf_token);
  d.SetValue("CASE_ID", k.id);
  d.SetValue("CHILD_ID", k.child_id);
  d.SetValue("CHILD_NAME", k.child_name);
  d.SetValue("STAGE", summary.stage);
  d.SetValue("WHERE_NOW", summary.where_now);
  d.SetValue("NEXT_STEP", summary.next_step);
  d.SetValue("HOLDER", k.caseworker_name.empty() ? "Not yet assigned to a caseworker" : k.caseworker_name);
  for (const auto& can : summary.you_can) d.AddSectionDictionary("YOU_CAN")->SetValue("TEXT", can);
  if (!summary.you_can.empty()) d.ShowSection("HAS_YOU_CAN");
  for (const auto& m : timeline.milestones) {
    auto* row = d.AddSectionDictionary("MILESTONE");
    row->SetValue("WHAT", app::milestone_name(m.key));
    row->SetValue("DUE", long_date(m.due));
    row->SetValue("DONE", m.done ? long_date(*m.done) : "");
    row->SetValue("STATUS", status_label(m.status));
    row->SetValue("TAG", status_tag(m.status));
    row->SetValue("RULE", std::string(m.rule->regulation));
  }
}

namespace {

}  // namespace

Result<void> advice_people_fields(Site& site, ctemplate::TemplateDictionary& form, const app::CaseRecord& k, std::string_view legend,
                                  const std::vector<FieldProblem>& problems) {
  auto* f = form.AddIncludeDictionary("ADVICE_PEOPLE");
  f->SetFilename("advice_people.tpl");
  f->SetValue("LEGEND", std::string(legend));
  show_problems(*f, problems);
  return site.db.read([&](store::Connection& c) -> Result<void> {
    auto people = app::people_who_advise_all(c, k.la_code);
    if (!people) return std::unexpected(people.error());
    for (auto a : {statutory::Adviser::education, statutory::Adviser::health, statutory::Adviser::psychology,
                   statutory::Adviser::social_care, statutory::Adviser::preparing_for_adulthood, statutory::Adviser::other}) {
      auto* o = f->AddSectionDictionary("ADVISER");
      o->SetValue("VALUE", std::string(statutory::to_string(a)));
      o->SetValue("LABEL", capitalised(statutory::adviser_for_families(a)));
      auto found = people->find(a);
      if (found == people->end() || found->second.empty()) continue;
      auto* choose = o->AddSectionDictionary("PEOPLE");
      for (const auto& p : found->second) {
        auto* option = choose->AddSectionDictionary("PERSON");
        option->SetValue("ID", p.user_id);
        option->SetValue("NAME", p.label);
      }
    }
    return {};
  });
}

void family_views(ctemplate::TemplateDictionary& d, const std::optional<app::StoredFamilyViews>& views, const std::string& child_id,
                  bool family_may_add) {
  auto* inc = d.AddIncludeDictionary("FAMILY_VIEWS");
  inc->SetFilename("family_views.tpl");
  inc->SetValue("CHILD_ID", child_id);
  if (views) {
    auto* v = inc->AddSectionDictionary("VIEWS");
    v->SetValue("LIKE", views->views.like_about_me);
    v->SetValue("IMPORTANT", views->views.important_to_me);
    v->SetValue("SUPPORT", views->views.support_me);
    v->SetValue("HOPES", views->views.my_hopes);
    v->SetValue("BY", views->author_name);
    if (auto on = calendar::parse_date(views->submitted_on)) v->SetValue("ON", long_date(*on));
    if (views->out_of_date) v->ShowSection("OUT_OF_DATE");
  } else {
    inc->ShowSection("NO_VIEWS");
  }
  if (family_may_add) inc->ShowSection("FAMILY_CAN_ADD_VIEWS");
}

void advice_list(ctemplate::TemplateDictionary& d, const std::vector<app::SubmittedAdvice>& advice) {
  auto* list = d.AddIncludeDictionary("ADVICE_LIST");
  list->SetFilename("advice_list.tpl");
  if (!advice.empty()) list->ShowSection("HAS_ADVICE");
  for (const auto& a : advice) {
    auto* row = list->AddSectionDictionary("ADVICE");
    row->SetValue("FROM", capitalised(statutory::adviser_for_families(a.adviser)) + " (" + a.author_name + ")");
    row->SetValue("NEEDS", a.needs);
    row->SetValue("OUTCOMES", a.outcomes);
    for (const auto& p : a.provision) {
      auto* item = row->AddSectionDictionary("PROVISION");
      item->SetValue("WHAT", p.what);
      item->SetValue("WHO", p.who);
      item->SetValue("HOW_OFTEN", p.how_often);
      item->SetValue("HOW_LONG", p.how_long);
    }
  }
}

Result<Response> case_page(Site& site, const Request& req, const SignedIn& who, const app::CaseRecord& k,
                           const CaseForms& forms) {
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
  const bool drafted = k.has(statutory::EventType::draft_plan_issued), final_issued = k.has(statutory::EventType::final_plan_issued);
  auto advice = app::advice_for_case(site.db, k.id);
  if (!advice) return std::unexpected(advice.error());
  auto responses = app::family_responses(site.db, k.id);
  if (!responses) return std::unexpected(responses.error());
  std::vector<app::AdviceRequest> mine;
  if (app::adviser_for_role(who.session.role) != statutory::Adviser::none) {
    auto requests = app::my_advice_requests(site.db, who.actor, now);
    if (!requests) return std::unexpected(requests.error());
    for (const auto& r : *requests)
      if (r.case_id == k.id) mine.push_back(r);
  }
  bool may_contribute = false, has_plan = false, plan_sent = false;
  auto resource_read = site.db.read([&](store::Connection& c) -> Result<void> {
    auto plan = app::plan_for_case(c, k.id);
    if (!plan) return std::unexpected(plan.error());
    has_plan = plan->has_value();
    if (has_plan) {
      auto versions = app::plan_versions(c, (*plan)->id);
      if (!versions) return std::unexpected(versions.error());
      plan_sent = !versions->empty();
    }
    Result<std::optional<access::Resource>> resource = k.resource;
    if (!k.resource) resource = app::case_resource(c, k);
    if (!resource) return std::unexpected(resource.error());
    may_contribute = *resource && access::may(who.actor, access::Action::contribute_advice, **resource, now).allowed;
    return {};
  });
  if (!resource_read) return std::unexpected(resource_read.error());
  auto documents = app::documents_for(site.db, k.child_id, k.id);
  if (!documents) return std::unexpected(documents.error());
  auto upcoming = app::panels_for(site.db, who.actor, now, false);
  if (!upcoming) return std::unexpected(upcoming.error());
  auto messages = app::case_messages(site.db, k.id);
  if (!messages) return std::unexpected(messages.error());
  auto views = app::latest_family_views(site.db, k.child_id, now);
  if (!views) return std::unexpected(views.error());
  auto chrome = who.chrome();
  const bool may_act = council_team(who.session.role) && who.session.role != access::Role::panel_member;
  const bool family = access::is_family(who.session.role);
  bool any_problems = false;
  for (const auto* p : {&forms.decision, &forms.advice, &forms.received, &forms.draft, &forms.response, &forms.final_plan,
                        &forms.not_to_issue, &forms.withdraw, &forms.exception, &forms.message, &forms.document, &forms.chase,
                        &forms.consult, &forms.consult_answer, &forms.meeting, &forms.arrange})
    any_problems = any_problems || !p->empty();
  Result<void> filled, drawn, listed;
  auto page = site.views.page("case.tpl", std::string(any_problems ? "Error: " : "") + k.child_name + ": " + summary.stage,
                              [&](ctemplate::TemplateDictionary& d) {
    case_heading(d, who, k, summary, *timeline);
    listed = show_disagreements(site, d, who, k);
    if (req.query.get("requested") == "1") d.ShowSection("REQUESTED");
    if (!mine.empty()) d.AddSectionDictionary("WRITE_ADVICE")->SetValue("DUE", long_date(mine.front().due));
    for (auto it = k.events.rbegin(); it != k.events.rend(); ++it) {
      auto* row = d.AddSectionDictionary("EVENT");
      row->SetValue("DATE", long_date(it->event.date));
      row->SetValue("WHAT", event_label(*it));
      if (!it->note.empty()) row->AddSectionDictionary("NOTE")->SetValue("TEXT", it->note);
    }
    advice_list(d, *advice);
    if (!k.named_setting.empty()) d.AddSectionDictionary("NAMED")->SetValue("SETTING", k.named_setting);
    const bool may_write_plan = may_act && assessed && !k.closed_on;
    if (plan_sent || (has_plan && may_write_plan) || may_write_plan) {
      auto* link = d.AddSectionDictionary("PLAN_LINK");
      link->SetValue("SAYS", plan_sent ? (final_issued ? "The final plan has been issued." : "The draft plan has been sent.")
                             : has_plan ? "The plan is being written." : "The plan has not been started.");
      link->SetValue("LINK_TEXT", may_write_plan ? (has_plan ? "Write and check the plan" : "Start writing the plan")
                                  : final_issued ? "Read the final plan" : "Read the draft plan");
    }
    if (drafted && !k.draft_summary.empty()) d.AddSectionDictionary("DRAFT")->SetValue("SUMMARY", k.draft_summary);
    if (!responses->empty()) d.ShowSection("HAS_RESPONSES");
    for (const auto& r : *responses) {
      auto* row = d.AddSectionDictionary("RESPONSE");
      row->SetValue("FROM", r.author_name);
      row->SetValue("WHEN", r.submitted_at.substr(0, 10));
      row->SetValue("COMMENTS", r.comments);
      row->SetValue("SCHOOL", r.school_preference);
    }
    family_views(d, *views, k.child_id, family && !k.closed_on);
    {
      auto* docs = d.AddSectionDictionary("DOCUMENTS");
      if (documents->empty()) docs->ShowSection("NO_DOCUMENTS");
      for (const auto& doc : *documents) {
        auto* row = docs->AddSectionDictionary("DOCUMENT");
        row->SetValue("ID", doc.id);
        row->SetValue("TITLE", doc.title);
        row->SetValue("FILENAME", doc.filename);
        row->SetValue("SIZE", std::to_string((doc.size_bytes + 1023) / 1024) + "KB");
        row->SetValue("BY", doc.uploaded_by_name);
        row->SetValue("WHEN", doc.uploaded_at.substr(0, 10));
      }
      if (!k.closed_on && may_contribute) form(*docs, "UPLOAD_FORM", forms.document, forms.typed, {"title"});
      show_problems(d, forms.document);
    }
    const bool may_message = family || may_act;
    if (may_message || !messages->empty()) {
      auto* thread = d.AddSectionDictionary("MESSAGES");
      if (messages->empty()) thread->ShowSection("NO_MESSAGES");
      for (const auto& m : *messages) {
        auto* row = thread->AddSectionDictionary("MESSAGE_ROW");
        row->SetValue("FROM", m.author_name + (m.from_family ? " (family)" : " (SEN team)"));
        row->SetValue("WHEN", m.sent_at.substr(0, 10) + " " + m.sent_at.substr(11, 5));
        row->SetValue("BODY", m.body);
      }
      if (may_message) form(*thread, "MESSAGE_FORM", forms.message, forms.typed, {"message"});
      show_problems(d, forms.message);
    }
    if (family && drafted && !final_issued)
      form(d, "RESPONSE_FORM", forms.response, forms.typed, {"comments", "school_preference"});
    drawn = draw_draft_stage(site, d, who, k, {drafted, final_issued, may_act, family}, forms);
    if (!k.closed_on && !final_issued && (family || may_act))
      form(d, "WITHDRAW_FORM", forms.withdraw, forms.typed, {"withdraw_reason"});
    if (!may_act || k.closed_on) return;
    d.ShowSection("ACTIONS");
    if (!decided) {
      auto* f = form(d, "DECISION_FORM", forms.decision, forms.typed, {"reasons"});
      if (forms.typed) f->SetValue(forms.typed->get("outcome") == "assess" ? "ASSESS_CHECKED" : "NOT_ASSESS_CHECKED",
                                   forms.typed->get("outcome").empty() ? "" : "checked");
    }
    if (assessed && !drafted) {
      filled = advice_people_fields(site, *form(d, "ADVICE_FORM", forms.advice, forms.typed, {}), k,
                                    "Who are you asking today? Each has 6 weeks.", forms.advice);
      auto* chase = form(d, "CHASE_FORM", forms.chase, forms.typed, {});
      for (const auto& m : timeline->milestones)
        if (m.key.starts_with("advice:") && !m.done && m.status != Status::not_applicable) {
          auto* o = chase->AddSectionDictionary("CHASE_OPTION");
          o->SetValue("VALUE", std::string(m.key.substr(7)));
          o->SetValue("LABEL", app::milestone_name(m.key) + (m.status == Status::overdue ? " (overdue)" : ", due " + long_date(m.due)));
        }
      auto* g = form(d, "RECEIVED_FORM", forms.received, forms.typed, {});
      for (const auto& m : timeline->milestones) {
        if (!m.key.starts_with("advice:") || m.done) continue;
        auto* o = g->AddSectionDictionary("WAITING");
        o->SetValue("VALUE", std::string(m.key.substr(7)));
        o->SetValue("LABEL", app::milestone_name(m.key));
      }
      form(d, "DRAFT_FORM", forms.draft, forms.typed, {"summary"});
    }
    if (drafted && !final_issued) form(d, "FINAL_FORM", forms.final_plan, forms.typed, {});
    if (!upcoming->empty()) {
      auto* f = d.AddSectionDictionary("PANEL_FORM");
      for (const auto& p : *upcoming) {
        auto* o = f->AddSectionDictionary("PANEL_OPTION");
        o->SetValue("ID", p.id);
        if (auto on = calendar::parse_date(p.meets_on)) o->SetValue("DATE", long_date(*on));
      }
    }
    if (assessed && !drafted) form(d, "NOT_ISSUE_FORM", forms.not_to_issue, forms.typed, {"not_issue_reasons"});
    auto* x = form(d, "EXCEPTION_FORM", forms.exception, forms.typed, {"exception_note"});
    for (auto [value, label] : {std::pair{"institution_closure", "The school or college was closed (for 4 weeks or more)"},
                                {"absence_from_area", "The child or family was away from the area for 4 weeks or more"},
                                {"exceptional_personal_circumstances", "Exceptional personal circumstances of the child or family"}}) {
      auto* o = x->AddSectionDictionary("EXCEPTION_TYPE");
      o->SetValue("VALUE", value);
      o->SetValue("LABEL", label);
      if (forms.typed && forms.typed->get("exception_type") == value) o->SetValue("SELECTED", "selected");
    }
    date_input(*x, "EXCEPTION_FROM", "exception_from", "It started on", "For example, 1 3 2025.", forms.typed, forms.exception);
    date_input(*x, "EXCEPTION_TO", "exception_to", "It ended on", "For a school closure, the day it reopened.", forms.typed, forms.exception);
  }, &chrome);
  if (!filled) return std::unexpected(filled.error());
  if (!listed) return std::unexpected(listed.error());
  if (!drawn) return std::unexpected(drawn.error());
  auto r = Response::html(std::move(page));
  if (any_problems) r.status = 400;
  return r;
}

}  // namespace sendhub::web
