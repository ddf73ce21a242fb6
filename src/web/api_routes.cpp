// The JSON API under /api/v1, for other systems with an API token. The same access::may()
// decides every answer as on the pages, every read of a child is audited, and a child the
// caller may not see is 404 exactly like one that does not exist. Cookies are ignored here.
#include <boost/json.hpp>
#include <charconv>

#include "app/casework/caseload.h"
#include "app/casework/cases.h"
#include "domain/statutory/family_summary.h"
#include "app/identity/accounts.h"
#include "domain/statutory/timeline_json.h"
#include "app/identity/api_tokens.h"
#include "app/identity/audit_trail.h"
#include "app/plan/plan_editor.h"
#include "domain/plan/plan_json.h"
#include "web/child_access.h"

namespace sendhub::web {
namespace {

namespace json = boost::json;

Response json_error(unsigned status, std::string_view code, std::string_view message) {
  json::object body{{"error", json::object{{"code", code}, {"message", message}}}};
  auto r = Response::json(json::serialize(body), status);
  if (status == 401) r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"sendhub\"");
  return r;
}

struct ApiActor {
  app::ApiCaller caller;
  access::Actor actor;
};

// The caller for the request, or the JSON error to answer with.
std::variant<ApiActor, Response> authenticate(Site& site, const Request& req, std::string_view scope) {
  const std::string header(req.header("Authorization"));
  if (!header.starts_with("Bearer ")) return json_error(401, "unauthenticated", "Send an API token in the Authorization: Bearer header");
  auto caller = app::find_api_caller(site.db, std::string_view(header).substr(7), app::unix_now());
  if (!caller) return json_error(503, "unavailable", "SENDhub cannot answer just now. Try again shortly");
  if (!*caller) return json_error(401, "unauthenticated", "This API token is not valid or has been revoked");
  if (!scope.empty() && !(*caller)->has_scope(scope))
    return json_error(403, "forbidden", "This API token does not have the scope " + std::string(scope));
  ApiActor out{**caller, {}};
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    auto actor = app::load_actor(c, out.caller.user_id, out.caller.role);
    if (!actor) return std::unexpected(actor.error());
    out.actor = *actor;
    return {};
  });
  if (!ok) return json_error(503, "unavailable", "SENDhub cannot answer just now. Try again shortly");
  return out;
}

Result<void> audit_api_read(Site& site, const Request& req, const ApiActor& who, std::string action, const ChildRow& child,
                            bool allowed) {
  return site.db.write([&](store::Connection& c) -> Result<void> {
    audit::AuditEntry e;
    e.actor_user_id = who.caller.user_id;
    e.actor_role = std::string(access::to_string(who.caller.role));
    e.action = std::move(action);
    e.child_id = child.id;
    e.la_code = child.la_code;
    e.outcome = allowed ? "allowed" : "refused";
    e.source = req.remote_address;
    e.request_id = req.request_id;
    e.detail = "api token " + who.caller.token_id;
    auto written = app::append_audit(c, e);
    if (!written) return std::unexpected(written.error());
    return {};
  });
}

json::object child_json(const ChildRow& c) {
  return {{"id", c.id}, {"name", c.name}, {"date_of_birth", c.date_of_birth}, {"setting", c.setting},
          {"local_authority", json::object{{"code", c.la_code}, {"name", c.la_name}}}};
}

Result<Response> me(Site& site, Request& req) {
  auto who = authenticate(site, req, "");
  if (auto* r = std::get_if<Response>(&who)) return *r;
  const auto& a = std::get<ApiActor>(who);
  json::array scopes;
  for (const auto& s : a.caller.scopes) scopes.emplace_back(s);
  json::array las;
  for (const auto& la : a.actor.la_codes) las.emplace_back(la);
  return Response::json(json::serialize(json::object{{"token_id", a.caller.token_id},
                                                     {"role", access::to_string(a.caller.role)},
                                                     {"scopes", scopes},
                                                     {"local_authorities", las}}));
}

Result<Response> children(Site& site, Request& req) {
  auto who = authenticate(site, req, "records:read");
  if (auto* r = std::get_if<Response>(&who)) return *r;
  const auto& a = std::get<ApiActor>(who);
  auto all = load_children(site, "");
  if (!all) return std::unexpected(all.error());
  json::array out;
  for (const auto& child : *all) {
    if (!access::may(a.actor, access::Action::view_record, child.resource, today())) continue;
    if (auto ok = audit_api_read(site, req, a, "record.list", child, true); !ok) return std::unexpected(ok.error());
    out.push_back(child_json(child));
  }
  return Response::json(json::serialize(json::object{{"children", out}}));
}

Result<Response> child(Site& site, Request& req) {
  auto who = authenticate(site, req, "records:read");
  if (auto* r = std::get_if<Response>(&who)) return *r;
  const auto& a = std::get<ApiActor>(who);
  auto found = load_children(site, req.param("id"));
  if (!found) return std::unexpected(found.error());
  const auto not_found = json_error(404, "not_found", "There is no child's record with this id that this token may see");
  if (found->empty()) return not_found;
  const auto& c = found->front();
  auto decision = access::may(a.actor, access::Action::view_record, c.resource, today());
  if (auto ok = audit_api_read(site, req, a, "record.view", c, decision.allowed); !ok) return std::unexpected(ok.error());
  if (!decision) return not_found;
  return Response::json(json::serialize(child_json(c)));
}

// Exactly the output of `sendhub timeline` for the case's events (and the same today).
Result<Response> case_timeline(Site& site, Request& req) {
  auto who = authenticate(site, req, "records:read");
  if (auto* r = std::get_if<Response>(&who)) return *r;
  const auto& a = std::get<ApiActor>(who);
  auto ctx = request_context(site, req);
  auto k = app::open_case_for(site.db, a.actor, access::Action::view_record, req.param("id"), "case.timeline", ctx);
  if (!k && k.error().code == ErrorCode::not_found)
    return json_error(404, "not_found", "There is no case with this id that this token may see");
  if (!k) return std::unexpected(k.error());
  const auto now = today();
  auto timeline = statutory::compute_timeline(k->history(), now);
  if (!timeline) return std::unexpected(timeline.error());
  return Response::json(statutory::timeline_to_json(*timeline, now));
}

// The plan on a case as sendhub-plan/1: the newest version sent to the family, or ?version=N.
// The council's unsent working copy is never served here.
Result<Response> case_plan(Site& site, Request& req) {
  auto who = authenticate(site, req, "records:read");
  if (auto* r = std::get_if<Response>(&who)) return *r;
  const auto& a = std::get<ApiActor>(who);
  auto ws = app::open_plan(site.db, a.actor, req.param("id"), request_context(site, req));
  if (!ws && ws.error().code == ErrorCode::not_found)
    return json_error(404, "not_found", "There is no case with this id that this token may see");
  if (!ws) return std::unexpected(ws.error());
  const std::string wanted = req.query.get("version");
  std::optional<app::PlanVersion> version = ws->latest;
  if (!wanted.empty() && ws->row) {
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), n);
    if (ec != std::errc{} || end != wanted.data() + wanted.size() || n < 1)
      return json_error(400, "invalid_input", "version must be a whole number from 1");
    auto read = site.db.read([&](store::Connection& c) -> Result<void> {
      auto v = app::plan_version(c, ws->row->id, n);
      if (!v) return std::unexpected(v.error());
      version = std::move(*v);
      return {};
    });
    if (!read) return std::unexpected(read.error());
  }
  if (!version) return json_error(404, "not_found", "This case has no plan version of that number sent to the family yet");
  return Response::json(plan::write_plan(version->plan));
}

json::object case_json(const app::CaseRecord& k, const statutory::Timeline& t, calendar::Date now) {
  const auto summary = statutory::family_summary(k.history(), t, now);
  json::array events;
  for (const auto& e : k.events) {
    json::object ev{{"type", statutory::to_string(e.event.type)}, {"date", calendar::format_date(e.event.date)}};
    if (e.event.adviser != statutory::Adviser::none) ev["adviser"] = statutory::to_string(e.event.adviser);
    if (e.event.outcome == statutory::Outcome::assess) ev["outcome"] = "assess";
    if (e.event.outcome == statutory::Outcome::not_assess) ev["outcome"] = "not_assess";
    events.push_back(std::move(ev));
  }
  return {{"id", k.id},
          {"child_id", k.child_id},
          {"process", statutory::to_string(k.process)},
          {"local_authority", k.la_code},
          {"requested_by", k.requested_by},
          {"stage", summary.stage},
          {"where_now", summary.where_now},
          {"next_step", summary.next_step},
          {"open", !k.closed_on.has_value()},
          {"named_setting", k.named_setting},
          {"events", events}};
}

// One case: its facts, its plain-English summary and its events (the timeline has its own URL).
Result<Response> case_detail(Site& site, Request& req) {
  auto who = authenticate(site, req, "records:read");
  if (auto* r = std::get_if<Response>(&who)) return *r;
  const auto& a = std::get<ApiActor>(who);
  auto k = app::open_case_for(site.db, a.actor, access::Action::view_record, req.param("id"), "case.view", request_context(site, req));
  if (!k && k.error().code == ErrorCode::not_found)
    return json_error(404, "not_found", "There is no case with this id that this token may see");
  if (!k) return std::unexpected(k.error());
  const auto now = today();
  auto timeline = statutory::compute_timeline(k->history(), now);
  if (!timeline) return std::unexpected(timeline.error());
  return Response::json(json::serialize(case_json(*k, *timeline, now)));
}

// Open cases the token may see, soonest statutory date first (the caseload).
Result<Response> cases(Site& site, Request& req) {
  auto who = authenticate(site, req, "records:read");
  if (auto* r = std::get_if<Response>(&who)) return *r;
  const auto& a = std::get<ApiActor>(who);
  auto rows = app::caseload(site.db, a.actor, {}, today(), nullptr, &site.open_cases);
  if (!rows) return std::unexpected(rows.error());
  // One transaction audits every case listed.
  auto audited = site.db.write([&](store::Connection& c) -> Result<void> {
    for (const auto& r : *rows) {
      audit::AuditEntry e;
      e.actor_user_id = a.caller.user_id;
      e.actor_role = std::string(access::to_string(a.caller.role));
      e.action = "record.list";
      e.child_id = r.child_id;
      e.case_id = r.case_id;
      e.la_code = r.la_code;
      e.outcome = "allowed";
      e.source = req.remote_address;
      e.request_id = req.request_id;
      e.detail = "api token " + a.caller.token_id;
      if (auto written = app::append_audit(c, e); !written) return std::unexpected(written.error());
    }
    return {};
  });
  if (!audited) return std::unexpected(audited.error());
  json::array out;
  for (const auto& r : *rows)
    out.push_back(json::object{{"id", r.case_id},
                               {"child_id", r.child_id},
                               {"stage", r.stage},
                               {"next_step", r.next_what},
                               {"next_due", r.next_due ? json::value(calendar::format_date(*r.next_due)) : json::value(nullptr)},
                               {"overdue", r.overdue}});
  return Response::json(json::serialize(json::object{{"cases", out}}));
}

Result<Response> unknown(Site&, Request&) {
  return json_error(404, "not_found", "There is no such API endpoint. The endpoints are listed in the README");
}

}  // namespace

Result<void> add_api_routes(Site& site) {
  Route routes[] = {
      {http::verb::get, "/api/v1/me", "api_me", Access::api_token, [&site](Request& r) { return me(site, r); }},
      {http::verb::get, "/api/v1/children", "api_children", Access::api_token, [&site](Request& r) { return children(site, r); }},
      {http::verb::get, "/api/v1/children/:id", "api_child", Access::api_token, [&site](Request& r) { return child(site, r); }},
      {http::verb::get, "/api/v1/cases", "api_cases", Access::api_token, [&site](Request& r) { return cases(site, r); }},
      {http::verb::get, "/api/v1/cases/:id", "api_case", Access::api_token, [&site](Request& r) { return case_detail(site, r); }},
      {http::verb::get, "/api/v1/cases/:id/timeline", "api_case_timeline", Access::api_token,
       [&site](Request& r) { return case_timeline(site, r); }},
      {http::verb::get, "/api/v1/cases/:id/plan", "api_case_plan", Access::api_token, [&site](Request& r) { return case_plan(site, r); }},
      {http::verb::get, "/api/v1/*rest", "api_unknown", Access::api_token, [&site](Request& r) { return unknown(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = 0;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
