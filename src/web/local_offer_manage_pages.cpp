// Keeping the Local Offer current, for signed-in providers and the council's Local Offer team:
// the dashboard (their services, changes waiting, entries past their check date, problem
// reports), the edit form, approving changes and the change history. Anyone else gets 404.
#include "app/identity/sessions.h"
#include "app/local_offer/editing.h"
#include "app/local_offer/problem_reports.h"
#include "app/local_offer/reviews.h"
#include "web/form_problems.h"
#include "web/local_offer_web.h"
#include "web/message_page.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

constexpr std::size_t form_limit = 64 * 1024;

struct Editor {
  SignedIn who;
  lapp::DirectoryActor actor;
  bool team() const { return actor.role == lo::DirectoryRole::local_offer_team; }
};

calendar::Date today_utc() { return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()); }

std::string long_date(const std::string& iso) {
  auto d = calendar::parse_date(iso.substr(0, 10));
  return d ? calendar::format_long_date(*d) : "never";
}

// The signed-in person if they work on the directory; unauthenticated or not_found otherwise.
Result<Editor> editor(Site& site, const Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return fail(ErrorCode::unauthenticated, "");
  auto actor = lapp::load_directory_actor(site.db, (*who)->actor);
  if (!actor) return std::unexpected(actor.error());
  if (actor->role == lo::DirectoryRole::none) return fail(ErrorCode::not_found, "");
  return Editor{std::move(**who), std::move(*actor)};
}

struct PostedEdit {
  FormFields form;
  Editor editor;
};
Result<std::optional<PostedEdit>> editor_post(Site& site, const Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return std::optional<PostedEdit>{};
  auto actor = lapp::load_directory_actor(site.db, (*posted)->who.actor);
  if (!actor) return std::unexpected(actor.error());
  if (actor->role == lo::DirectoryRole::none) return fail(ErrorCode::not_found, "");
  return std::optional<PostedEdit>{PostedEdit{std::move((*posted)->form), Editor{std::move((*posted)->who), std::move(*actor)}}};
}

// Sends someone who is not signed in to the sign-in page instead of an error.
template <class F>
Result<Response> signed_in_page(Site& site, Request& req, F&& page) {
  auto e = editor(site, req);
  if (!e && e.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!e) return std::unexpected(e.error());
  return page(*e);
}

// What the last form did, shown once after its redirect (post, redirect, get).
std::string notice_for(const Request& req) {
  const auto done = req.query.get("done");
  const auto count = req.query.get("count").substr(0, 6);
  if (done == "published") return "Your changes are published.";
  if (done == "sent") return "Your changes have been sent to the Local Offer team for approval.";
  if (done == "checked") return "The entry is marked as checked today.";
  if (done == "approved") return "The change is published.";
  if (done == "turned_down") return "The change was turned down, and the provider has been emailed the reason.";
  if (done == "reminded" && std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return "Emailed the providers of " + (count.empty() ? std::string("0") : count) +
           " services past their check date. Each provider is emailed at most once a fortnight.";
  if (done == "closed") return "The report is closed.";
  return "";
}

Result<Response> dashboard(Site& site, Request& req) {
  const std::string notice = notice_for(req);
  return signed_in_page(site, req, [&](const Editor& e) -> Result<Response> {
    auto services = lapp::managed_services(site.db, e.actor, today_utc());
    if (!services) return std::unexpected(services.error());
    auto changes = lapp::pending_changes(site.db, e.actor);
    if (!changes) return std::unexpected(changes.error());
    auto problems = lapp::open_problem_reports(site.db, e.actor);
    if (!problems) return std::unexpected(problems.error());
    auto chrome = e.who.chrome();
    return Response::html(site.views.page("local_offer_manage.tpl", "Manage the Local Offer", [&](ctemplate::TemplateDictionary& d) {
      d.SetValue("CSRF_TOKEN", e.who.session.csrf_token);
      d.SetValue("ORGANISATION", e.actor.organisation_name);
      if (!notice.empty()) d.SetValueAndShowSection("TEXT", notice, "NOTICE");
      d.ShowSection(e.team() ? "TEAM" : "PROVIDER");
      d.SetValue("CHANGE_COUNT", std::to_string(changes->size()));
      for (const auto& c : *changes) {
        auto* row = d.AddSectionDictionary("CHANGE");
        row->SetValue("HREF", "/local-offer/manage/changes/" + c.id);
        row->SetValue("SERVICE", c.service_name);
        row->SetValue("BY", c.proposed_by + ", " + c.organisation_name);
        row->SetValue("WHEN", long_date(c.proposed_at));
        row->SetValue("FIELDS", std::to_string(c.changes.size()));
      }
      if (changes->empty()) d.ShowSection("NO_CHANGES");
      d.SetValue("PROBLEM_COUNT", std::to_string(problems->size()));
      int overdue = 0;
      for (const auto& m : *services) {
        auto* row = d.AddSectionDictionary(m.review.overdue ? "OVERDUE_SERVICE" : "CURRENT_SERVICE");
        if (m.review.overdue) ++overdue;
        row->SetValue("ID", m.service.id);
        row->SetValue("NAME", m.service.name);
        row->SetValue("ORGANISATION", m.organization_name);
        row->SetValue("STATUS", m.service.status);
        row->SetValue("LAST_CHECKED", long_date(m.service.assured_date));
        row->SetValue("DUE", m.review.due ? calendar::format_long_date(*m.review.due) : "now");
        row->SetValue("DAYS_OVERDUE", std::to_string(m.review.days_overdue));
        row->SetValue("REMINDED", m.reminder_sent_on.empty() ? "Not yet" : long_date(m.reminder_sent_on));
        if (m.change_waiting) row->ShowSection("WAITING");
      }
      d.SetValue("OVERDUE_COUNT", std::to_string(overdue));
      if (overdue == 0) d.ShowSection("NONE_OVERDUE");
    }, &chrome));
  });
}

void edit_fields(ctemplate::TemplateDictionary& d, const lo::ServiceEdit& e) {
  for (const auto& f : lo::editable_fields()) {
    std::string name;
    for (char c : f.key) name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    d.SetValue(name, e.*f.member);
  }
  const std::pair<const char*, const char*> statuses[] = {{"active", "Open"}, {"temporarily closed", "Temporarily closed"},
                                                          {"inactive", "Closed for good (hidden from families)"}};
  for (const auto& [value, label] : statuses) {
    auto* o = d.AddSectionDictionary("STATUS_OPTION");
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", label);
    if (e.status == value) o->SetValue("SELECTED", "selected");
  }
  const std::pair<const char*, const char*> starts[] = {{"", "Not said"}, {"referral", "They need a referral"},
                                                        {"appointment", "They book an appointment"}, {"drop-in", "They just turn up"},
                                                        {"membership", "They join as members"}};
  for (const auto& [value, label] : starts) {
    auto* o = d.AddSectionDictionary("ACCESS_OPTION");
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", label);
    if (e.attending_access == value) o->SetValue("SELECTED", "selected");
  }
  if (e.free == "yes") d.SetValue("FREE_YES", "checked");
  if (e.free == "no") d.SetValue("FREE_NO", "checked");
}

Result<Response> edit_form(Site& site, const Editor& e, const std::string& id, const std::optional<lo::ServiceEdit>& typed,
                           std::int64_t version, const std::vector<identity::FieldProblem>& problems) {
  auto m = lapp::managed_service(site.db, e.actor, id, today_utc());
  if (!m) return std::unexpected(m.error());
  auto chrome = e.who.chrome();
  auto r = Response::html(site.views.page("local_offer_edit.tpl", page_title("Edit " + m->service.name, problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", e.who.session.csrf_token);
    d.SetValue("ID", id);
    d.SetValue("TITLE", m->service.name);
    d.SetValue("ORGANISATION_NAME", m->organization_name);
    d.SetValue("VERSION", std::to_string(typed ? version : m->version));
    d.SetValue("LAST_CHECKED", long_date(m->service.assured_date));
    if (m->review.overdue) d.ShowSection("OVERDUE");
    if (m->change_waiting) d.ShowSection("WAITING");
    d.SetValue("SUBMIT", e.team() ? "Publish changes" : "Send changes for approval");
    if (!e.team()) d.ShowSection("PROVIDER");
    edit_fields(d, typed ? *typed : lo::edit_of(m->service));
    show_problems(d, problems);
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

lo::ServiceEdit edit_from(const FormFields& form) {
  lo::ServiceEdit e;
  for (const auto& f : lo::editable_fields()) e.*f.member = form.get(f.key);
  return e;
}

Result<Response> save_edit(Site& site, Request& req) {
  auto posted = editor_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const auto& e = (*posted)->editor;
  const auto typed = edit_from((*posted)->form);
  const auto version_text = (*posted)->form.get("version");
  const std::int64_t version = version_text.empty() || version_text.size() > 18 ? -1 : std::atoll(version_text.c_str());
  auto done = lapp::submit_edit(site.db, e.actor, req.param("id"), typed, version, request_context(site, req));
  if (!done) return std::unexpected(done.error());
  if (!done->problems.empty()) return edit_form(site, e, req.param("id"), typed, version, done->problems);
  return Response::redirect(std::string("/local-offer/manage?done=") + (done->published ? "published" : "sent"));
}

Result<Response> mark_checked(Site& site, Request& req) {
  auto posted = editor_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  if (auto ok = lapp::mark_checked(site.db, (*posted)->editor.actor, req.param("id"), request_context(site, req)); !ok)
    return std::unexpected(ok.error());
  return Response::redirect("/local-offer/manage?done=checked");
}

Result<Response> history(Site& site, Request& req) {
  return signed_in_page(site, req, [&](const Editor& e) -> Result<Response> {
    auto m = lapp::managed_service(site.db, e.actor, req.param("id"), today_utc());
    if (!m) return std::unexpected(m.error());
    auto rows = lapp::service_history(site.db, e.actor, req.param("id"));
    if (!rows) return std::unexpected(rows.error());
    auto chrome = e.who.chrome();
    return Response::html(site.views.page("local_offer_history.tpl", "Changes to " + m->service.name, [&](ctemplate::TemplateDictionary& d) {
      d.SetValue("ID", m->service.id);
      d.SetValue("NAME", m->service.name);
      for (const auto& h : *rows) {
        auto* row = d.AddSectionDictionary("CHANGE");
        row->SetValue("WHEN", h.last_action_date.substr(0, 10) + " " + h.last_action_date.substr(11, 5));
        row->SetValue("WHAT", h.last_action_type);
        row->SetValue("FIELD", h.field_name);
        row->SetValue("BEFORE", h.previous_value);
        row->SetValue("AFTER", h.replacement_value);
        row->SetValue("BY", h.updated_by);
      }
    }, &chrome));
  });
}

Result<Response> change_page(Site& site, Request& req, const std::string& note, const std::vector<identity::FieldProblem>& problems) {
  return signed_in_page(site, req, [&](const Editor& e) -> Result<Response> {
    auto c = lapp::pending_change(site.db, e.actor, req.param("id"));
    if (!c) return std::unexpected(c.error());
    auto chrome = e.who.chrome();
    auto r = Response::html(site.views.page("local_offer_change.tpl", page_title("Change to " + c->service_name, problems), [&](ctemplate::TemplateDictionary& d) {
      d.SetValue("CSRF_TOKEN", e.who.session.csrf_token);
      d.SetValue("ID", c->id);
      d.SetValue("SERVICE", c->service_name);
      d.SetValue("SERVICE_ID", c->service_id);
      d.SetValue("BY", c->proposed_by + ", " + c->organisation_name);
      d.SetValue("WHEN", long_date(c->proposed_at));
      d.SetValue("NOTE", note);
      for (const auto& ch : c->changes) {
        auto* row = d.AddSectionDictionary("FIELD");
        row->SetValue("LABEL", ch.label);
        row->SetValue("BEFORE", ch.before.empty() ? "(empty)" : ch.before);
        row->SetValue("AFTER", ch.after.empty() ? "(empty)" : ch.after);
      }
      for (const auto& f : c->conflicts) d.AddSectionDictionary("CONFLICT")->SetValue("FIELD", f);
      if (e.team()) d.ShowSection("DECIDE");
      show_problems(d, problems);
    }, &chrome));
    if (!problems.empty()) r.status = 400;
    return r;
  });
}

Result<Response> decide(Site& site, Request& req) {
  auto posted = editor_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const auto& form = (*posted)->form;
  const auto decision = form.get("decision");
  if (decision != "approve" && decision != "turn_down")
    return change_page(site, req, form.get("note"), {{"decision", "Select whether to publish the change"}});
  auto done = lapp::decide_change(site.db, (*posted)->editor.actor, req.param("id"), decision == "approve", form.get("note"),
                                  request_context(site, req));
  if (!done) return std::unexpected(done.error());
  if (!done->empty()) return change_page(site, req, form.get("note"), *done);
  return Response::redirect(std::string("/local-offer/manage?done=") + (decision == "approve" ? "approved" : "turned_down"));
}

Result<Response> problems_page(Site& site, Request& req) {
  const std::string notice = notice_for(req);
  return signed_in_page(site, req, [&](const Editor& e) -> Result<Response> {
    if (!e.team()) return fail(ErrorCode::not_found, "");
    auto reports = lapp::open_problem_reports(site.db, e.actor);
    if (!reports) return std::unexpected(reports.error());
    auto chrome = e.who.chrome();
    return Response::html(site.views.page("local_offer_problems.tpl", "Problems reported", [&](ctemplate::TemplateDictionary& d) {
      d.SetValue("CSRF_TOKEN", e.who.session.csrf_token);
      if (!notice.empty()) d.SetValueAndShowSection("TEXT", notice, "NOTICE");
      if (reports->empty()) d.ShowSection("NONE");
      for (const auto& r : *reports) {
        auto* row = d.AddSectionDictionary("REPORT");
        row->SetValue("ID", r.id);
        row->SetValue("SERVICE", r.service_name);
        row->SetValue("SERVICE_ID", r.service_id);
        row->SetValue("WHEN", long_date(r.reported_at));
        row->SetValue("WHAT", r.what_is_wrong);
        row->SetValue("DETAILS", r.details);
        if (!r.reply_email.empty()) row->SetValueAndShowSection("ADDRESS", r.reply_email, "REPLY");
      }
    }, &chrome));
  });
}

Result<Response> close_problem(Site& site, Request& req) {
  auto posted = editor_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  if (auto ok = lapp::close_problem_report(site.db, (*posted)->editor.actor, req.param("id"), request_context(site, req)); !ok)
    return std::unexpected(ok.error());
  return Response::redirect("/local-offer/manage/problems?done=closed");
}

Result<Response> send_reminders(Site& site, Request& req) {
  auto posted = editor_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  if (!(*posted)->editor.team()) return fail(ErrorCode::not_found, "");
  auto run = lapp::send_review_reminders(site.db, app::unix_now(), site.public_url);
  if (!run) return std::unexpected(run.error());
  return Response::redirect("/local-offer/manage?done=reminded&count=" + std::to_string(run->emailed));
}

}  // namespace

Result<void> add_local_offer_manage_pages(Site& site, std::shared_ptr<LocalOffer>) {
  Route routes[] = {
      {http::verb::get, "/local-offer/manage", "local_offer_manage", Access::signed_in,
       [&site](Request& r) { return dashboard(site, r); }},
      {http::verb::get, "/local-offer/manage/services/:id", "local_offer_edit", Access::signed_in, [&site](Request& r) {
         return signed_in_page(site, r, [&](const Editor& e) { return edit_form(site, e, r.param("id"), std::nullopt, 0, {}); });
       }},
      {http::verb::post, "/local-offer/manage/services/:id", "local_offer_edit_save", Access::signed_in,
       [&site](Request& r) { return save_edit(site, r); }},
      {http::verb::post, "/local-offer/manage/services/:id/checked", "local_offer_checked", Access::signed_in,
       [&site](Request& r) { return mark_checked(site, r); }},
      {http::verb::get, "/local-offer/manage/services/:id/history", "local_offer_history", Access::signed_in,
       [&site](Request& r) { return history(site, r); }},
      {http::verb::get, "/local-offer/manage/changes/:id", "local_offer_change", Access::signed_in,
       [&site](Request& r) { return change_page(site, r, "", {}); }},
      {http::verb::post, "/local-offer/manage/changes/:id", "local_offer_change_decide", Access::signed_in,
       [&site](Request& r) { return decide(site, r); }},
      {http::verb::get, "/local-offer/manage/problems", "local_offer_problems", Access::signed_in,
       [&site](Request& r) { return problems_page(site, r); }},
      {http::verb::post, "/local-offer/manage/problems/:id/close", "local_offer_problem_close", Access::signed_in,
       [&site](Request& r) { return close_problem(site, r); }},
      {http::verb::post, "/local-offer/manage/reminders", "local_offer_reminders", Access::signed_in,
       [&site](Request& r) { return send_reminders(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : form_limit;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
