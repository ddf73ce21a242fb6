// Forms anyone may send without an account: "report a problem with this page" on a service, and
// the page an emailed "is this entry still correct?" link opens. Both use the double-submit
// CSRF token (there is no session), checked before anything is read.
#include "app/identity/sessions.h"
#include "app/local_offer/problem_reports.h"
#include "app/local_offer/reviews.h"
#include "app/local_offer/directory_reader.h"
#include "web/local_offer_web.h"
#include "web/form_problems.h"
#include "web/message_page.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

constexpr std::size_t form_limit = 16 * 1024;

// The published service's name, or not_found.
Result<std::string> service_name(Site& site, const std::string& id) {
  std::string name;
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {id};
    auto rows = c.query("SELECT name FROM lo_services WHERE id = $1 AND status IN ('active', 'temporarily closed')", p);
    if (!rows) return std::unexpected(rows.error());
    if (!rows->empty()) name = rows->front().get_text(0);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (name.empty()) return fail(ErrorCode::not_found, "There is no such service");
  return name;
}

// Turns the use case's English problems into the page's language.
std::vector<identity::FieldProblem> translated(const std::vector<identity::FieldProblem>& problems, const LocalOffer& offer,
                                               const PageLanguage& lang) {
  std::vector<identity::FieldProblem> out;
  for (const auto& p : problems) {
    std::string key = p.field == "what_is_wrong" ? "error_kind"
                      : p.field == "reply_email" ? "error_email"
                      : p.message.find("2,000") != std::string::npos ? "error_details_long"
                                                                    : "error_details";
    out.push_back({p.field, offer.messages.text(lang.code, key)});
  }
  return out;
}

Result<Response> report_form(Site& site, LocalOffer& offer, const Request& req, const lapp::ProblemReportDraft& typed,
                             const std::vector<identity::FieldProblem>& problems) {
  const auto& lang = page_language(offer, req);
  auto name = service_name(site, req.param("id"));
  if (!name) return std::unexpected(name.error());
  const std::string csrf = form_csrf_token(req);
  const auto& m = offer.messages;
  const std::string path = "/local-offer/services/" + req.param("id") + "/report-a-problem";
  auto page = local_offer_page(site, offer, lang, "local_offer_report.tpl",
                               (problems.empty() ? "" : m.text(lang.code, "error_prefix") + " ") + m.text(lang.code, "report_title"),
                               [&](ctemplate::TemplateDictionary& d) {
                                 show_local_problems(d, problems, offer, lang);
                                 d.SetValue("CSRF_TOKEN", csrf);
                                 d.SetValue("ACTION", with_language(path, lang));
                                 d.SetValue("BACK_HREF", with_language("/local-offer/services/" + req.param("id"), lang));
                                 d.SetValue("INTRO", m.text(lang.code, "report_intro", {{"name", *name}}));
                                 d.SetValue("DETAILS", typed.details);
                                 d.SetValue("REPLY_EMAIL", typed.reply_email);
                                 for (const auto& k : lapp::problem_kinds()) {
                                   auto* o = d.AddSectionDictionary("KIND");
                                   o->SetValue("VALUE", std::string(k.value));
                                   o->SetValue("LABEL", m.text(lang.code, "kind_" + std::string(k.value)));
                                   if (typed.what_is_wrong == k.value) o->SetValue("CHECKED", "checked");
                                 }
                               },
                               problems.empty() ? 200 : 400);
  if (!page) return page;
  set_form_csrf_cookie(*page, req, csrf);
  return page;
}

Result<Response> send_report(Site& site, LocalOffer& offer, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  if (auto ok = check_form_csrf(req, *form); !ok) return std::unexpected(ok.error());
  const auto& lang = page_language(offer, req);
  lapp::ProblemReportDraft draft{req.param("id"), form->get("what_is_wrong"), form->get("details"), form->get("reply_email")};
  auto problems = lapp::report_problem(site.db, draft, app::unix_now());
  if (!problems) return std::unexpected(problems.error());
  if (!problems->empty()) return report_form(site, offer, req, draft, translated(*problems, offer, lang));
  auto name = service_name(site, req.param("id"));
  if (!name) return std::unexpected(name.error());
  return local_offer_page(site, offer, lang, "local_offer_report_sent.tpl", offer.messages.text(lang.code, "report_thanks_title"),
                          [&](ctemplate::TemplateDictionary& d) {
                            d.SetValue("TEXT", offer.messages.text(lang.code, "report_thanks", {{"name", *name}}));
                            d.SetValue("BACK_HREF", with_language("/local-offer/services/" + req.param("id"), lang));
                          });
}

Response link_gone(Site& site) {
  return message_page(site, {"This link has expired or has already been used",
                             {"Each link in a reminder email works once. Sign in to SENDhub to check or update the entry, or "
                              "contact the council's Local Offer team."},
                             {{"/local-offer/manage", "Sign in to manage your entries"}},
                             false,
                             404});
}

Result<Response> check_page(Site& site, Request& req, const std::string& problem, const std::string& typed) {
  auto link = lapp::open_review_link(site.db, req.param("token"), app::unix_now());
  if (!link) return std::unexpected(link.error());
  if (!*link) return link_gone(site);
  const std::string csrf = form_csrf_token(req);
  auto r = Response::html(site.views.page("local_offer_check.tpl", (problem.empty() ? "" : "Error: ") + std::string("Is this entry still correct?"),
                                          [&](ctemplate::TemplateDictionary& d) {
                                            d.SetValue("CSRF_TOKEN", csrf);
                                            d.SetValue("TOKEN", req.param("token"));
                                            d.SetValue("NAME", (*link)->service_name);
                                            d.SetValue("ORGANISATION", (*link)->organization_name);
                                            d.SetValue("PUBLIC_HREF", "/local-offer/services/" + (*link)->service_id);
                                            d.SetValue("WHAT_CHANGED", typed);
                                            show_problems(d, problem.empty() ? std::vector<identity::FieldProblem>{}
                                                                             : std::vector<identity::FieldProblem>{{"what_changed", problem}});
                                          }),
                          problem.empty() ? 200 : 400);
  set_form_csrf_cookie(r, req, csrf);
  return r;
}

Result<Response> answer_check(Site& site, Request& req) {
  auto form = req.form();
  if (!form) return std::unexpected(form.error());
  if (auto ok = check_form_csrf(req, *form); !ok) return std::unexpected(ok.error());
  const bool still_correct = form->get("answer") == "still-correct";
  auto done = lapp::answer_review_link(site.db, req.param("token"), still_correct, form->get("what_changed"), app::unix_now());
  if (!done && done.error().code == ErrorCode::not_found) return link_gone(site);
  if (!done && done.error().field == "what_changed") return check_page(site, req, done.error().message, form->get("what_changed"));
  if (!done) return std::unexpected(done.error());
  return message_page(site, {still_correct ? "Thank you: the entry is marked as checked" : "Thank you: the Local Offer team will update the entry",
                             {still_correct ? "Families will see today's date as the date it was last checked."
                                            : "The team will make the change and may contact you if they have a question."},
                             {},
                             true});
}

}  // namespace

Result<void> add_local_offer_report_pages(Site& site, std::shared_ptr<LocalOffer> offer) {
  Route routes[] = {
      {http::verb::get, "/local-offer/services/:id/report-a-problem", "local_offer_report", Access::public_page,
       [&site, offer](Request& r) { return report_form(site, *offer, r, {}, {}); }},
      {http::verb::post, "/local-offer/services/:id/report-a-problem", "local_offer_report_send", Access::public_page,
       [&site, offer](Request& r) { return send_report(site, *offer, r); }},
      {http::verb::get, "/local-offer/check/:token", "local_offer_check", Access::public_page,
       [&site](Request& r) { return check_page(site, r, "", ""); }},
      {http::verb::post, "/local-offer/check/:token", "local_offer_check_answer", Access::public_page,
       [&site](Request& r) { return answer_check(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = route.method == http::verb::get ? 0 : form_limit;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
