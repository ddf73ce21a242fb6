// /cases/:id/plan: the EHC plan on a case. Everyone entitled to the child's record reads the
// versions sent to the family (and prints them, and sees what changed between them); the council
// writes the plan one form at a time (/cases/:id/plan/edit/:kind), each save checked against the
// edit lock of the sections it touches.
#include <charconv>

#include "app/plan/plan_editor.h"
#include "app/plan/plan_sources.h"
#include "domain/plan/plan_changes.h"
#include "domain/plan/plan_json.h"
#include "domain/plan/plan_readiness.h"
#include "web/child_access.h"
#include "web/plan_forms.h"
#include "web/plan_view.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

std::string anchor(const std::string& section) {
  std::string a = section.empty() || section == "plan" ? "a" : section;
  for (auto& c : a) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return a;
}

std::int64_t number(const std::string& s) {
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc{} && end == s.data() + s.size() && n > 0 ? n : 0;
}

Result<std::pair<SignedIn, app::PlanWorkspace>> open(Site& site, const Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return fail(ErrorCode::unauthenticated, "");
  auto ws = app::open_plan(site.db, (*who)->actor, req.param("id"), request_context(site, req));
  if (!ws) return std::unexpected(ws.error());
  return std::pair{**who, std::move(*ws)};
}

// The version asked for (?version=N), the newest sent, or none.
Result<std::optional<app::PlanVersion>> chosen_version(Site& site, const app::PlanWorkspace& ws, const Request& req) {
  const auto wanted = number(req.query.get("version"));
  if (!ws.row || !wanted) return ws.latest;
  std::optional<app::PlanVersion> out;
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    auto v = app::plan_version(c, ws.row->id, wanted);
    if (!v) return std::unexpected(v.error());
    out = std::move(*v);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!out) return fail(ErrorCode::not_found, "There is no such version of the plan");
  return out;
}

std::string conflict_message(const app::SectionConflict& c) {
  return c.by_name + " saved section " + std::string(plan::to_string(c.section)) + " at " + c.at.substr(11, 5) + " on " +
         c.at.substr(0, 10) + ", after you opened this page, so your change was not saved. What you typed is kept below: "
         "check it against what is saved now, then save again if it is still right.";
}

struct PageState {
  std::vector<FieldProblem> problems;
  std::optional<app::SectionConflict> conflict;
  std::string saved;
};

Result<Response> plan_page(Site& site, const Request& req, const SignedIn& who, const app::PlanWorkspace& ws, const PageState& state) {
  const bool editing = ws.may_edit && ws.working && !number(req.query.get("version"));
  auto shown = chosen_version(site, ws, req);
  if (!shown) return std::unexpected(shown.error());
  const plan::Plan* document = editing ? &ws.working->plan : *shown ? &(*shown)->plan : nullptr;
  auto chrome = who.chrome();
  const std::string title = "The EHC plan for " + ws.case_record.child_name;
  auto page = site.views.page("plan.tpl", page_title(title, state.problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CASE_ID", ws.case_record.id);
    d.SetValue("CHILD_NAME", ws.case_record.child_name);
    d.SetValue("CSRF_TOKEN", who.session.csrf_token);
    show_problems(d, state.problems);
    if (state.conflict) d.AddSectionDictionary("CONFLICT")->SetValue("MESSAGE", conflict_message(*state.conflict));
    if (!state.saved.empty()) d.AddSectionDictionary("SAVED")->SetValue("MESSAGE", state.saved);
    d.SetValue("STATUS", document ? plan_status_words(*document, editing) : "");
    if (!ws.row) {
      auto* none = d.AddSectionDictionary("NOT_STARTED");
      if (ws.may_edit) none->AddSectionDictionary("START")->SetValue("CSRF_TOKEN", who.session.csrf_token);
    } else if (!document) {
      d.ShowSection("NOT_SENT");
    }
    if (editing) {
      const bool drafted = std::any_of(ws.versions.begin(), ws.versions.end(), [](const auto& v) { return v.status == "draft"; });
      const std::string next = drafted ? "final" : "draft";
      const auto ready = plan::readiness(ws.working->plan, next);
      auto* r = d.AddSectionDictionary("READINESS");
      if (!ready.must_fix.empty()) {
        auto* must = r->AddSectionDictionary("MUST_FIX");
        for (const auto& g : ready.must_fix) {
          auto* row = must->AddSectionDictionary("GAP");
          row->SetValue("ANCHOR", anchor(g.section));
          row->SetValue("MESSAGE", g.message);
        }
      } else {
        r->AddSectionDictionary("READY")->SetValue("WHAT", next == "draft" ? " to the family as a draft" : " as the final plan");
      }
      if (!ready.should_fix.empty()) {
        auto* should = r->AddSectionDictionary("SHOULD_FIX");
        for (const auto& g : ready.should_fix) {
          auto* row = should->AddSectionDictionary("GAP");
          row->SetValue("ANCHOR", anchor(g.section));
          row->SetValue("MESSAGE", g.message);
        }
      }
      auto* refresh = r->AddSectionDictionary("REFRESH");
      refresh->SetValue("LOCKS", app::locks_token(*ws.working));
      refresh->SetValue("WAITING", ws.advice_waiting == 0
                                       ? "If the family have updated their views, bring them into section A."
                                       : std::to_string(ws.advice_waiting) + (ws.advice_waiting == 1 ? " piece" : " pieces") +
                                             " of advice received since the plan was started will go into section K.");
    }
    if (!ws.versions.empty()) {
      auto* list = d.AddSectionDictionary("VERSIONS");
      for (const auto& v : ws.versions) {
        auto* row = list->AddSectionDictionary("VERSION");
        row->SetIntValue("NUMBER", v.version);
        row->SetValue("WHAT", v.status == "final" ? "Final plan" : "Draft for comments");
        if (auto on = calendar::parse_date(v.plan_date)) row->SetValue("DATE", calendar::format_long_date(*on));
        row->SetValue("BY", v.source == "imported" ? "Imported" : v.issued_by_name);
        if (v.version > 1) row->ShowSection("CHANGES");
      }
    }
    if (document && !editing) {
      auto* s = d.AddSectionDictionary("SHOWING");
      s->SetValue("QUERY", "?version=" + std::to_string(document->version));
      s->ShowSection("JSON");
    }
    if (document)
      draw_plan(*d.AddIncludeDictionary("PLAN_DOCUMENT"), *document,
                {editing, ws.case_record.id, who.session.csrf_token});
  }, &chrome);
  auto r = Response::html(std::move(page));
  if (!state.problems.empty()) r.status = 400;
  if (state.conflict) r.status = 409;
  return r;
}

Result<Response> show(Site& site, Request& req) {
  auto opened = open(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  PageState state;
  if (req.query.has("saved")) state.saved = "Your change to the plan has been saved";
  return plan_page(site, req, opened->first, opened->second, state);
}

Result<Response> print(Site& site, Request& req) {
  auto opened = open(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  auto shown = chosen_version(site, opened->second, req);
  if (!shown) return std::unexpected(shown.error());
  if (!*shown) return fail(ErrorCode::not_found, "The plan has not been sent yet");
  const auto& v = **shown;
  auto chrome = opened->first.chrome();
  return Response::html(site.views.page("plan_print.tpl", "EHC plan for " + v.plan.child.name, [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CASE_ID", opened->second.case_record.id);
    d.SetValue("QUERY", "?version=" + std::to_string(v.plan.version));
    d.SetValue("STATUS", plan_status_words(v.plan, false));
    d.SetValue("CHILD_NAME", v.plan.child.name);
    draw_plan(*d.AddIncludeDictionary("PLAN_DOCUMENT"), v.plan, {false, opened->second.case_record.id, ""});
  }, &chrome));
}

// The version as a sendhub-plan/1 file, for the family's own records or another system.
Result<Response> download(Site& site, Request& req) {
  auto opened = open(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  auto shown = chosen_version(site, opened->second, req);
  if (!shown) return std::unexpected(shown.error());
  if (!*shown) return fail(ErrorCode::not_found, "The plan has not been sent yet");
  const auto& k = opened->second.case_record;
  if (auto logged = audit_read(site, req, opened->first, "plan.export", k.child_id, k.la_code, true); !logged)
    return std::unexpected(logged.error());
  auto r = Response::json(plan::write_plan((*shown)->plan));
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"ehc-plan-version-" +
                                                    std::to_string((*shown)->plan.version) + ".json\"");
  return r;
}

Result<Response> changes(Site& site, Request& req) {
  auto opened = open(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  const auto& ws = opened->second;
  const auto n = number(req.param("n"));
  if (!ws.row || n < 2) return fail(ErrorCode::not_found, "There is no earlier version to compare with");
  // ?against=M compares with an earlier version than the one before (an amended plan with the plan in force).
  const auto against_asked = number(req.query.get("against"));
  const auto against = against_asked >= 1 && against_asked < n ? against_asked : n - 1;
  std::optional<app::PlanVersion> before, after;
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    auto a = app::plan_version(c, ws.row->id, n);
    if (!a) return std::unexpected(a.error());
    auto b = app::plan_version(c, ws.row->id, against);
    if (!b) return std::unexpected(b.error());
    after = std::move(*a);
    before = std::move(*b);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!before || !after) return fail(ErrorCode::not_found, "There is no such version of the plan");
  const auto list = plan::plan_changes(before->plan, after->plan);
  auto chrome = opened->first.chrome();
  return Response::html(site.views.page("plan_changes.tpl", "What changed in version " + std::to_string(n), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CASE_ID", ws.case_record.id);
    d.SetValue("CHILD_NAME", ws.case_record.child_name);
    d.SetIntValue("VERSION", n);
    d.SetIntValue("PREVIOUS", against);
    d.SetValue("AFTER", plan_status_words(after->plan, false));
    d.SetValue("BEFORE", plan_status_words(before->plan, false));
    if (list.empty()) d.ShowSection("NONE");
    for (const auto& ch : list) {
      auto* row = d.AddSectionDictionary("CHANGE");
      row->SetValue("SECTION", ch.section == "plan" ? "—" : ch.section);
      row->SetValue("WHAT", ch.what);
      row->SetValue("KIND", ch.kind == plan::ChangeKind::added ? "Added" : ch.kind == plan::ChangeKind::removed ? "Removed" : "Changed");
      row->SetValue("TAG", ch.kind == plan::ChangeKind::added ? "govuk-tag--green" : ch.kind == plan::ChangeKind::removed ? "govuk-tag--red" : "govuk-tag--blue");
      if (ch.kind != plan::ChangeKind::changed) row->AddSectionDictionary("TEXT")->SetValue("WORDS", ch.text);
      if (!ch.fields.empty()) {
        auto* fields = row->AddSectionDictionary("FIELDS");
        for (const auto& f : ch.fields) {
          auto* fr = fields->AddSectionDictionary("FIELD");
          fr->SetValue("FIELD", f.field);
          fr->SetValue("BEFORE", f.before.empty() ? "(nothing)" : f.before);
          fr->SetValue("AFTER", f.after.empty() ? "(nothing)" : f.after);
        }
      }
    }
  }, &chrome));
}

// --- the editor ---

Result<Response> form_page(Site& site, const SignedIn& who, const app::PlanWorkspace& ws, const PlanForm& form,
                           const FormFields& values, const PageState& state) {
  const plan::Plan& p = ws.working->plan;
  const std::string section = form.section(values, p);
  auto chrome = who.chrome();
  auto page = site.views.page("plan_form.tpl", page_title(form.heading(values), state.problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CASE_ID", ws.case_record.id);
    d.SetValue("CHILD_NAME", ws.case_record.child_name);
    d.SetValue("CSRF_TOKEN", who.session.csrf_token);
    d.SetValue("LOCKS", app::locks_token(*ws.working));
    d.SetValue("ITEM", values.get("item"));
    d.SetValue("FORM", std::string(form.kind));
    d.SetValue("SECTION", section);
    d.SetValue("ANCHOR", anchor(section));
    d.SetValue("HEADING", form.heading(values));
    if (state.conflict) {
      auto* c = d.AddSectionDictionary("CONFLICT");
      c->SetValue("MESSAGE", conflict_message(*state.conflict));
      const std::string s(plan::to_string(state.conflict->section));
      c->SetValue("SECTION", s);
      bool any = false;
      const auto add = [&](const std::string& id, const std::string& text) {
        auto* row = c->AddSectionDictionary("SAVED_ITEM");
        row->SetValue("ID", id);
        row->SetValue("TEXT", text);
        any = true;
      };
      if (p.section_a && s == "A") for (const auto& a : p.section_a->items) add(a.id, a.text);
      for (const auto& n : p.needs) if (n.section == s) add(n.id, n.text);
      if (s == "E") for (const auto& o : p.outcomes) add(o.id, o.text);
      for (const auto& f : p.provision) if (f.section == s) add(f.id, f.text);
      if (!any) c->ShowSection("SAVED_NOTHING");
    }
    auto builder = FormBuilder::in_fields_of(d, values, state.problems);
    form.draw(builder, p, values);
  }, &chrome);
  auto r = Response::html(std::move(page));
  if (!state.problems.empty()) r.status = 400;
  if (state.conflict) r.status = 409;
  return r;
}

Result<std::pair<SignedIn, app::PlanWorkspace>> open_for_editing(Site& site, const Request& req) {
  auto opened = open(site, req);
  if (!opened) return opened;
  if (!opened->second.may_edit || !opened->second.working) return fail(ErrorCode::not_found, "");
  return opened;
}

Result<Response> edit_form(Site& site, Request& req) {
  const auto* form = plan_form(req.param("kind"));
  if (!form) return fail(ErrorCode::not_found, "");
  auto opened = open_for_editing(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  FormFields values;
  const std::string item = req.query.get("item");
  values.add("item", item);
  form->prefill(values, opened->second.working->plan, item, req.query.get("section"));
  return form_page(site, opened->first, opened->second, *form, values, {});
}

Result<Response> save_form(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);  // CSRF and Origin before anything else, even the form's kind
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const auto* form = plan_form(req.param("kind"));
  if (!form) return fail(ErrorCode::not_found, "");
  const FormFields& values = (*posted)->form;
  const auto ctx = request_context(site, req);
  auto out = app::edit_plan(site.db, (*posted)->who.actor, req.param("id"), values.get("locks"),
                            form->edit(values, calendar::format_date(app::day_of(ctx.now))), ctx);
  if (!out) return std::unexpected(out.error());
  if (out->problems.empty() && !out->conflict)
    return Response::redirect("/cases/" + req.param("id") + "/plan?saved=1#" +
                              (out->item_id.empty() ? "section-" + anchor(form->section(values, {})) : "item-" + out->item_id));
  auto opened = open_for_editing(site, req);
  if (!opened) return std::unexpected(opened.error());
  return form_page(site, opened->first, opened->second, *form, values, {out->problems, out->conflict, ""});
}

// The remove buttons and "bring in the newest views and advice" post here.
template <class MakeEdit>
Result<Response> plan_action(Site& site, Request& req, MakeEdit make) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const auto& who = (*posted)->who;
  const auto ctx = request_context(site, req);
  auto ws = app::open_plan(site.db, who.actor, req.param("id"), ctx);
  if (!ws) return std::unexpected(ws.error());
  if (!ws->may_edit || !ws->working) return fail(ErrorCode::not_found, "");
  const std::string locks = (*posted)->form.has("locks") ? (*posted)->form.get("locks") : app::locks_token(*ws->working);
  auto out = app::edit_plan(site.db, who.actor, req.param("id"), locks, make((*posted)->form, *ws), ctx);
  if (!out) return std::unexpected(out.error());
  if (out->problems.empty() && !out->conflict) return Response::redirect("/cases/" + req.param("id") + "/plan?saved=1");
  auto again = app::open_plan(site.db, who.actor, req.param("id"), ctx);
  if (!again) return std::unexpected(again.error());
  return plan_page(site, req, who, *again, {out->problems, out->conflict, ""});
}

Result<Response> remove(Site& site, Request& req) {
  return plan_action(site, req, [](const FormFields& f, const app::PlanWorkspace&) -> app::PlanEdit {
    const std::string id = f.get("item");
    return [id](plan::Plan& p) { return plan::remove_item(p, id); };
  });
}

Result<Response> refresh(Site& site, Request& req) {
  return plan_action(site, req, [&](const FormFields&, const app::PlanWorkspace& ws) -> app::PlanEdit {
    // The family's newest views go into section A; edit_plan brings in new advice itself.
    auto views = app::latest_family_views(site.db, ws.case_record.child_id, today());
    std::string voice = "parent";
    auto read = site.db.read([&](store::Connection& c) -> Result<void> {
      auto v = app::voice_of_views(c, ws.case_record.child_id);
      if (!v) return std::unexpected(v.error());
      voice = *v;
      return {};
    });
    std::optional<app::StoredFamilyViews> latest = views && read ? *views : std::nullopt;
    return [latest, voice](plan::Plan& p) {
      plan::EditResult r{{}, {}, ""};
      if (latest) {
        app::bring_in_views(p, *latest, voice);
        r.touched.push_back(plan::Section::a);
      }
      return r;
    };
  });
}

Result<Response> start(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  auto problems = app::start_plan(site.db, (*posted)->who.actor, req.param("id"), request_context(site, req));
  if (!problems) return std::unexpected(problems.error());
  if (problems->empty()) return Response::redirect("/cases/" + req.param("id") + "/plan");
  auto ws = app::open_plan(site.db, (*posted)->who.actor, req.param("id"), request_context(site, req));
  if (!ws) return std::unexpected(ws.error());
  return plan_page(site, req, (*posted)->who, *ws, {*problems, std::nullopt, ""});
}

}  // namespace

Result<void> add_plan_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/cases/:id/plan", "plan", Access::signed_in,
       [&site](Request& r) { return in_one_read(site, [&] { return show(site, r); }); }},
      {http::verb::get, "/cases/:id/plan/print", "plan_print", Access::signed_in, [&site](Request& r) { return print(site, r); }},
      {http::verb::get, "/cases/:id/plan/download", "plan_download", Access::signed_in, [&site](Request& r) { return download(site, r); }},
      {http::verb::get, "/cases/:id/plan/versions/:n/changes", "plan_changes", Access::signed_in,
       [&site](Request& r) { return changes(site, r); }},
      {http::verb::get, "/cases/:id/plan/edit/:kind", "plan_edit_form", Access::signed_in, [&site](Request& r) { return edit_form(site, r); }},
      {http::verb::post, "/cases/:id/plan/edit/:kind", "plan_edit", Access::signed_in, [&site](Request& r) { return save_form(site, r); }},
      {http::verb::post, "/cases/:id/plan/remove", "plan_remove", Access::signed_in, [&site](Request& r) { return remove(site, r); }},
      {http::verb::post, "/cases/:id/plan/refresh", "plan_refresh", Access::signed_in, [&site](Request& r) { return refresh(site, r); }},
      {http::verb::post, "/cases/:id/plan/start", "plan_start", Access::signed_in, [&site](Request& r) { return start(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 64 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
