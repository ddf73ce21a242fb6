// /disagreements/new?case=ID, /disagreements and /disagreements/:id: the SEN team records that a
// family disagrees with an appealable decision, then each step of mediation and appeal, and
// that a tribunal order was carried out. Everyone entitled to the child's record reads the page.
#include "app/disagreement/disagreement_steps.h"
#include "app/disagreement/open_disagreement.h"
#include "domain/disagreement/appealable.h"
#include "web/case_view.h"
#include "web/disagreement_view.h"

namespace sendhub::web {
namespace {

Result<Response> new_page(Site& site, const Request& req, const SignedIn& who, const std::string& case_id,
                          const std::vector<FieldProblem>& problems, const FormFields* typed) {
  auto k = app::open_case_for(site.db, who.actor, access::Action::make_decision, case_id, "disagreement.new_form", request_context(site, req));
  if (!k) return std::unexpected(k.error());
  const auto decisions = disagreement::appealable_decisions(k->history());
  auto chrome = who.chrome();
  auto page = site.views.page("disagreement_new.tpl", page_title("Record a disagreement", problems), [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("CHILD_NAME", k->child_name);
    d.SetValue("CASE_ID", k->id);
    show_problems(d, problems);
    if (decisions.empty()) {
      d.ShowSection("NO_DECISIONS");
      return;
    }
    auto* f = d.AddSectionDictionary("FORM");
    f->SetValue("CSRF_TOKEN", who.session.csrf_token);
    f->SetValue("CASE_ID", k->id);
    show_problems(*f, problems);
    int index = 0;
    for (const auto& a : decisions) {
      auto* o = f->AddSectionDictionary("DECISION");
      const std::string value = app::decision_choice(std::string(disagreement::to_string(a.kind)), a.date);
      o->SetIntValue("INDEX", ++index);
      o->SetValue("VALUE", value);
      std::string words(disagreement::decision_words(a.kind));
      words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
      o->SetValue("LABEL", words + ", " + long_date(a.date));
      if (typed ? typed->get("decision") == value : decisions.size() == 1) o->SetValue("CHECKED", "checked");
    }
    if (typed && typed->get("raised_by") == "parent") f->SetValue("PARENT_CHECKED", "checked");
    if (typed && typed->get("raised_by") == "young_person") f->SetValue("YOUNG_PERSON_CHECKED", "checked");
  }, &chrome);
  auto r = Response::html(std::move(page));
  if (!problems.empty()) r.status = 400;
  return r;
}

Result<Response> new_form(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  return new_page(site, req, **who, req.query.get("case"), {}, nullptr);
}

Result<Response> create(Site& site, Request& req) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& f = (*posted)->form;
  auto done = app::open_disagreement(site.db, (*posted)->who.actor, {f.get("case_id"), f.get("decision"), f.get("raised_by")},
                                     request_context(site, req));
  if (!done) return std::unexpected(done.error());
  if (done->problems.empty()) return Response::redirect("/disagreements/" + done->case_id);
  return new_page(site, req, (*posted)->who, f.get("case_id"), done->problems, &f);
}

Result<Response> show(Site& site, Request& req) {
  return in_one_read(site, [&]() -> Result<Response> {
    auto who = signed_in(site, req);
    if (!who) return std::unexpected(who.error());
    if (!*who) return Response::redirect("/sign-in");
    auto k = app::open_case_for(site.db, (**who).actor, access::Action::view_record,
                                req.param("id"), "disagreement.view", request_context(site, req));
    if (!k) return std::unexpected(k.error());
    if (k->process != statutory::Process::disagreement && k->process != statutory::Process::tribunal_order)
      return Response::redirect("/cases/" + k->id);
    return disagreement_page(site, req, **who, *k, {});
  });
}

// Problems from the use case name "date" and "choice"; on this page each form's fields are its own.
std::vector<FieldProblem> on_this_page(std::vector<FieldProblem> problems, const std::string& step) {
  for (auto& p : problems) {
    if (p.field == "date") p.field = step_date_field(step);
    if (p.field == "choice") p.field = step + "_choice";
  }
  return problems;
}

template <class Job>
Result<Response> submit(Site& site, Request& req, const std::string& step_field, Job job) {
  auto posted = signed_in_post(site, req);
  if (!posted) return std::unexpected(posted.error());
  if (!*posted) return Response::redirect("/sign-in");
  const FormFields& form = (*posted)->form;
  const std::string step = step_field.empty() ? form.get("step") : step_field;
  auto problems = job((*posted)->who, form, step);
  if (!problems) return std::unexpected(problems.error());
  const std::string id = req.param("id");
  if (problems->empty()) return Response::redirect("/disagreements/" + id);
  auto k = app::open_case_for(site.db, (*posted)->who.actor, access::Action::view_record, id, "disagreement.view", request_context(site, req));
  if (!k) return std::unexpected(k.error());
  return disagreement_page(site, req, (*posted)->who, *k, {step, on_this_page(*problems, step), &form});
}

Result<Response> record_step(Site& site, Request& req) {
  return submit(site, req, "", [&](const SignedIn& who, const FormFields& f, const std::string& step) {
    return app::record_disagreement_step(site.db, who.actor,
                                         {req.param("id"), step, date_from_parts(f, step_date_field(step)), f.get(step + "_choice"),
                                          f.get("tribunal_reference"), date_from_parts(f, "hearing_on"), f.get("order")},
                                         request_context(site, req));
  });
}

Result<Response> carried_out(Site& site, Request& req) {
  return submit(site, req, "carried_out", [&](const SignedIn& who, const FormFields& f, const std::string& step) {
    return app::record_order_carried_out(site.db, who.actor, req.param("id"), date_from_parts(f, step_date_field(step)),
                                         request_context(site, req));
  });
}

}  // namespace

Result<void> add_disagreement_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/disagreements/new", "disagreement_new", Access::signed_in, [&site](Request& r) { return new_form(site, r); }},
      {http::verb::post, "/disagreements", "disagreement_create", Access::signed_in, [&site](Request& r) { return create(site, r); }},
      {http::verb::get, "/disagreements/:id", "disagreement", Access::signed_in, [&site](Request& r) { return show(site, r); }},
      {http::verb::post, "/disagreements/:id/steps", "disagreement_step", Access::signed_in, [&site](Request& r) { return record_step(site, r); }},
      {http::verb::post, "/disagreements/:id/carried-out", "tribunal_order_carried_out", Access::signed_in,
       [&site](Request& r) { return carried_out(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : 16 * 1024;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
