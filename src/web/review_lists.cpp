// /reviews: the plans whose annual review is due in the coming weeks, grouped by school or by
// caseworker, with overdue reviews flagged and under-5s' earlier reviews suggested; a SENCO sees
// their own pupils only (their review workbench). /reviews/phase-transfers: every child moving
// phase next September with the date their amended plan must be issued by.
#include "web/review_lists.h"

#include <map>

#include "app/review/plan_register.h"
#include "web/case_view.h"
#include "web/child_access.h"

namespace sendhub::web {
namespace {

constexpr int horizons_weeks[] = {4, 13, 26, 52};

std::string phase_words(statutory::Phase p) {
  switch (p) {
    case statutory::Phase::early_years: return "early years";
    case statutory::Phase::school: return "school (Reception)";
    case statutory::Phase::primary: return "primary";
    case statutory::Phase::secondary: return "secondary";
    case statutory::Phase::post16: return "post-16";
    default: return std::string(statutory::to_string(p));
  }
}

}  // namespace

Result<std::optional<ReviewListAccess>> review_list_access(Site& site, const Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return std::optional<ReviewListAccess>{};
  const auto role = (*who)->session.role;
  ReviewListAccess a{**who, {}, {}};
  if (role == access::Role::school_senco && !(*who)->actor.setting_urn.empty()) a.setting_urn = (*who)->actor.setting_urn;
  else if (council_team(role)) a.la_codes = (*who)->actor.la_codes;
  else return fail(ErrorCode::not_found, "");
  return std::optional(std::move(a));
}

Result<std::shared_ptr<const app::PlanRegister::Snapshot>> registered_plans(Site& site, const ReviewListAccess& a) {
  std::shared_ptr<const app::PlanRegister::Snapshot> out;
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    auto current = site.plan_register.current(c, a.la_codes, a.setting_urn);
    if (!current) return std::unexpected(current.error());
    out = std::move(*current);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

namespace {

using Register = app::PlanRegister::Snapshot;

Result<std::shared_ptr<const Register>> load_register(Site& site, const ReviewListAccess& a) { return registered_plans(site, a); }

// The register is already scoped to the person's authority or school; each row still passes the
// one authorisation decision, as every read of a child's record does.
bool may_see(const ReviewListAccess& a, const Register& reg, const review::PlanOnRecord* p, calendar::Date today) {
  access::Resource r{access::ResourceKind::child_record, reg.of(p).la_code, p->child_id, "", p->setting_urn};
  return access::may(a.who.actor, access::Action::view_record, r, today).allowed;
}

Result<void> audit_shown(Site& site, const Request& req, const ReviewListAccess& a, const Register& reg,
                         const std::vector<const review::PlanOnRecord*>& shown) {
  std::vector<std::pair<std::string, std::string>> listed;
  for (const auto* p : shown) listed.emplace_back(p->child_id, reg.of(p).la_code);
  return audit_list(site, req, a.who, listed);
}

Result<Response> due_reviews_page(Site& site, Request& req) {
  auto access = review_list_access(site, req);
  if (!access) return std::unexpected(access.error());
  if (!*access) return Response::redirect("/sign-in");
  const bool workbench = !(*access)->setting_urn.empty();
  int weeks = workbench ? 52 : 13;
  for (int w : horizons_weeks)
    if (req.query.get("within") == std::to_string(w)) weeks = w;
  const bool by_caseworker = req.query.get("group") == "caseworker";
  auto reg = load_register(site, **access);
  if (!reg) return std::unexpected(reg.error());
  const auto now = today();
  auto due = review::due_reviews((*reg)->records, now, weeks * 7);
  std::erase_if(due, [&](const review::DueReview& r) { return !may_see(**access, **reg, r.plan, now); });
  std::vector<const review::PlanOnRecord*> shown;
  std::map<std::string, std::vector<const review::DueReview*>> groups;
  int overdue = 0;
  for (const auto& r : due) {
    shown.push_back(r.plan);
    if (r.overdue) ++overdue;
    const std::string key = by_caseworker ? (r.plan->caseworker_name.empty() ? "No caseworker yet" : r.plan->caseworker_name)
                                          : (r.plan->setting_name.empty() ? "No school or setting recorded" : r.plan->setting_name);
    groups[key].push_back(&r);
  }
  if (auto ok = audit_shown(site, req, **access, **reg, shown); !ok) return std::unexpected(ok.error());
  auto chrome = (*access)->who.chrome();
  return Response::html(site.views.page("reviews.tpl", workbench ? "Your pupils' annual reviews" : "Annual reviews due",
                                        [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("HEADING", workbench ? "Your pupils' annual reviews" : "Annual reviews due");
    d.SetIntValue("COUNT", static_cast<long>(due.size()));
    d.SetIntValue("OVERDUE", overdue);
    d.SetIntValue("WEEKS", weeks);
    if (!workbench) d.ShowSection("COUNCIL");
    d.SetValue(by_caseworker ? "CASEWORKER_CHECKED" : "SCHOOL_CHECKED", "checked");
    for (int w : horizons_weeks) {
      auto* o = d.AddSectionDictionary("WITHIN_OPTION");
      o->SetIntValue("VALUE", w);
      o->SetValue("LABEL", w == 52 ? "12 months" : std::to_string(w) + " weeks");
      if (w == weeks) o->SetValue("SELECTED", "selected");
    }
    if (due.empty()) d.ShowSection("EMPTY");
    for (const auto& [name, rows] : groups) {
      auto* g = d.AddSectionDictionary("GROUP");
      g->SetValue("NAME", name);
      g->SetIntValue("COUNT", static_cast<long>(rows.size()));
      for (const auto* r : rows) {
        auto* row = g->AddSectionDictionary("ROW");
        row->SetValue("CHILD_ID", r->plan->child_id);
        row->SetValue("CHILD", r->plan->child_name);
        row->SetValue("DUE", long_date(r->due));
        row->SetValue("OTHER", by_caseworker ? r->plan->setting_name : r->plan->caseworker_name);
        if (r->overdue || r->due_soon) {
          auto* flag = row->AddSectionDictionary("FLAG");
          flag->SetValue("TAG", r->overdue ? "govuk-tag--red" : "govuk-tag--yellow");
          flag->SetValue("TEXT", r->overdue ? "Overdue" : "Due soon");
        }
        if (r->suggested_by) row->AddSectionDictionary("UNDER_FIVE")->SetValue("BY", long_date(*r->suggested_by));
        if (!r->plan->review_case_id.empty()) {
          auto* open = row->AddSectionDictionary("OPEN");
          open->SetValue("CASE_ID", r->plan->review_case_id);
          open->SetValue("SAYS", r->plan->meeting_scheduled ? "Meeting on " + long_date(*r->plan->meeting_scheduled) : "Review under way");
        } else {
          row->AddSectionDictionary("ARRANGE")->SetValue("PLAN_ID", (*reg)->of(r->plan).plan_id);
        }
      }
    }
  }, &chrome));
}

Result<Response> phase_transfers_page(Site& site, Request& req) {
  auto access = review_list_access(site, req);
  if (!access) return std::unexpected(access.error());
  if (!*access) return Response::redirect("/sign-in");
  auto reg = load_register(site, **access);
  if (!reg) return std::unexpected(reg.error());
  const auto now = today();
  auto moves = review::phase_transfers((*reg)->records, now);
  std::erase_if(moves, [&](const review::PhaseTransfer& m) { return !may_see(**access, **reg, m.plan, now); });
  std::vector<const review::PlanOnRecord*> shown;
  for (const auto& m : moves) shown.push_back(m.plan);
  if (auto ok = audit_shown(site, req, **access, **reg, shown); !ok) return std::unexpected(ok.error());
  auto chrome = (*access)->who.chrome();
  return Response::html(site.views.page("phase_transfers.tpl", "Moving phase next September", [&](ctemplate::TemplateDictionary& d) {
    d.SetIntValue("COUNT", static_cast<long>(moves.size()));
    d.SetValue("MOVES_ON", moves.empty() ? "" : long_date(moves.front().moves_on));
    if (moves.empty()) d.ShowSection("EMPTY");
    else d.ShowSection("HAS_ROWS");
    for (const auto& m : moves) {
      auto* row = d.AddSectionDictionary("ROW");
      row->SetValue("CHILD_ID", m.plan->child_id);
      row->SetValue("CHILD", m.plan->child_name);
      row->SetValue("SETTING", m.plan->setting_name);
      row->SetValue("MOVE", "From " + phase_words(m.from_phase) + " to " + phase_words(m.to_phase));
      row->SetValue("DEADLINE", long_date(m.deadline));
      row->SetValue("RULE", std::string(statutory::rule(m.rule_id).regulation));
      if (m.overdue) row->ShowSection("OVERDUE");
      if (!m.plan->review_case_id.empty()) row->AddSectionDictionary("OPEN")->SetValue("CASE_ID", m.plan->review_case_id);
      else row->AddSectionDictionary("ARRANGE")->SetValue("PLAN_ID", (*reg)->of(m.plan).plan_id);
    }
  }, &chrome));
}

}  // namespace

Result<void> add_review_list_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/reviews", "reviews", Access::signed_in, [&site](Request& r) { return due_reviews_page(site, r); }},
      {http::verb::get, "/reviews/phase-transfers", "phase_transfers", Access::signed_in,
       [&site](Request& r) { return phase_transfers_page(site, r); }},
  };
  for (auto& route : routes)
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  return {};
}

}  // namespace sendhub::web
