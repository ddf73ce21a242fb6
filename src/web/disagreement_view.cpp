#include "web/disagreement_view.h"

#include "app/casework/caseload.h"
#include "app/disagreement/disagreement_record.h"
#include "app/disagreement/disagreement_steps.h"
#include "domain/disagreement/appealable.h"
#include "domain/disagreement/disagreement_summary.h"
#include "web/case_view.h"
#include "web/child_access.h"

namespace sendhub::web {
namespace {

using statutory::EventType;

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// What "carried out" means for the next step of an order, in the SEN team's words.
std::string carried_out_words(EventType step) {
  switch (step) {
    case EventType::assessment_notice_sent: return "Record that the family were told the council will assess";
    case EventType::draft_plan_issued: return "Record that the draft plan was sent";
    case EventType::final_plan_issued: return "Record that the final plan was issued";
    case EventType::amended_plan_issued: return "Record that the amended plan was issued";
    case EventType::plan_continued: return "Record that the plan continues";
    case EventType::plan_ceased: return "Record that the plan has ended";
    default: return "Record that the order was carried out";
  }
}

void choices(ctemplate::TemplateDictionary& f, const char* section, const std::string& name,
             const std::vector<disagreement::Choice>& list, const FormFields* typed) {
  for (const auto& c : list) {
    auto* o = f.AddSectionDictionary(section);
    o->SetValue("NAME", name);
    o->SetValue("VALUE", std::string(c.value));
    o->SetValue("LABEL", std::string(c.label));
    if (typed && typed->get(name) == c.value) o->SetValue("CHECKED", "checked");
  }
}

}  // namespace

std::string step_date_field(const std::string& step) { return step + "_on"; }

Result<void> show_disagreements(Site& site, ctemplate::TemplateDictionary& d, const SignedIn& who, const app::CaseRecord& k) {
  std::vector<app::DisagreementLink> links;
  auto read = site.db.read([&](store::Connection& c) -> Result<void> {
    auto found = app::disagreements_about(c, k.id);
    if (!found) return std::unexpected(found.error());
    links = std::move(*found);
    return {};
  });
  if (!read) return read;
  const bool council = council_team(who.session.role) && who.session.role != access::Role::panel_member;
  const bool may_record = council && !disagreement::appealable_decisions(k.history()).empty();
  if (links.empty() && !may_record) return {};
  auto* section = d.AddSectionDictionary("DISAGREEMENTS");
  section->SetValue("CASE_ID", k.id);
  if (may_record) section->ShowSection("MAY_RECORD");
  for (const auto& l : links) {
    auto* row = section->AddSectionDictionary("LINK");
    row->SetValue("ID", l.case_id);
    if (auto kind = disagreement::decision_kind_from_string(l.about)) row->SetValue("ABOUT", std::string(disagreement::decision_words(*kind)));
    if (auto on = calendar::parse_date(l.opened_on)) row->SetValue("OPENED_ON", long_date(*on));
    row->SetValue("STATE", l.open ? "open" : "closed");
    if (!l.order_case_id.empty()) {
      auto* order = row->AddSectionDictionary("ORDER");
      order->SetValue("ID", l.order_case_id);
      order->SetValue("STATE", l.order_open ? "the council is carrying it out" : "carried out");
    }
  }
  return {};
}

Result<Response> disagreement_page(Site& site, const Request&, const SignedIn& who, const app::CaseRecord& k,
                                   const DisagreementForms& forms) {
  const auto now = today();
  auto history = k.history();
  auto timeline = statutory::compute_timeline(history, now);
  if (!timeline) return std::unexpected(timeline.error());
  const auto summary = disagreement::disagreement_summary(history, *timeline, now);
  std::optional<app::DisagreementDetails> details;
  auto read = site.db.read([&](store::Connection& c) -> Result<void> {
    auto d = app::disagreement_details(c, k.id);
    if (!d) return std::unexpected(d.error());
    details = std::move(*d);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  const auto role = who.session.role;
  const bool council = council_team(role) && role != access::Role::panel_member;
  const bool order_case = k.process == statutory::Process::tribunal_order;
  const bool open = !k.closed_on;
  const std::vector<FieldProblem> none;
  auto problems_for = [&](const std::string& step) -> const std::vector<FieldProblem>& {
    return forms.step == step ? forms.problems : none;
  };
  auto typed_for = [&](const std::string& step) { return forms.step == step ? forms.typed : nullptr; };
  auto chrome = who.chrome();
  const std::string title = (forms.problems.empty() ? "" : "Error: ") + k.child_name + ": " + summary.stage;
  auto page = site.views.page("disagreement.tpl", title, [&](ctemplate::TemplateDictionary& d) {
    case_heading(d, who, k, summary, *timeline);
    show_problems(d, forms.problems);
    d.SetValue("WHAT", order_case ? "tribunal order" : "mediation and appeal");
    if (details) {
      auto* about = d.AddSectionDictionary("ABOUT");
      if (auto kind = disagreement::decision_kind_from_string(details->about))
        about->SetValue("DECISION", std::string(disagreement::decision_words(*kind)));
      about->SetValue("ABOUT_CASE_ID", details->about_case_id);
      if (auto on = calendar::parse_date(details->notice_on)) about->SetValue("NOTICE_ON", long_date(*on));
      about->SetValue("WHO", k.requested_by == "young_person" ? "The young person" : "The parent or carer");
      if (!details->mediation_outcome.empty())
        about->AddSectionDictionary("MEDIATION")->SetValue("OUTCOME", std::string(disagreement::label_of(disagreement::mediation_outcomes(), details->mediation_outcome)));
      if (!details->tribunal_reference.empty()) about->AddSectionDictionary("REFERENCE")->SetValue("REF", details->tribunal_reference);
      if (auto on = calendar::parse_date(details->hearing_on)) about->AddSectionDictionary("HEARING")->SetValue("ON", long_date(*on));
      if (!details->appeal_outcome.empty())
        about->AddSectionDictionary("APPEAL_OUTCOME")->SetValue("OUTCOME", std::string(disagreement::label_of(disagreement::appeal_outcomes(), details->appeal_outcome)));
      if (!order_case && !details->order_case_id.empty()) about->AddSectionDictionary("ORDER_LINK")->SetValue("ID", details->order_case_id);
      if (order_case) about->AddSectionDictionary("DISAGREEMENT_LINK")->SetValue("ID", details->case_id);
    }
    if (!open || !council) return;
    auto step_form = [&](const std::string& step, std::string_view legend, std::string_view hint) {
      auto* f = d.AddSectionDictionary(upper(step) + "_FORM");
      f->SetValue("CSRF_TOKEN", who.session.csrf_token);
      f->SetValue("CASE_ID", k.id);
      show_problems(*f, problems_for(step));
      date_input(*f, "DATE", step_date_field(step), legend, hint, typed_for(step), problems_for(step));
      return f;
    };
    if (order_case) {
      if (auto next = app::next_order_step(k)) {
        auto* f = step_form("carried_out", "Date it was done", "Leave empty for today. For example, 3 7 2025.");
        f->SetValue("HEADING", carried_out_words(*next));
      }
      return;
    }
    const bool contact = k.has(EventType::mediation_requested) || k.has(EventType::mediation_declined);
    const bool appeal = k.has(EventType::appeal_registered);
    if (!contact) {
      auto* f = step_form("mediation", "Date the family contacted the mediation adviser", "Leave empty for today.");
      choices(*f, "CHOICE", "mediation_choice", {{"requested", "They want mediation"}, {"declined", "They do not want mediation"}}, typed_for("mediation"));
    }
    if (k.has(EventType::mediation_requested) && !k.has(EventType::mediation_concluded)) {
      auto* f = step_form("mediation_held", "Date the mediation took place", "Leave empty for today.");
      choices(*f, "CHOICE", "mediation_held_choice", disagreement::mediation_outcomes(), typed_for("mediation_held"));
    }
    if ((k.has(EventType::mediation_concluded) || k.has(EventType::mediation_declined)) && !k.has(EventType::certificate_issued))
      step_form("certificate", "Date the certificate was issued", "Leave empty for today.");
    if (!appeal) {
      auto* f = step_form("appeal", "Date the tribunal registered the appeal", "Leave empty for today.");
      if (const auto* t = typed_for("appeal")) f->SetValue("TRIBUNAL_REFERENCE", t->get("tribunal_reference"));
      step_form("close", "Date the family decided not to appeal", "Leave empty for today.");
    }
    if (appeal && !k.has(EventType::la_response_sent)) step_form("response", "Date the council sent its response", "Leave empty for today.");
    if (appeal) {
      auto* f = step_form("appeal_ended", "Date of the tribunal's decision, or of the withdrawal", "Leave empty for today.");
      choices(*f, "CHOICE", "appeal_ended_choice", disagreement::appeal_outcomes(), typed_for("appeal_ended"));
      date_input(*f, "HEARING", "hearing_on", "Date of the hearing (if there was one)", "For example, 12 5 2026.",
                 typed_for("appeal_ended"), problems_for("appeal_ended"));
      const std::string chosen = typed_for("appeal_ended") ? typed_for("appeal_ended")->get("order") : "";
      for (auto o : {statutory::Order::assess, statutory::Order::make_plan, statutory::Order::amend, statutory::Order::name_school,
                     statutory::Order::continue_plan, statutory::Order::cease}) {
        auto* row = f->AddSectionDictionary("ORDER");
        row->SetValue("VALUE", std::string(statutory::to_string(o)));
        row->SetValue("LABEL", "The council must " + std::string(disagreement::order_words(o)));
        if (chosen == statutory::to_string(o)) row->SetValue("SELECTED", "selected");
      }
    }
  }, &chrome);
  auto r = Response::html(std::move(page));
  if (!forms.problems.empty()) r.status = 400;
  return r;
}

}  // namespace sendhub::web
