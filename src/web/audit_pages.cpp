// /audit and /audit.csv: the audit trail for administrators and SEN managers (data protection
// officers act as administrators). Looking at or exporting the trail is itself audited.
#include "app/identity/audit_trail.h"
#include "domain/calendar/date.h"
#include "domain/export/csv.h"
#include "web/session_support.h"

namespace sendhub::web {
namespace {

struct AuditQuery {
  app::AuditFilter filter;
  std::string from, to, outcome;
  std::vector<std::pair<std::string, std::string>> errors;
};

AuditQuery read_query(const Request& req, const access::Actor& actor) {
  AuditQuery q;
  q.filter.child_id = req.query.get("child").substr(0, 100);
  q.outcome = req.query.get("outcome");
  if (q.outcome == "allowed" || q.outcome == "refused" || q.outcome == "succeeded" || q.outcome == "failed" ||
      q.outcome == "throttled")
    q.filter.outcome = q.outcome;
  q.from = req.query.get("from").substr(0, 20);
  q.to = req.query.get("to").substr(0, 20);
  if (!q.from.empty()) {
    if (calendar::parse_date(q.from)) q.filter.from_day = q.from;
    else q.errors.emplace_back("from", "Enter the start date as YYYY-MM-DD, for example 2026-01-31");
  }
  if (!q.to.empty()) {
    if (calendar::parse_date(q.to)) q.filter.to_day = q.to;
    else q.errors.emplace_back("to", "Enter the end date as YYYY-MM-DD, for example 2026-01-31");
  }
  // Administrators see the whole deployment; SEN managers their own authorities.
  if (actor.role != access::Role::administrator) q.filter.la_codes = actor.la_codes;
  return q;
}

Result<std::optional<SignedIn>> auditor(Site& site, const Request& req) {
  auto who = signed_in(site, req);
  if (!who || !*who) return who;
  for (const auto& la : (*who)->actor.la_codes)
    if (access::may((*who)->actor, access::Action::view_audit, {access::ResourceKind::deployment, la}, {})) return who;
  return std::optional<SignedIn>{};
}

std::string query_string(const AuditQuery& q) {
  std::string out;
  auto add = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    if (!out.empty()) out += "&";
    out += std::string(key) + "=";
    for (unsigned char c : value) {
      if (std::isalnum(c) || c == '-' || c == '_' || c == '.') out.push_back(static_cast<char>(c));
      else {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        out += buf;
      }
    }
  };
  add("child", q.filter.child_id);
  add("outcome", q.filter.outcome);
  add("from", q.filter.from_day);
  add("to", q.filter.to_day);
  return out;
}

Result<Response> page(Site& site, Request& req) {
  auto who = auditor(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return fail(ErrorCode::not_found, "");
  AuditQuery q = read_query(req, (*who)->actor);
  if (auto ok = audit_read(site, req, **who, "audit.view", "", "", true); !ok) return std::unexpected(ok.error());
  q.filter.limit = 200;
  std::vector<audit::AuditEntry> entries;
  if (q.errors.empty()) {
    auto read = app::read_audit(site.db, q.filter);
    if (!read) return std::unexpected(read.error());
    entries = std::move(*read);
  }
  auto chrome = (*who)->chrome();
  return Response::html(site.views.page("audit.tpl", q.errors.empty() ? "Audit trail" : "Error: Audit trail",
                                        [&](ctemplate::TemplateDictionary& d) {
    d.SetValue("SCOPE", (*who)->session.role == access::Role::administrator ? "every local authority on this server"
                                                                            : "your local authority");
    d.SetValue("CHILD", q.filter.child_id);
    d.SetValue("FROM", q.from);
    d.SetValue("TO", q.to);
    d.SetValue("QUERY", query_string(q));
    for (auto [value, label] : {std::pair{"", "Any"}, {"allowed", "Allowed"}, {"refused", "Refused"},
                                {"succeeded", "Signed in"}, {"failed", "Sign-in failed"}, {"throttled", "Sign-in slowed down"}}) {
      auto* o = d.AddSectionDictionary("OUTCOME_OPTION");
      o->SetValue("VALUE", value);
      o->SetValue("LABEL", label);
      if (q.filter.outcome == value) o->SetValue("SELECTED", "selected");
    }
    if (!q.errors.empty()) d.ShowSection("ERRORS");
    for (const auto& [field, message] : q.errors) {
      auto* e = d.AddSectionDictionary("ERROR");
      e->SetValue("FIELD", field);
      e->SetValue("MESSAGE", message);
      d.SetValue(field == "from" ? "FROM_GROUP_CLASS" : "TO_GROUP_CLASS", "govuk-form-group--error");
    }
    d.SetValue("COUNT", std::to_string(entries.size()));
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
      auto* row = d.AddSectionDictionary("ENTRY");
      row->SetValue("SEQUENCE", std::to_string(it->sequence));
      row->SetValue("AT", it->at);
      row->SetValue("USER", it->actor_user_id.empty() ? "(unknown)" : it->actor_user_id);
      row->SetValue("ROLE", it->actor_role);
      row->SetValue("ACTION", it->action);
      row->SetValue("CHILD", it->child_id);
      row->SetValue("OUTCOME", it->outcome);
    }
  }, &chrome));
}

Result<Response> csv(Site& site, Request& req) {
  auto who = auditor(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return fail(ErrorCode::not_found, "");
  AuditQuery q = read_query(req, (*who)->actor);
  if (!q.errors.empty()) return fail(ErrorCode::invalid_input, q.errors.front().second);
  auto entries = app::read_audit(site.db, q.filter);
  if (!entries) return std::unexpected(entries.error());
  if (auto ok = audit_read(site, req, **who, "audit.export", "", "", true); !ok) return std::unexpected(ok.error());
  std::string body = exporting::csv_row({"sequence", "at", "user", "role", "action", "child", "case", "la_code", "outcome",
                                         "source", "request_id", "hash"});
  for (const auto& e : *entries)
    body += exporting::csv_row({std::to_string(e.sequence), e.at, e.actor_user_id, e.actor_role, e.action, e.child_id,
                                e.case_id, e.la_code, e.outcome, e.source, e.request_id, e.hash});
  Response r;
  r.content_type = "text/csv; charset=utf-8";
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"sendhub-audit.csv\"");
  return r;
}

}  // namespace

Result<void> add_audit_pages(Site& site) {
  Route routes[] = {
      {http::verb::get, "/audit", "audit", Access::signed_in, [&site](Request& r) { return page(site, r); }},
      {http::verb::get, "/audit.csv", "audit_csv", Access::signed_in, [&site](Request& r) { return csv(site, r); }},
  };
  for (auto& route : routes) {
    route.body_limit = 0;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
