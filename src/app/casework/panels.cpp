#include "app/casework/panels.h"

#include <algorithm>
#include <array>

#include "app/clock.h"
#include "app/identity/audit_trail.h"
#include "domain/statutory/family_summary.h"

namespace sendhub::app {
namespace {

constexpr std::array<Recommendation, 5> all{{{"assess", "Carry out an EHC needs assessment"},
                                             {"not_assess", "Do not carry out an assessment"},
                                             {"issue", "Issue an EHC plan"},
                                             {"not_issue", "Do not issue a plan"},
                                             {"more_information", "More information is needed first"}}};

bool council(const access::Actor& a) { return access::is_local_authority_casework(a.role); }
bool organiser(const access::Actor& a) { return council(a) && a.role != access::Role::panel_member; }

Result<std::optional<Panel>> load_panel(store::Connection& c, const access::Actor& actor, const std::string& id) {
  const store::Value p[] = {id};
  auto rows = c.query("SELECT p.id, p.la_code, p.meets_on, (SELECT count(*) FROM panel_cases x WHERE x.panel_id = p.id) "
                      "FROM panels p WHERE p.id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<Panel>{};
  const auto& r = (*rows)[0];
  Panel panel{r.get_text(0), r.get_text(1), r.get_text(2), static_cast<int>(r.get_int(3))};
  if (!council(actor) || std::find(actor.la_codes.begin(), actor.la_codes.end(), panel.la_code) == actor.la_codes.end())
    return std::optional<Panel>{};
  return std::optional<Panel>{panel};
}

audit::AuditEntry entry(const access::Actor& a, const RequestContext& ctx, std::string action, std::string la, std::string detail) {
  audit::AuditEntry e;
  e.actor_user_id = a.user_id;
  e.actor_role = std::string(access::to_string(a.role));
  e.action = std::move(action);
  e.la_code = std::move(la);
  e.outcome = "succeeded";
  e.source = ctx.source;
  e.request_id = ctx.request_id;
  e.detail = std::move(detail);
  return e;
}

}  // namespace

std::span<const Recommendation> recommendations() { return all; }

Result<std::vector<identity::FieldProblem>> create_panel(store::Database& db, const access::Actor& actor,
                                                         const std::string& meets_on, const RequestContext& ctx) {
  if (!organiser(actor) || actor.la_codes.empty()) return fail(ErrorCode::not_found, "no panels for this role");
  std::vector<identity::FieldProblem> problems;
  auto date = calendar::parse_date(meets_on);
  if (meets_on.empty()) problems.push_back({"meets_on", "Enter the date the panel meets"});
  else if (!date) problems.push_back({"meets_on", "The date the panel meets must be a real date, like 17 3 2027"});
  else if (*date < day_of(ctx.now)) problems.push_back({"meets_on", "The date the panel meets must be today or in the future"});
  if (!problems.empty()) return problems;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value q[] = {actor.la_codes.front(), meets_on};
    auto exists = c.query("SELECT 1 FROM panels WHERE la_code = $1 AND meets_on = $2", q);
    if (!exists) return std::unexpected(exists.error());
    if (!exists->empty()) {
      problems.push_back({"meets_on", "There is already a panel on that date"});
      return {};
    }
    const store::Value p[] = {"panel-" + random_token().substr(0, 12), actor.la_codes.front(), meets_on, actor.user_id,
                              utc_timestamp_of(ctx.now)};
    auto n = c.execute("INSERT INTO panels (id, la_code, meets_on, created_by, created_at) VALUES ($1, $2, $3, $4, $5)", p);
    if (!n) return std::unexpected(n.error());
    if (auto logged = append_audit(c, entry(actor, ctx, "panel.create", actor.la_codes.front(), meets_on)); !logged)
      return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

Result<std::vector<Panel>> panels_for(store::Database& db, const access::Actor& actor, calendar::Date today, bool include_past) {
  std::vector<Panel> out;
  if (!council(actor)) return out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {include_past ? std::string("0000-01-01") : calendar::format_date(today)};
    auto rows = c.query("SELECT p.id, p.la_code, p.meets_on, (SELECT count(*) FROM panel_cases x WHERE x.panel_id = p.id) "
                        "FROM panels p WHERE p.meets_on >= $1 ORDER BY p.meets_on", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows)
      if (std::find(actor.la_codes.begin(), actor.la_codes.end(), r.get_text(1)) != actor.la_codes.end())
        out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), static_cast<int>(r.get_int(3))});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<identity::FieldProblem>> list_for_panel(store::Database& db, const access::Actor& actor,
                                                           const std::string& panel_id, const std::string& case_id,
                                                           const RequestContext& ctx) {
  if (!organiser(actor)) return fail(ErrorCode::not_found, "There is no such case");
  auto k = open_case_for(db, actor, access::Action::make_decision, case_id, "case.view", ctx);
  if (!k) return std::unexpected(k.error());
  std::vector<identity::FieldProblem> problems;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto panel = load_panel(c, actor, panel_id);
    if (!panel) return std::unexpected(panel.error());
    if (!*panel || (*panel)->la_code != k->la_code) {
      problems.push_back({"panel_id", "Select a panel date"});
      return {};
    }
    const store::Value p[] = {panel_id, case_id, actor.user_id, utc_timestamp_of(ctx.now)};
    auto n = c.execute("INSERT INTO panel_cases (panel_id, case_id, listed_by, listed_at) VALUES ($1, $2, $3, $4) "
                       "ON CONFLICT DO NOTHING", p);
    if (!n) return std::unexpected(n.error());
    auto e = entry(actor, ctx, "panel.list_case", k->la_code, panel_id);
    e.child_id = k->child_id;
    e.case_id = case_id;
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

Result<std::pair<Panel, std::vector<AgendaItem>>> panel_agenda(store::Database& db, const access::Actor& actor,
                                                               const std::string& panel_id, calendar::Date today) {
  std::optional<Panel> panel;
  std::vector<AgendaItem> items;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto loaded = load_panel(c, actor, panel_id);
    if (!loaded) return std::unexpected(loaded.error());
    if (!*loaded) return {};
    panel = **loaded;
    const store::Value p[] = {panel_id};
    auto rows = c.query("SELECT x.case_id, x.recommendation, x.reasons FROM panel_cases x WHERE x.panel_id = $1 "
                        "ORDER BY x.listed_at, x.case_id", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      auto k = load_case(c, r.get_text(0));
      if (!k) return std::unexpected(k.error());
      if (!*k) continue;
      // A panel shows only cases the person may see, decided like every other read.
      auto resource = case_resource(c, **k);
      if (!resource) return std::unexpected(resource.error());
      if (!*resource || !access::may(actor, access::Action::view_record, **resource, today)) continue;
      auto t = statutory::compute_timeline((*k)->history(), today);
      std::string stage = t ? statutory::family_summary((*k)->history(), *t, today).stage : "";
      items.push_back({(*k)->id, (*k)->child_id, (*k)->la_code, (*k)->child_name, stage, r.get_text(1), r.get_text(2)});
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!panel) return fail(ErrorCode::not_found, "There is no such panel");
  return std::pair{*panel, items};
}

Result<std::vector<identity::FieldProblem>> record_recommendation(store::Database& db, const access::Actor& actor,
                                                                  const std::string& panel_id, const std::string& case_id,
                                                                  const std::string& recommendation, const std::string& reasons,
                                                                  const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  if (std::none_of(all.begin(), all.end(), [&](const Recommendation& r) { return r.code == recommendation; }))
    problems.push_back({"recommendation", "Select the panel's recommendation"});
  if (reasons.empty()) problems.push_back({"reasons", "Give the panel's reasons, so the decision letter can explain them"});
  if (reasons.size() > 10000) problems.push_back({"reasons", "Reasons must be 10,000 characters or fewer"});
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto panel = load_panel(c, actor, panel_id);
    if (!panel) return std::unexpected(panel.error());
    if (!*panel) return fail(ErrorCode::not_found, "There is no such panel");
    if (!problems.empty()) return {};
    const store::Value p[] = {recommendation, reasons, actor.user_id, utc_timestamp_of(ctx.now), panel_id, case_id};
    auto n = c.execute("UPDATE panel_cases SET recommendation = $1, reasons = $2, recorded_by = $3, recorded_at = $4 "
                       "WHERE panel_id = $5 AND case_id = $6", p);
    if (!n) return std::unexpected(n.error());
    if (*n != 1) return fail(ErrorCode::not_found, "That case is not on this panel");
    auto e = entry(actor, ctx, "panel.recommendation", (*panel)->la_code, recommendation);
    e.case_id = case_id;
    const store::Value k[] = {case_id};
    auto child = c.query("SELECT child_id FROM cases WHERE id = $1", k);
    if (!child) return std::unexpected(child.error());
    if (!child->empty()) e.child_id = (*child)[0].get_text(0);
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

}  // namespace sendhub::app
