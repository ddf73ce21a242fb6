// /children and /children/:id: the records a signed-in person may see, each read decided by
// access::may() and written to the audit trail. A record the person may not see answers 404.
#include "app/casework/cases.h"
#include "app/casework/request_draft.h"
#include "app/complaints/complaints.h"
#include "app/record/child_record.h"
#include "domain/identifiers/identifiers.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "domain/statutory/decision_rights.h"
#include "web/case_view.h"
#include "web/child_access.h"

namespace sendhub::web {
namespace {

Result<Response> list(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  auto children = load_children(site, "");
  if (!children) return std::unexpected(children.error());
  std::vector<const ChildRow*> visible;
  for (const auto& child : *children)
    if (access::may((*who)->actor, access::Action::view_record, child.resource, today())) visible.push_back(&child);
  std::vector<std::pair<std::string, std::string>> listed;
  for (const auto* child : visible) listed.emplace_back(child->id, child->la_code);
  if (auto ok = audit_list(site, req, **who, listed); !ok) return std::unexpected(ok.error());
  auto chrome = (*who)->chrome();
  return Response::html(site.views.page("children.tpl", "Children's records", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("DISPLAY_NAME", (*who)->display_name);
    d.SetValue("ROLE", std::string(access::describe((*who)->session.role)));
    if (visible.empty()) {
      d.AddSectionDictionary("NONE")->SetValue(
          "WHY", (*who)->session.role == access::Role::analyst
                     ? "Your role sees area figures only, never an individual child's record."
                     : "There are no records you can see yet. You see a child's record when you are asked to help with it.");
    } else {
      d.ShowSection("HAS_CHILDREN");
    }
    for (const auto* child : visible) {
      auto* row = d.AddSectionDictionary("CHILD");
      row->SetValue("ID", child->id);
      row->SetValue("NAME", child->name);
    }
  }, &chrome));
}

Result<Response> show(Site& site, Request& req) {
  auto opened = open_child(site, req, access::Action::view_record, "record.view");
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  const auto& who = opened->who;
  const ChildRow& child = opened->child;
  auto details = app::current_child_details(site.db, child.id);
  if (!details) return std::unexpected(details.error());
  auto cases = app::cases_for_child(site.db, child.id);
  if (!cases) return std::unexpected(cases.error());
  // A request this person started and saved, to carry on with.
  std::optional<std::string> saved_request;
  if (access::may(who->actor, access::Action::contribute_advice, child.resource, today())) {
    auto draft = app::load_request_draft(site.db, who->actor, child.id, request_context(site, req));
    if (!draft) return std::unexpected(draft.error());
    if (!draft->updated_at.empty()) saved_request = draft->updated_at;
  }
  const bool complaints_shown = app::may_complain(who->actor, child.resource, today());
  std::vector<app::ComplaintRecord> complaints;
  if (complaints_shown) {
    auto found = app::complaints_of_child(site.db, child.id);
    if (!found) return std::unexpected(found.error());
    complaints = std::move(*found);
  }
  auto chrome = who->chrome();
  return Response::html(site.views.page("child.tpl", child.name, [&](ctemplate::TemplateDictionary& d) {
    if (complaints_shown) {
      auto* section = d.AddSectionDictionary("COMPLAINTS");
      section->SetValue("CHILD_ID", child.id);
      section->SetValue("ASK", access::is_family(who->session.role) ? "Make a complaint" : "Record a complaint");
      if (complaints.empty()) section->ShowSection("NONE");
      for (const auto& k : complaints) {
        auto* row = section->AddSectionDictionary("COMPLAINT");
        row->SetValue("ID", k.id);
        row->SetValue("TOPIC", std::string(complaints::label_of(complaints::topics(), k.topic)));
        if (auto on = calendar::parse_date(k.received_on)) row->SetValue("RECEIVED_ON", calendar::format_long_date(*on));
        row->SetValue("STATE", k.outcome.empty() ? "waiting for a reply" : "answered");
      }
    }
    d.SetValue("NAME", child.name);
    d.SetValue("DATE_OF_BIRTH", child.date_of_birth);
    d.SetValue("SETTING", child.setting);
    d.SetValue("LA", child.la_name);
    if (auto dob = calendar::parse_date(child.date_of_birth)) {
      const auto leaving = calendar::format_long_date(statutory::end_of_compulsory_school_age(*dob));
      d.SetValue("DECISIONS", child.resource.young_person_holds_rights
                                  ? "The young person, since the end of compulsory school age (" + leaving + ")"
                                  : "Parents and carers, until the end of compulsory school age on " + leaving +
                                        "; then the young person");
    }
    d.SetValue("ID", child.id);
    if (access::may(who->actor, access::Action::view_record_access_log, child.resource, today())) d.ShowSection("CAN_SEE_ACCESS_LOG");
    if (access::may(who->actor, access::Action::edit_record, child.resource, today())) d.ShowSection("CAN_INVITE");
    if (access::is_sen_team(who->session.role) && access::may(who->actor, access::Action::make_decision, child.resource, today()))
      d.ShowSection("CAN_MOVE");
    bool open_assessment = false;
    for (const auto& k : *cases) {
      auto* row = d.AddSectionDictionary("CASE");
      row->SetValue("CASE_ID", k.id);
      row->SetValue("WHAT", process_title(k.process));
      if (auto opened = calendar::parse_date(k.opened_on)) row->SetValue("OPENED", calendar::format_long_date(*opened));
      row->SetValue("STATE", k.open ? "open" : "closed");
      open_assessment = open_assessment || (k.open && k.process == "ehc_needs_assessment");
    }
    if (!cases->empty()) d.ShowSection("HAS_CASES");
    auto meaning = [](std::span<const record::Code> codes, const std::string& code) {
      for (const auto& c : codes)
        if (c.code == code) return std::string(c.meaning);
      return code;
    };
    const auto& v = details->details;
    for (auto [label, value] : {std::pair<const char*, std::string>{"UPN", v.upn},
                                {"NHS number", v.nhs_number.empty() ? "" : identifiers::format_nhs_number(v.nhs_number)},
                                {"Postcode", v.postcode},
                                {"Sex", meaning(record::sexes(), v.sex)},
                                {"Ethnic group", meaning(record::ethnicities(), v.ethnicity)},
                                {"First language", v.first_language},
                                {"Communication needs", v.communication_needs},
                                {"Year group", v.year_group},
                                {"Primary need", meaning(record::needs(), v.primary_need)},
                                {"Secondary need", meaning(record::needs(), v.secondary_need)}}) {
      auto* row = d.AddSectionDictionary("DETAIL");
      row->SetValue("LABEL", label);
      row->SetValue("VALUE", value.empty() ? "Not recorded" : value);
    }
    if (access::may(who->actor, access::Action::edit_record, child.resource, today())) d.ShowSection("CAN_EDIT_DETAILS");
    if (details->version > 0) d.ShowSection("HAS_DETAIL_HISTORY");
    if (req.query.get("details") == "saved") d.ShowSection("DETAILS_SAVED");
    if (access::is_family(who->session.role)) d.ShowSection("FAMILY");
    if (req.query.get("views") == "saved") d.ShowSection("VIEWS_SAVED");
    if (!open_assessment && access::may(who->actor, access::Action::contribute_advice, child.resource, today())) {
      auto* can = d.AddSectionDictionary("CAN_REQUEST");
      can->SetValue("ASK", saved_request ? "Carry on with your request for an EHC needs assessment" : "Ask for an EHC needs assessment");
      if (saved_request) can->AddSectionDictionary("SAVED")->SetValue("ON", saved_request->substr(0, 10));
    }
  }, &chrome));
}

std::string describe_action(const audit::AuditEntry& e) {
  std::string what = e.action == "record.view"         ? "Opened the record"
                     : e.action == "record.list"       ? "Saw the name in a list"
                     : e.action == "record.access_log" ? "Looked at this list"
                     : e.action == "invitation.send"   ? "Invited someone to help with this record"
                     : e.action == "invitation.accept" ? "Accepted an invitation to this record"
                                                       : e.action;
  return e.outcome == "refused" ? what + " (refused: not allowed)" : what;
}

// The family's view of the audit trail: which roles looked at their child's record, and when.
Result<Response> who_looked(Site& site, Request& req) {
  auto opened = open_child(site, req, access::Action::view_record_access_log, "record.access_log");
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  const ChildRow& child = opened->child;
  auto entries = app::read_audit(site.db, {child.id});
  if (!entries) return std::unexpected(entries.error());
  auto chrome = opened->who->chrome();
  return Response::html(site.views.page("who_looked.tpl", "Who has looked at this record", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("NAME", child.name);
    d.SetValue("ID", child.id);
    if (entries->empty()) d.ShowSection("NONE");
    else d.ShowSection("HAS_ENTRIES");
    for (auto it = entries->rbegin(); it != entries->rend(); ++it) {
      auto* row = d.AddSectionDictionary("ENTRY");
      std::string when = it->at;
      if (when.size() >= 16) when = when.substr(0, 10) + " " + when.substr(11, 5);
      row->SetValue("WHEN", when);
      auto role = access::role_from_string(it->actor_role);
      row->SetValue("WHO", role ? std::string(access::describe(*role)) : std::string("unknown"));
      row->SetValue("WHAT", describe_action(*it));
    }
  }, &chrome));
}

}  // namespace

Result<void> add_children_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/children", "children", Access::signed_in, [&site](Request& r) { return list(site, r); }},
      {http::verb::get, "/children/:id", "child", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::get, "/children/:id/who-looked", "child_who_looked", Access::signed_in,
       [&site](Request& r) { return who_looked(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = 0;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
