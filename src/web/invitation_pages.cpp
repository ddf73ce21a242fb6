// Invitations: accepting one (/invitations/accept), inviting staff (/people/invite) and inviting
// a family member or a professional to a child's record (/children/:id/invite).
#include "app/identity/people.h"
#include "web/child_access.h"
#include "web/form_problems.h"
#include "web/message_page.h"

namespace sendhub::web {
namespace {

using identity::InvitationDraft;

Response gone(Site& site) {
  return message_page(site, {"This invitation link has expired",
                             {"Invitation links work once, for 7 days. Ask the person who invited you to send a new one."},
                             {{"/sign-in", "Sign in, if you already have an account"}}, false, 404});
}

Response accept_page(Site& site, const Request& req, const app::OpenInvitation& inv, const std::string& token,
                     const std::vector<FieldProblem>& problems) {
  const std::string csrf = form_csrf_token(req);
  auto r = Response::html(site.views.page("accept_invitation.tpl", page_title("Accept your invitation", problems),
                                          [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", csrf);
    d.SetValue("TOKEN", token);
    d.SetValue("NAME", inv.display_name);
    d.SetValue("EMAIL", inv.email);
    d.SetValue("ROLE", std::string(access::describe(inv.role)));
    d.SetValue("FROM", inv.organisation_name);
    d.SetValue("EXPIRES", inv.expires_on);
    if (access::requires_two_factor(inv.role)) d.ShowSection("NEEDS_TWO_FACTOR");
    show_problems(d, problems);
    password_fields(d, problems);
  }));
  set_form_csrf_cookie(r, req, csrf);
  return r;
}

Result<Response> accept(Site& site, Request& req) {
  const std::string token = req.query.get("token");
  auto inv = app::find_invitation(site.db, token, app::unix_now());
  if (!inv) return std::unexpected(inv.error());
  if (!*inv) return gone(site);
  if (!(*inv)->account_exists) return accept_page(site, req, **inv, token, {});
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who)
    return message_page(site, {"You already have a SENDhub account",
                               {"Sign in with " + (*inv)->email + ", then open the link in your invitation email again "
                                "to accept it."},
                               {{"/sign-in", "Sign in"}}});
  auto chrome = (*who)->chrome();
  return Response::html(site.views.page("confirm_invitation.tpl", "Accept your invitation", [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", (*who)->session.csrf_token);
    d.SetValue("TOKEN", token);
    d.SetValue("ROLE", std::string(access::describe((*inv)->role)));
    d.SetValue("FROM", (*inv)->organisation_name);
  }, &chrome));
}

Result<Response> accept_submit(Site& site, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  const std::string token = form->get("token");
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (*who && form->has("existing_account")) {
    if (auto ok = check_state_change(req, *form, (*who)->session.csrf_token); !ok) return std::unexpected(ok.error());
    auto done = app::accept_invitation_existing_account(site.db, token, (*who)->session.user_id, request_context(site, req));
    if (!done && done.error().code == ErrorCode::not_found) return gone(site);
    if (!done && done.error().code == ErrorCode::forbidden) return message_page(site, {"This invitation is for someone else", {done.error().message}, {}, false, 403});
    if (!done) return std::unexpected(done.error());
    return Response::redirect("/children");
  }
  if (auto ok = check_form_csrf(req, *form); !ok) return std::unexpected(ok.error());
  auto inv = app::find_invitation(site.db, token, app::unix_now());
  if (!inv) return std::unexpected(inv.error());
  if (!*inv) return gone(site);
  const std::string password = form->get("password");
  if (password.empty()) return accept_page(site, req, **inv, token, {{"password", "Enter a password"}});
  if (password != form->get("password_confirm"))
    return accept_page(site, req, **inv, token, {{"password_confirm", "The passwords do not match. Type the same password twice"}});
  auto session = app::accept_invitation_new_account(site.db, site.hasher, token, password, request_context(site, req));
  if (!session && session.error().code == ErrorCode::not_found) return gone(site);
  if (!session && session.error().code == ErrorCode::invalid_input)
    return accept_page(site, req, **inv, token, {{"password", session.error().message}});
  if (!session) return std::unexpected(session.error());
  Response r = Response::redirect(session->session.two_factor_done ? "/children" : "/sign-in/set-up-two-factor");
  r.headers.emplace_back("Set-Cookie", session_cookie(req, session->token));
  return r;
}

// ---- Inviting staff -------------------------------------------------------------------------

constexpr access::Role staff_roles[] = {
    access::Role::sen_caseworker, access::Role::sen_manager, access::Role::panel_member,
    access::Role::educational_psychologist, access::Role::school_senco, access::Role::health_professional,
    access::Role::designated_clinical_officer, access::Role::social_worker, access::Role::analyst, access::Role::administrator,
};

void role_choices(ctemplate::TemplateDictionary& d, std::span<const access::Role> roles, const std::string& chosen) {
  for (auto role : roles) {
    auto* r = d.AddSectionDictionary("ROLE_CHOICE");
    r->SetValue("VALUE", std::string(access::to_string(role)));
    r->SetValue("LABEL", access::label(role));
    if (chosen == access::to_string(role)) r->SetValue("CHECKED", "checked");
  }
}

// Staff are invited to organisations the inviter manages; professionals on a case may work anywhere.
Result<void> organisation_choices(Site& site, ctemplate::TemplateDictionary& d, const access::Actor* manager,
                                  const std::string& chosen) {
  auto orgs = manager ? app::organisations_for(site.db, *manager) : app::all_organisations(site.db);
  if (!orgs) return std::unexpected(orgs.error());
  for (const auto& o : *orgs) {
    auto* r = d.AddSectionDictionary("ORGANISATION_CHOICE");
    r->SetValue("VALUE", o.id);
    r->SetValue("LABEL", o.name);
    if (chosen == o.id) r->SetValue("SELECTED", "selected");
  }
  return {};
}

// Name, email and role ({{>INVITE_FIELDS}}), as typed, with their problems.
void invite_fields(ctemplate::TemplateDictionary& page, const InvitationDraft& draft, std::span<const access::Role> roles,
                   const char* question, const std::vector<FieldProblem>& problems) {
  auto* d = page.AddIncludeDictionary("INVITE_FIELDS");
  d->SetFilename("invite_fields.tpl");
  d->SetValue("EMAIL", draft.email);
  d->SetValue("DISPLAY_NAME", draft.display_name);
  d->SetValue("ROLE_QUESTION", question);
  role_choices(*d, roles, draft.role);
  show_problems(*d, problems);
}

Result<void> organisation_field(Site& site, ctemplate::TemplateDictionary& page, const access::Actor* manager,
                                const std::string& chosen, const std::vector<FieldProblem>& problems) {
  auto* d = page.AddIncludeDictionary("ORGANISATION_FIELD");
  d->SetFilename("organisation_field.tpl");
  show_problems(*d, problems);
  return organisation_choices(site, *d, manager, chosen);
}

Result<Response> staff_form(Site& site, const SignedIn& who, const InvitationDraft& draft,
                            const std::vector<FieldProblem>& problems) {
  auto chrome = who.chrome();
  Result<void> filled;
  auto page = site.views.page("invite_staff.tpl", page_title("Invite someone to SENDhub", problems),
                              [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", who.session.csrf_token);
    show_problems(d, problems);
    invite_fields(d, draft, staff_roles, "Their role", problems);
    filled = organisation_field(site, d, &who.actor, draft.organisation_id, problems);
  }, &chrome);
  if (!filled) return std::unexpected(filled.error());
  return Response::html(std::move(page));
}

Result<Response> invite_staff(Site& site, Request& req) {
  auto who = people_manager(site, req);
  if (!who && who.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!who) return std::unexpected(who.error());
  return staff_form(site, *who, {}, {});
}

Result<Response> invite_staff_submit(Site& site, Request& req) {
  auto posted = people_manager_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  InvitationDraft draft{form.get("email"), form.get("display_name"), form.get("role"), form.get("organisation_id")};
  auto sent = app::send_invitation(site.db, (*posted)->who.actor, draft, request_context(site, req));
  if (!sent) return std::unexpected(sent.error());
  if (!sent->empty()) return staff_form(site, (*posted)->who, draft, *sent);
  return Response::redirect("/people?invited=1");
}

// ---- Inviting to a child's record -------------------------------------------------------------

constexpr access::Role child_roles[] = {
    access::Role::parent_carer, access::Role::young_person, access::Role::educational_psychologist,
    access::Role::health_professional, access::Role::designated_clinical_officer, access::Role::social_worker,
};

std::string two(const std::string& s) { return s.size() == 1 ? "0" + s : s; }

Result<Response> child_form(Site& site, const ChildAccess& opened, const InvitationDraft& draft,
                            const FormFields* typed, const std::vector<FieldProblem>& problems) {
  auto chrome = opened.who->chrome();
  Result<void> filled;
  auto page = site.views.page("invite_to_child.tpl", page_title("Invite someone to this record", problems),
                              [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", opened.who->session.csrf_token);
    d.SetValue("CHILD_ID", opened.child.id);
    d.SetValue("CHILD_NAME", opened.child.name);
    d.SetValue("CASE_ID", draft.case_id);
    if (typed)
      for (const char* part : {"until_day", "until_month", "until_year"}) {
        std::string upper = part;
        for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        d.SetValue(upper, typed->get(part));
      }
    show_problems(d, problems);
    invite_fields(d, draft, child_roles, "Who are you inviting?", problems);
    filled = organisation_field(site, d, nullptr, draft.organisation_id, problems);
  }, &chrome);
  if (!filled) return std::unexpected(filled.error());
  return Response::html(std::move(page));
}

Result<Response> invite_to_child(Site& site, Request& req) {
  auto opened = open_child(site, req, access::Action::edit_record, "record.view");
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  return child_form(site, *opened, {}, nullptr, {});
}

Result<Response> invite_to_child_submit(Site& site, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  // The CSRF and Origin checks come before anything is read or written, even the audit trail.
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  if (auto ok = check_state_change(req, *form, (*who)->session.csrf_token); !ok) return std::unexpected(ok.error());
  auto opened = open_child(site, req, access::Action::edit_record, "record.view");
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  InvitationDraft draft{form->get("email"), form->get("display_name"), form->get("role"), "", opened->child.id};
  auto role = access::role_from_string(draft.role);
  if (role && !access::is_family(*role)) {
    draft.organisation_id = form->get("organisation_id");
    draft.case_id = form->get("case_id");
    const auto day = form->get("until_day"), month = form->get("until_month"), year = form->get("until_year");
    if (!day.empty() || !month.empty() || !year.empty()) draft.involvement_until = year + "-" + two(month) + "-" + two(day);
  }
  auto sent = app::send_invitation(site.db, opened->who->actor, draft, request_context(site, req));
  if (!sent) return std::unexpected(sent.error());
  if (!sent->empty()) return child_form(site, *opened, draft, &*form, *sent);
  auto chrome = opened->who->chrome();
  return message_page(site, {"Invitation sent",
                             {draft.display_name + " has been sent an email with a link to join SENDhub. The link works "
                              "once, for 7 days.",
                              "When they accept, they will see " + opened->child.name + "'s record" +
                                  (access::is_family(*role) ? "." : " until their involvement ends.")},
                             {{"/children/" + opened->child.id, "Back to " + opened->child.name + "'s record"}}, true},
                      &chrome);
}

}  // namespace

Result<void> add_invitation_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/invitations/accept", "invitation_accept", Access::public_page, [&site](Request& r) { return accept(site, r); }},
      {http::verb::post, "/invitations/accept", "invitation_accept_submit", Access::public_page,
       [&site](Request& r) { return accept_submit(site, r); }},
      {http::verb::get, "/people/invite", "invite_staff", Access::signed_in, [&site](Request& r) { return invite_staff(site, r); }},
      {http::verb::post, "/people/invite", "invite_staff_submit", Access::signed_in,
       [&site](Request& r) { return invite_staff_submit(site, r); }},
      {http::verb::get, "/children/:id/invite", "invite_to_child", Access::signed_in,
       [&site](Request& r) { return invite_to_child(site, r); }},
      {http::verb::post, "/children/:id/invite", "invite_to_child_submit", Access::signed_in,
       [&site](Request& r) { return invite_to_child_submit(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 8192;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
