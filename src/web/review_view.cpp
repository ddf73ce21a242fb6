#include "web/review_view.h"

#include "app/casework/caseload.h"
#include "app/casework/plan_steps.h"
#include "app/plan/plan_records.h"
#include "app/review/review_meeting.h"
#include "app/review/review_record.h"
#include "domain/review/ceasing.h"
#include "domain/review/review_summary.h"
#include "web/case_view.h"
#include "web/child_access.h"
#include "web/disagreement_view.h"

namespace sendhub::web {
namespace {

using statutory::EventType;

const app::StoredEvent* find(const app::CaseRecord& k, EventType type) {
  for (const auto& e : k.events)
    if (e.event.type == type) return &e;
  return nullptr;
}

std::string problem_for(const std::vector<FieldProblem>& problems, const std::string& field) {
  for (const auto& p : problems)
    if (p.field == field) return p.message;
  return "";
}

}  // namespace

Result<Response> review_page(Site& site, const Request& req, const SignedIn& who, const app::CaseRecord& k, const ReviewForms& forms) {
  const auto now = today();
  auto history = k.history();
  auto timeline = statutory::compute_timeline(history, now);
  if (!timeline) return std::unexpected(timeline.error());
  const auto summary = review::review_summary(history, *timeline, now);
  std::optional<app::ReviewDetails> review;
  std::optional<plan::Plan> in_force;
  std::vector<app::PlanVersionSummary> versions;
  auto read = site.db.read([&](store::Connection& c) -> Result<void> {
    auto r = app::review_details(c, k.id);
    if (!r) return std::unexpected(r.error());
    if (!*r) return fail(ErrorCode::internal, "review " + k.id + " has no meeting row");
    review = std::move(*r);
    auto p = app::plan_in_force(c, review->plan_id);
    if (!p) return std::unexpected(p.error());
    in_force = std::move(*p);
    auto v = app::plan_versions(c, review->plan_id);
    if (!v) return std::unexpected(v.error());
    versions = std::move(*v);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  auto responses = app::family_responses(site.db, k.id);
  if (!responses) return std::unexpected(responses.error());
  auto advice = app::advice_for_case(site.db, k.id);
  if (!advice) return std::unexpected(advice.error());
  auto views = app::latest_family_views(site.db, k.child_id, now);
  if (!views) return std::unexpected(views.error());
  std::vector<app::AdviceRequest> mine;
  if (app::adviser_for_role(who.session.role) != statutory::Adviser::none) {
    auto requests = app::my_advice_requests(site.db, who.actor, now);
    if (!requests) return std::unexpected(requests.error());
    for (const auto& r : *requests)
      if (r.case_id == k.id) mine.push_back(r);
  }
  const auto role = who.session.role;
  const bool council = council_team(role) && role != access::Role::panel_member;
  const bool family = access::is_family(role);
  const bool leads = council || role == access::Role::school_senco;
  const auto* held = find(k, EventType::review_meeting_held);
  const auto* decision = find(k, EventType::review_decision);
  const auto* proposals = find(k, EventType::proposed_amendments_sent);
  const auto* amended = find(k, EventType::amended_plan_issued);
  const bool open = !k.closed_on;
  bool any_problems = false;
  for (const auto* p : {&forms.meeting, &forms.decision, &forms.reply, &forms.amended, &forms.advice})
    any_problems = any_problems || !p->empty();
  auto chrome = who.chrome();
  Result<void> listed, people;
  auto page = site.views.page("review.tpl", std::string(any_problems ? "Error: " : "") + k.child_name + ": " + summary.stage,
                              [&](ctemplate::TemplateDictionary& d) {
    case_heading(d, who, k, summary, *timeline);
    listed = show_disagreements(site, d, who, k);
    if (req.query.get("arranged") == "1") d.ShowSection("ARRANGED");
    if (!mine.empty()) d.AddSectionDictionary("WRITE_ADVICE")->SetValue("DUE", long_date(mine.front().due));
    advice_list(d, *advice);
    family_views(d, *views, k.child_id, family && open);
    if (auto on = calendar::parse_date(review->meeting_on)) d.SetValue("MEETING_ON", long_date(*on));
    d.SetValue("MEETING_WHERE", review->meeting_where.empty() ? "Not given" : review->meeting_where);
    for (const auto& v : review->invited)
      for (const auto& i : app::invitees())
        if (i.value == v) d.AddSectionDictionary("INVITED")->SetValue("WHO", std::string(i.label));
    // The plan: versions issued, with what changed in each.
    auto* plan = d.AddSectionDictionary("PLAN");
    plan->SetValue("CASE_ID", k.id);
    if (council && open && held && !amended) plan->ShowSection("MAY_EDIT");
    std::int64_t last_final = 0;
    for (const auto& v : versions) {
      auto* row = plan->AddSectionDictionary("VERSION");
      row->SetValue("CASE_ID", k.id);
      row->SetIntValue("NUMBER", v.version);
      row->SetValue("WHAT", v.status == "final" ? "Plan in force" : "Proposed changes");
      if (auto on = calendar::parse_date(v.plan_date)) row->SetValue("DATE", long_date(*on));
      // Each version against the plan in force before it: what the family were asked about, and what changed.
      if (last_final > 0) row->AddSectionDictionary("CHANGES")->SetIntValue("AGAINST", last_final);
      if (v.status == "final") last_final = v.version;
    }
    if (held) {
      auto* report = d.AddSectionDictionary("REPORT");
      report->SetValue("HELD_ON", long_date(held->event.date));
      report->SetValue("WORKING", review->working);
      report->SetValue("NOT_WORKING", review->not_working.empty() ? "Nothing recorded" : review->not_working);
      report->SetValue("CHANGES", review->changes);
      for (const auto& o : review->progress) {
        auto* row = report->AddSectionDictionary("PROGRESS");
        row->SetValue("OUTCOME", o.outcome_text);
        row->SetValue("YORK", o.york_outcome);
        row->SetValue("PROGRESS", std::string(app::progress_label(o.progress)));
        row->SetValue("COMMENT", o.comment);
      }
    }
    if (decision) {
      auto* dd = d.AddSectionDictionary("DECISION");
      dd->SetValue("ON", long_date(decision->event.date));
      dd->SetValue("WHAT", decision->event.outcome == statutory::Outcome::cease
                               ? "End the plan"
                           : decision->event.outcome == statutory::Outcome::amend ? "Change the plan" : "Keep the plan as it is");
      dd->SetValue("REASONS", decision->note.empty() ? "Not recorded" : decision->note);
      if (auto reason = review::cease_reason(review->cease_reason)) dd->AddSectionDictionary("CEASE")->SetValue("REASON", std::string(reason->label));
    }
    if (!responses->empty()) d.ShowSection("HAS_RESPONSES");
    for (const auto& r : *responses) {
      auto* row = d.AddSectionDictionary("RESPONSE");
      row->SetValue("FROM", r.author_name);
      row->SetValue("WHEN", r.submitted_at.substr(0, 10));
      row->SetValue("COMMENTS", r.comments.empty() ? "No comments" : r.comments);
      row->SetValue("SCHOOL", r.school_preference);
    }
    if (!open) return;
    if (leads && !held) {
      std::string due = "2 weeks before the meeting";
      for (const auto& m : timeline->milestones)
        if (m.key == "advice_circulated") due = "by " + long_date(m.due) + ", 2 weeks before the meeting";
      people = advice_people_fields(site, *form(d, "ADVICE_FORM", forms.advice, forms.typed, {}), k,
                                    "Who are you asking for advice for the review? It is due " + due + ".", forms.advice);
    }
    if (leads && !held) {
      auto* f = form(d, "MEETING_FORM", forms.meeting, forms.typed, {"working", "not_working", "changes"});
      date_input(*f, "HELD_ON", "held_on", "Date the meeting was held", "For example, 12 1 2027.", forms.typed, forms.meeting);
      date_input(*f, "ADVICE_CIRCULATED_ON", "advice_circulated_on", "Date the advice and reports were sent to everyone",
                 "At least 2 weeks before the meeting. For example, 22 12 2026.", forms.typed, forms.meeting);
      for (const auto& o : in_force ? in_force->outcomes : std::vector<plan::Outcome>{}) {
        auto* row = f->AddSectionDictionary("OUTCOME");
        row->SetValue("ID", o.id);
        row->SetValue("TEXT", o.text);
        row->SetValue("YORK", o.york_outcome);
        if (o.pfa_area) row->AddSectionDictionary("PFA")->SetValue("AREA", *o.pfa_area);
        const std::string chosen = forms.typed ? forms.typed->get("progress_" + o.id) : "";
        if (forms.typed) row->SetValue("COMMENT", forms.typed->get("comment_" + o.id));
        if (auto message = problem_for(forms.meeting, "progress_" + o.id); !message.empty()) {
          row->AddSectionDictionary("ERROR")->SetValue("MESSAGE", message);
          row->SetValue("GROUP_CLASS", "govuk-form-group--error");
        }
        for (const auto& c : app::progress_choices()) {
          auto* choice = row->AddSectionDictionary("CHOICE");
          choice->SetValue("ID", o.id);
          choice->SetValue("VALUE", std::string(c.value));
          choice->SetValue("LABEL", std::string(c.label));
          if (chosen == c.value) choice->SetValue("CHECKED", "checked");
        }
      }
    }
    if (council && held && !decision) {
      auto* f = form(d, "DECISION_FORM", forms.decision, forms.typed, {"reasons"});
      const std::string outcome = forms.typed ? forms.typed->get("outcome") : "";
      for (const char* o : {"maintain", "amend", "cease"})
        if (outcome == o) {
          std::string key = std::string(o) + "_CHECKED";
          for (auto& ch : key) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
          f->SetValue(key, "checked");
        }
      date_input(*f, "DATE", "date", "Date of the decision", "Leave empty for today. For example, 5 1 2027.", forms.typed, forms.decision);
      for (const auto& r : review::cease_reasons()) {
        auto* o = f->AddSectionDictionary("CEASE_REASON");
        o->SetValue("VALUE", std::string(r.code));
        o->SetValue("LABEL", std::string(r.label));
        if (forms.typed && forms.typed->get("cease_reason") == r.code) o->SetValue("SELECTED", "selected");
      }
      if (forms.typed && forms.typed->get("family_consulted") == "yes") f->SetValue("FAMILY_CONSULTED_CHECKED", "checked");
      if (forms.typed && forms.typed->get("setting_consulted") == "yes") f->SetValue("SETTING_CONSULTED_CHECKED", "checked");
    }
    if (family && proposals && !amended) {
      auto* f = form(d, "REPLY_FORM", forms.reply, forms.typed, {"comments", "school_preference"});
      if (forms.typed && forms.typed->get("no_comments") == "yes") f->SetValue("NO_COMMENTS_CHECKED", "checked");
    }
    if (council && proposals && !amended) form(d, "AMENDED_FORM", forms.amended, forms.typed, {});
  }, &chrome);
  if (!listed) return std::unexpected(listed.error());
  if (!people) return std::unexpected(people.error());
  auto r = Response::html(std::move(page));
  if (any_problems) r.status = 400;
  return r;
}

}  // namespace sendhub::web
