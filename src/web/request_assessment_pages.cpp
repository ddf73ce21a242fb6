// /children/:id/request-assessment: a parent or carer, a young person, the child's school or
// setting (with the family's agreement) or the council SEN team asks for an EHC needs
// assessment, one question a page, saved as they go so they can come back, then checks their
// answers and sends. An open request for the same child is shown rather than duplicated.
#include "app/casework/request_draft.h"
#include "domain/record/document_type.h"
#include "web/child_access.h"
#include "web/form_problems.h"
#include "web/message_page.h"

namespace sendhub::web {
namespace {

using request::Step;

std::string first_name(const std::string& full) { return full.substr(0, full.find(' ')); }

std::string base(const ChildAccess& opened) { return "/children/" + opened.child.id + "/request-assessment"; }

struct Question {
  Step step;
  const char* field;
  std::string (*text)(const std::string& name);
  const char* hint;
};

const Question questions[] = {
    {Step::difficulties, "difficulties", [](const std::string& n) { return "What does " + n + " find hard?"; },
     "In your own words: at school or nursery, at home, with friends. What worries you most?"},
    {Step::support_so_far, "support_so_far", [](const std::string& n) { return "What support has " + n + " had so far?"; },
     "For example, help from the school's special educational needs (SEN) support, speech and language therapy, or a support "
     "plan, and how it went. Say if there has been none."},
    {Step::hopes, "hopes", [](const std::string&) { return std::string("What would you like to happen? (optional)"); },
     "For example, the help you think would make a difference, or what you hope the assessment will find out."},
};

const Question* question_for(Step s) {
  for (const auto& q : questions)
    if (q.step == s) return &q;
  return nullptr;
}

std::string answer_of(const request::Answers& a, Step s) {
  switch (s) {
    case Step::difficulties: return a.difficulties;
    case Step::support_so_far: return a.support_so_far;
    case Step::hopes: return a.hopes;
    case Step::agreement: return a.family_agreed;
    default: return "";
  }
}

// The page before this one, for the back link.
std::string back_link(const ChildAccess& opened, Step s, bool from_school, bool from_check) {
  if (from_check) return base(opened) + "/check";
  const auto steps = request::steps_for(from_school);
  auto it = std::find(steps.begin(), steps.end(), s);
  if (it == steps.begin() || it == steps.end()) return "/children/" + opened.child.id;
  return base(opened) + "/" + std::string(request::slug(*(it - 1)));
}

Response step_page(Site& site, const ChildAccess& opened, Step s, const request::Answers& values,
                   const std::vector<app::DocumentSummary>& evidence, bool from_check, const std::vector<FieldProblem>& problems,
                   const FormFields* typed = nullptr) {
  auto chrome = opened.who->chrome();
  const bool school = opened.who->session.role == access::Role::school_senco;
  const std::string name = first_name(opened.child.name);
  const auto* q = question_for(s);
  const std::string title = q ? q->text(name) : s == Step::agreement ? "Does the family agree?" : "Reports and letters";
  auto page = site.views.page(s == Step::evidence ? "request_evidence.tpl" : "request_step.tpl", page_title(title, problems),
                              [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", opened.who->session.csrf_token);
    d.SetValue("CHILD_ID", opened.child.id);
    d.SetValue("CHILD_NAME", opened.child.name);
    d.SetValue("STEP", std::string(request::slug(s)));
    d.SetValue("FROM_CHECK", from_check ? "1" : "");
    d.SetValue("BACK", back_link(opened, s, school, from_check));
    d.SetValue("CONTINUE", from_check ? "Save and go back to your answers" : "Continue");
    show_problems(d, problems);
    const auto section = [&](const char* name) {
      auto* f = d.AddSectionDictionary(name);
      if (!problems.empty()) {
        f->SetValue("GROUP_CLASS", "govuk-form-group--error");
        f->SetValue("ERROR_CLASS", "govuk-textarea--error");
        f->AddSectionDictionary("ERROR")->SetValue("MESSAGE", problems.front().message);
      }
      return f;
    };
    if (q) {
      auto* f = section("TEXT_QUESTION");
      f->SetValue("NAME", q->field);
      f->SetValue("QUESTION", q->text(name));
      f->SetValue("HINT", q->hint);
      f->SetValue("VALUE", answer_of(values, s));
    } else if (s == Step::agreement) {
      auto* f = section("AGREEMENT");
      if (values.family_agreed == "yes") f->SetValue("YES", "checked");
      if (values.family_agreed == "no") f->SetValue("NO", "checked");
    } else {
      if (!evidence.empty()) d.ShowSection("HAS_EVIDENCE");
      for (const auto& e : evidence) {
        auto* row = d.AddSectionDictionary("FILE");
        row->SetValue("TITLE", e.title);
        row->SetValue("FILENAME", e.filename);
        row->SetValue("SIZE", std::to_string((e.size_bytes + 1023) / 1024) + "KB");
      }
      if (typed) d.SetValue("TITLE_TYPED", typed->get("title"));
    }
  }, &chrome);
  auto r = Response::html(std::move(page));
  if (!problems.empty()) r.status = 400;
  return r;
}

Response check_page(Site& site, const ChildAccess& opened, const app::RequestDraft& draft, const std::vector<FieldProblem>& problems) {
  auto chrome = opened.who->chrome();
  const std::string name = first_name(opened.child.name);
  auto r = Response::html(site.views.page("request_check.tpl", page_title("Check your answers before sending your request", problems),
                                          [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CSRF_TOKEN", opened.who->session.csrf_token);
    d.SetValue("CHILD_ID", opened.child.id);
    d.SetValue("CHILD_NAME", opened.child.name);
    show_problems(d, problems);
    const auto row = [&](const std::string& question, const std::string& field, Step s, const std::string& answer) {
      auto* r = d.AddSectionDictionary("ROW");
      r->SetValue("QUESTION", question);
      std::string lower = question;
      if (!lower.empty()) lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
      r->SetValue("QUESTION_LOWER", lower);
      r->SetValue("FIELD", field);
      r->SetValue("STEP", std::string(request::slug(s)));
      r->SetValue("ANSWER", answer.empty() ? "Not answered" : answer);
    };
    for (const auto& q : questions) row(q.text(name), q.field, q.step, answer_of(draft.answers, q.step));
    if (draft.from_school)
      row("Does the family know and agree?", "family_agreed", Step::agreement,
          draft.answers.family_agreed == "yes" ? "Yes" : draft.answers.family_agreed == "no" ? "No" : "");
    std::string files;
    for (const auto& e : draft.evidence) files += (files.empty() ? "" : "\n") + e.title + " (" + e.filename + ")";
    row("Reports and letters", "evidence", Step::evidence, files.empty() ? "None added" : files);
  }, &chrome));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<ChildAccess> open(Site& site, const Request& req) {
  return open_child(site, req, access::Action::contribute_advice, "record.view");
}

Result<Response> start(Site& site, Request& req) {
  auto opened = open(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  auto draft = app::load_request_draft(site.db, opened->who->actor, opened->child.id, request_context(site, req));
  if (!draft) return std::unexpected(draft.error());
  return Response::redirect(base(*opened) + "/" + std::string(request::slug(request::resume_at(draft->answers, draft->from_school))));
}

Result<Response> show(Site& site, Request& req) {
  const auto s = request::step_from_slug(req.param("step"));
  if (!s) return fail(ErrorCode::not_found, "");
  auto opened = open(site, req);
  if (!opened && opened.error().code == ErrorCode::unauthenticated) return Response::redirect("/sign-in");
  if (!opened) return std::unexpected(opened.error());
  auto draft = app::load_request_draft(site.db, opened->who->actor, opened->child.id, request_context(site, req));
  if (!draft) return std::unexpected(draft.error());
  if (*s == Step::agreement && !draft->from_school) return fail(ErrorCode::not_found, "");
  if (*s == Step::check) return check_page(site, *opened, *draft, {});
  return step_page(site, *opened, *s, draft->answers, draft->evidence, req.query.get("change") == "1", {});
}

Response already_open(Site& site, const ChildAccess& opened, const std::string& case_id) {
  auto chrome = opened.who->chrome();
  return message_page(site, {"There is already a request for " + opened.child.name,
                             {"A request for an EHC needs assessment for " + opened.child.name + " is already open, so we "
                              "have not made a second one. You can follow it, and add anything new to it."},
                             {{"/cases/" + case_id, "See the open request"}}}, &chrome);
}

Result<Response> save(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);  // CSRF and Origin before anything else, even the step
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const auto s = request::step_from_slug(req.param("step"));
  if (!s) return fail(ErrorCode::not_found, "");
  const FormFields& form = (*posted)->form;
  auto opened = open(site, req);
  if (!opened) return std::unexpected(opened.error());
  const auto ctx = request_context(site, req);
  const auto& actor = (*posted)->who.actor;
  if (*s == Step::check) {
    auto sent = app::send_request_draft(site.db, actor, opened->child.id, ctx);
    if (!sent) return std::unexpected(sent.error());
    if (sent->already_open) return already_open(site, *opened, sent->case_id);
    if (sent->problems.empty()) return Response::redirect("/cases/" + sent->case_id + "?requested=1");
    auto draft = app::load_request_draft(site.db, actor, opened->child.id, ctx);
    if (!draft) return std::unexpected(draft.error());
    return check_page(site, *opened, *draft, sent->problems);
  }
  request::Answers typed{form.get("difficulties"), form.get("support_so_far"), form.get("hopes"), form.get("family_agreed")};
  auto problems = app::save_request_step(site.db, actor, opened->child.id, *s, typed, ctx);
  if (!problems) return std::unexpected(problems.error());
  const bool from_check = form.get("from_check") == "1";
  if (!problems->empty()) {
    auto draft = app::load_request_draft(site.db, actor, opened->child.id, ctx);
    if (!draft) return std::unexpected(draft.error());
    return step_page(site, *opened, *s, typed, draft->evidence, from_check, *problems);
  }
  const bool school = actor.role == access::Role::school_senco;
  return Response::redirect(base(*opened) + "/" + std::string(request::slug(request::after(*s, school, from_check))));
}

Result<Response> upload(Site& site, Request& req) {
  auto body = req.multipart();
  if (!body) return std::unexpected(body.error());
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  if (auto ok = check_state_change(req, body->fields, (*who)->session.csrf_token); !ok) return std::unexpected(ok.error());
  auto opened = open(site, req);
  if (!opened) return std::unexpected(opened.error());
  app::DocumentUpload u{opened->child.id, "", body->fields.get("title"), "", ""};
  for (auto& f : body->files)
    if (f.field == "file") {
      u.filename = f.filename;
      u.bytes = std::move(f.data);
    }
  const auto ctx = request_context(site, req);
  auto problems = app::add_request_evidence(site.db, (*who)->actor, std::move(u), ctx);
  if (!problems) return std::unexpected(problems.error());
  if (problems->empty()) return Response::redirect(base(*opened) + "/evidence");
  auto draft = app::load_request_draft(site.db, (*who)->actor, opened->child.id, ctx);
  if (!draft) return std::unexpected(draft.error());
  return step_page(site, *opened, Step::evidence, draft->answers, draft->evidence, false, *problems, &body->fields);
}

Result<Response> discard(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  auto opened = open(site, req);
  if (!opened) return std::unexpected(opened.error());
  if (auto ok = app::discard_request_draft(site.db, (*posted)->who.actor, opened->child.id, request_context(site, req)); !ok)
    return std::unexpected(ok.error());
  return Response::redirect("/children/" + opened->child.id);
}

}  // namespace

Result<void> add_request_assessment_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/children/:id/request-assessment", "request_assessment", Access::signed_in,
       [&site](Request& r) { return start(site, r); }},
      {http::verb::get, "/children/:id/request-assessment/:step", "request_assessment_step", Access::signed_in,
       [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/children/:id/request-assessment/:step", "request_assessment_save", Access::signed_in,
       [&site](Request& r) { return save(site, r); }},
      {http::verb::post, "/children/:id/request-assessment/evidence/upload", "request_assessment_evidence", Access::signed_in,
       [&site](Request& r) { return upload(site, r); }},
      {http::verb::post, "/children/:id/request-assessment/discard", "request_assessment_discard", Access::signed_in,
       [&site](Request& r) { return discard(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 32 * 1024;
    if (route.name == "request_assessment_evidence") {
      route.accepts_uploads = true;
      route.body_limit = record::max_document_bytes + 64 * 1024;
    }
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
