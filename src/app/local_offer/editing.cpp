#include "app/local_offer/editing.h"

#include <boost/json.hpp>
#include <set>

#include "app/clock.h"
#include "app/email/outbox.h"
#include "app/identity/audit_trail.h"
#include "app/identity/sessions.h"
#include "app/local_offer/directory_reader.h"
#include "app/local_offer/directory_writer.h"
#include "domain/local_offer/emails.h"

namespace sendhub::app::local_offer {
namespace {

using store::Value;
namespace json = boost::json;

calendar::Date day_of_unix(std::int64_t now) {
  return std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{now}});
}

std::optional<calendar::Date> date_or_none(const std::string& s) {
  auto d = calendar::parse_date(s.substr(0, 10));
  if (!d) return std::nullopt;
  return *d;
}

bool may_edit(const DirectoryActor& who, const std::string& owner) {
  if (who.role == lo::DirectoryRole::local_offer_team) return true;
  if (who.role != lo::DirectoryRole::provider || owner.empty()) return false;
  return std::find(who.organisation_ids.begin(), who.organisation_ids.end(), owner) != who.organisation_ids.end();
}

std::string updated_by(const DirectoryActor& who) {
  return who.organisation_name + (who.role == lo::DirectoryRole::local_offer_team ? " (Local Offer team)" : " (provider)");
}

Result<void> audit(store::Connection& c, const DirectoryActor& who, access::Role role, const std::string& action,
                   const std::string& service_id, const RequestContext& ctx) {
  audit::AuditEntry e;
  e.actor_user_id = who.user_id;
  e.actor_role = std::string(access::to_string(role));
  e.action = action;
  e.outcome = "succeeded";
  e.source = ctx.source;
  e.request_id = ctx.request_id;
  e.detail = "local offer service " + service_id;
  auto written = append_audit(c, e);
  if (!written) return std::unexpected(written.error());
  return {};
}

access::Role role_of(const DirectoryActor& who) {
  return who.role == lo::DirectoryRole::local_offer_team ? access::Role::local_offer_editor : access::Role::service_provider;
}

// The service row with what the editing pages need beside it.
Result<std::optional<ManagedService>> load_managed(store::Connection& c, const std::string& id, calendar::Date today) {
  const Value p[] = {id};
  auto rows = c.query(std::string("SELECT ") + service_columns +
                          ", COALESCE(o.name, ''), COALESCE(o.sendhub_organisation_id, ''), s.reminder_sent_on, "
                          "EXISTS (SELECT 1 FROM lo_change_requests r WHERE r.service_id = s.id AND r.status = 'pending') "
                          "FROM lo_services s LEFT JOIN lo_organizations o ON o.id = s.organization_id WHERE s.id = $1",
                      p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<ManagedService>{};
  const auto& r = rows->front();
  auto loaded = load_services(c, {id}, true);
  if (!loaded) return std::unexpected(loaded.error());
  ManagedService m;
  m.service = loaded->front();
  m.version = service_version(r, 0);
  m.organization_name = r.get_text(service_column_count);
  m.sendhub_organisation_id = r.get_text(service_column_count + 1);
  m.reminder_sent_on = r.get_text(service_column_count + 2);
  m.change_waiting = r.get_int(service_column_count + 3) != 0;
  m.review = lo::review_state(date_or_none(m.service.assured_date), m.service.review_interval_days, today);
  return std::optional<ManagedService>{std::move(m)};
}

// Writes the new service, one metadata row per changed field, and the audit entry.
Result<void> publish(store::Connection& c, store::Dialect dialect, const DirectoryActor& who, lo::Service service,
                     const std::vector<lo::FieldChange>& changes, const std::string& by, const RequestContext& ctx) {
  DirectoryWriter w(c, dialect, utc_timestamp_of(ctx.now));
  service.assured_date = calendar::format_date(day_of_unix(ctx.now));
  if (auto ok = w.save(service); !ok) return ok;
  for (const auto& ch : changes)
    if (auto ok = w.record({"", service.id, "service", w.now(), "update", ch.field, ch.before, ch.after, by}, who.user_id); !ok)
      return ok;
  if (auto ok = w.bump_version(); !ok) return ok;
  return audit(c, who, role_of(who), "local_offer.publish", service.id, ctx);
}

Result<std::vector<std::string>> emails_of_role(store::Connection& c, const char* role, const std::string& organisation_id) {
  std::vector<Value> p{std::string(role)};
  std::string sql = "SELECT DISTINCT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.role = $1 AND u.disabled = 0";
  if (!organisation_id.empty()) {
    sql += " AND m.organisation_id = $2";
    p.push_back(organisation_id);
  }
  auto rows = c.query(sql + " ORDER BY u.email", p);
  if (!rows) return std::unexpected(rows.error());
  std::vector<std::string> out;
  for (const auto& r : *rows) out.push_back(r.get_text(0));
  return out;
}

struct StoredChange {
  std::string id, service_id, proposed_by, proposed_at, status;
  lo::ServiceEdit before, after;
};

Result<std::optional<StoredChange>> load_change(store::Connection& c, const std::string& id) {
  const Value p[] = {id};
  auto rows = c.query("SELECT id, service_id, proposed_by, proposed_at, status, changes FROM lo_change_requests WHERE id = $1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<StoredChange>{};
  const auto& r = rows->front();
  boost::system::error_code ec;
  auto v = json::parse(r.get_text(5), ec);
  if (ec || !v.is_object() || !v.as_object().contains("before") || !v.as_object().contains("after"))
    return fail(ErrorCode::internal, "a stored change request is not readable");
  auto before = lo::edit_from_json(json::serialize(v.as_object().at("before")));
  auto after = lo::edit_from_json(json::serialize(v.as_object().at("after")));
  if (!before || !after) return fail(ErrorCode::internal, "a stored change request is not readable");
  return std::optional<StoredChange>{StoredChange{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4),
                                                  *before, *after}};
}

// The proposal applied to the entry as it is now; fields someone has changed since are conflicts.
lo::ServiceEdit merged(const StoredChange& change, const lo::ServiceEdit& now, std::vector<std::string>& conflicts) {
  lo::ServiceEdit out = now;
  for (const auto& f : lo::editable_fields()) {
    if (change.before.*f.member == change.after.*f.member) continue;
    if (now.*f.member != change.before.*f.member && now.*f.member != change.after.*f.member)
      conflicts.emplace_back(f.label);
    out.*f.member = change.after.*f.member;
  }
  return out;
}

Result<PendingChange> describe(store::Connection& c, const StoredChange& s, calendar::Date today) {
  auto service = load_managed(c, s.service_id, today);
  if (!service) return std::unexpected(service.error());
  if (!*service) return fail(ErrorCode::not_found, "");
  const Value p[] = {s.proposed_by};
  auto who = c.query("SELECT display_name FROM users WHERE id = $1", p);
  if (!who) return std::unexpected(who.error());
  PendingChange out{s.id, s.service_id, (*service)->service.name, who->empty() ? "" : who->front().get_text(0), s.proposed_at,
                    (*service)->organization_name, lo::changes_between(s.before, s.after), {}};
  merged(s, lo::edit_of((*service)->service), out.conflicts);
  return out;
}

}  // namespace

Result<DirectoryActor> load_directory_actor(store::Database& db, const access::Actor& actor) {
  DirectoryActor who{actor.user_id, lo::directory_role(actor.role), {}, ""};
  if (who.role == lo::DirectoryRole::none) return who;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const Value p[] = {actor.user_id, std::string(access::to_string(actor.role))};
    auto rows = c.query("SELECT o.id, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                        "WHERE m.user_id = $1 AND m.role = $2 ORDER BY o.name",
                        p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      who.organisation_ids.push_back(r.get_text(0));
      if (who.organisation_name.empty()) who.organisation_name = r.get_text(1);
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (who.organisation_ids.empty()) who.role = lo::DirectoryRole::none;  // a role with no organisation acts for nobody
  return who;
}

Result<std::vector<ManagedService>> managed_services(store::Database& db, const DirectoryActor& who, calendar::Date today) {
  std::vector<ManagedService> out;
  if (who.role == lo::DirectoryRole::none) return out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    std::vector<Value> p;
    std::string sql = "SELECT s.id FROM lo_services s LEFT JOIN lo_organizations o ON o.id = s.organization_id";
    if (who.role == lo::DirectoryRole::provider) {
      sql += " WHERE o.sendhub_organisation_id IN (" + placeholders(who.organisation_ids.size()) + ")";
      p.assign(who.organisation_ids.begin(), who.organisation_ids.end());
    }
    auto ids = c.query(sql + " ORDER BY s.name, s.id", p);
    if (!ids) return std::unexpected(ids.error());
    for (const auto& r : *ids) {
      auto m = load_managed(c, r.get_text(0), today);
      if (!m) return std::unexpected(m.error());
      if (*m) out.push_back(std::move(**m));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ManagedService> managed_service(store::Database& db, const DirectoryActor& who, const std::string& id, calendar::Date today) {
  std::optional<ManagedService> found;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto m = load_managed(c, id, today);
    if (!m) return std::unexpected(m.error());
    found = std::move(*m);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!found || !may_edit(who, found->sendhub_organisation_id)) return fail(ErrorCode::not_found, "There is no such service");
  return *found;
}

Result<EditOutcome> submit_edit(store::Database& db, const DirectoryActor& who, const std::string& id, lo::ServiceEdit typed,
                                std::int64_t base_version, const RequestContext& ctx) {
  EditOutcome out;
  const auto today = day_of_unix(ctx.now);
  out.problems = lo::check_edit(typed);
  if (!out.problems.empty()) {
    // Someone who may not edit it learns nothing about the entry, not even what they typed wrong.
    if (auto m = managed_service(db, who, id, today); !m) return std::unexpected(m.error());
    return out;
  }
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto m = load_managed(c, id, today);
    if (!m) return std::unexpected(m.error());
    if (!*m || !may_edit(who, (*m)->sendhub_organisation_id)) return fail(ErrorCode::not_found, "There is no such service");
    if ((*m)->version != base_version) {
      out.problems.push_back({"name", "Someone else changed this entry after you opened it. Your changes have not been saved: "
                                      "check the entry as it is now and make them again"});
      return {};
    }
    const auto before = lo::edit_of((*m)->service);
    const auto changes = lo::changes_between(before, typed);
    if (changes.empty()) {
      out.problems.push_back({"name", "You have not changed anything"});
      return {};
    }
    if (who.role == lo::DirectoryRole::local_offer_team) {
      lo::Service updated = (*m)->service;
      lo::apply_edit(updated, typed);
      out.published = true;
      return publish(c, db.dialect(), who, std::move(updated), changes, updated_by(who), ctx);
    }
    out.change_id = new_uuid();
    json::object stored{{"before", json::parse(lo::edit_to_json(before))}, {"after", json::parse(lo::edit_to_json(typed))}};
    const Value p[] = {out.change_id, id, who.user_id, utc_timestamp_of(ctx.now), base_version, json::serialize(stored)};
    if (auto n = c.execute("INSERT INTO lo_change_requests (id, service_id, proposed_by, proposed_at, base_version, changes, status) "
                           "VALUES ($1, $2, $3, $4, $5, $6, 'pending')", p);
        !n)
      return std::unexpected(n.error());
    auto team = emails_of_role(c, "local_offer_editor", "");
    if (!team) return std::unexpected(team.error());
    for (const auto& to : *team)
      if (auto q = queue_email(c, lo::change_waiting_message(to, (*m)->service.name,
                                                             ctx.public_url + "/local-offer/manage/changes/" + out.change_id),
                               ctx.now);
          !q)
        return std::unexpected(q.error());
    return audit(c, who, role_of(who), "local_offer.propose", id, ctx);
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<PendingChange>> pending_changes(store::Database& db, const DirectoryActor& who) {
  std::vector<PendingChange> out;
  if (who.role == lo::DirectoryRole::none) return out;
  const auto today = day_of_unix(unix_now());
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT r.id, COALESCE(o.sendhub_organisation_id, '') FROM lo_change_requests r "
                        "JOIN lo_services s ON s.id = r.service_id LEFT JOIN lo_organizations o ON o.id = s.organization_id "
                        "WHERE r.status = 'pending' ORDER BY r.proposed_at, r.id");
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      if (!may_edit(who, r.get_text(1))) continue;
      auto stored = load_change(c, r.get_text(0));
      if (!stored) return std::unexpected(stored.error());
      auto d = describe(c, **stored, today);
      if (!d) return std::unexpected(d.error());
      out.push_back(std::move(*d));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<PendingChange> pending_change(store::Database& db, const DirectoryActor& who, const std::string& change_id) {
  for (auto& p : pending_changes(db, who).value_or(std::vector<PendingChange>{}))
    if (p.id == change_id) return p;
  return fail(ErrorCode::not_found, "There is no such change waiting");
}

Result<std::vector<identity::FieldProblem>> decide_change(store::Database& db, const DirectoryActor& who,
                                                          const std::string& change_id, bool approve, std::string note,
                                                          const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  while (!note.empty() && (note.back() == ' ' || note.back() == '\n' || note.back() == '\r')) note.pop_back();
  if (who.role != lo::DirectoryRole::local_offer_team) return fail(ErrorCode::not_found, "There is no such change waiting");
  if (!approve && note.empty()) problems.push_back({"note", "Say why the change is not being published"});
  if (note.size() > 500) problems.push_back({"note", "The note must be 500 characters or fewer"});
  for (char& ch : note)
    if (ch == '\n' || ch == '\r') ch = ' ';
  if (!problems.empty()) return problems;
  const auto today = day_of_unix(ctx.now);
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto stored = load_change(c, change_id);
    if (!stored) return std::unexpected(stored.error());
    if (!*stored || (*stored)->status != "pending") return fail(ErrorCode::not_found, "There is no such change waiting");
    const auto& s = **stored;
    auto m = load_managed(c, s.service_id, today);
    if (!m) return std::unexpected(m.error());
    if (!*m) return fail(ErrorCode::not_found, "There is no such change waiting");
    if (approve) {
      std::vector<std::string> conflicts;
      const auto now_edit = lo::edit_of((*m)->service);
      const auto result = merged(s, now_edit, conflicts);
      if (!conflicts.empty()) {
        std::string list;
        for (const auto& f : conflicts) list += (list.empty() ? "" : ", ") + f;
        problems.push_back({"decision", "The entry has changed since this was proposed (" + list +
                                            "). Turn this change down and ask the provider to propose it again"});
        return {};
      }
      lo::Service updated = (*m)->service;
      lo::apply_edit(updated, result);
      const auto by = (*m)->organization_name + " (provider), approved by " + who.organisation_name + " (Local Offer team)";
      if (auto done = publish(c, db.dialect(), who, std::move(updated), lo::changes_between(now_edit, result), by, ctx); !done)
        return done;
    }
    const Value p[] = {approve ? "approved" : "rejected", who.user_id, utc_timestamp_of(ctx.now), note, change_id};
    if (auto n = c.execute("UPDATE lo_change_requests SET status = $1, decided_by = $2, decided_at = $3, decision_note = $4 "
                           "WHERE id = $5 AND status = 'pending'", p);
        !n)
      return std::unexpected(n.error());
    const Value u[] = {s.proposed_by};
    auto to = c.query("SELECT email FROM users WHERE id = $1 AND disabled = 0", u);
    if (!to) return std::unexpected(to.error());
    if (!to->empty())
      if (auto q = queue_email(c, lo::change_decided_message(to->front().get_text(0), (*m)->service.name, approve, note,
                                                            ctx.public_url + "/local-offer/services/" + s.service_id),
                               ctx.now);
          !q)
        return std::unexpected(q.error());
    return audit(c, who, role_of(who), approve ? "local_offer.approve" : "local_offer.turn_down", s.service_id, ctx);
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

Result<void> mark_checked(store::Database& db, const DirectoryActor& who, const std::string& id, const RequestContext& ctx) {
  const auto today = day_of_unix(ctx.now);
  return db.write([&](store::Connection& c) -> Result<void> {
    auto m = load_managed(c, id, today);
    if (!m) return std::unexpected(m.error());
    if (!*m || !may_edit(who, (*m)->sendhub_organisation_id)) return fail(ErrorCode::not_found, "There is no such service");
    const std::string checked = calendar::format_date(today);
    const Value p[] = {checked, id};
    if (auto n = c.execute("UPDATE lo_services SET assured_date = $1 WHERE id = $2", p); !n) return std::unexpected(n.error());
    DirectoryWriter w(c, db.dialect(), utc_timestamp_of(ctx.now));
    if (auto done = w.record({"", id, "service", w.now(), "assured", "assured_date", (*m)->service.assured_date, checked,
                              updated_by(who)},
                             who.user_id);
        !done)
      return done;
    return audit(c, who, role_of(who), "local_offer.checked", id, ctx);
  });
}

Result<std::vector<lo::Metadata>> service_history(store::Database& db, const DirectoryActor& who, const std::string& id) {
  if (auto m = managed_service(db, who, id, day_of_unix(unix_now())); !m) return std::unexpected(m.error());
  std::vector<lo::Metadata> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = load_metadata(c, id);
    if (!rows) return std::unexpected(rows.error());
    out = std::move(*rows);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app::local_offer
