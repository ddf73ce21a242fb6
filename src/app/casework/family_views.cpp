#include "app/casework/family_views.h"

#include "app/clock.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"

namespace sendhub::app {

Result<std::vector<identity::FieldProblem>> add_family_views(store::Database& db, const access::Actor& actor,
                                                             const std::string& child_id, const FamilyViews& v,
                                                             const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  if (v.like_about_me.empty() && v.important_to_me.empty() && v.support_me.empty() && v.my_hopes.empty())
    problems.push_back({"like_about_me", "Write something in at least one of the boxes"});
  for (const auto* text : {&v.like_about_me, &v.important_to_me, &v.support_me, &v.my_hopes})
    if (text->size() > 5000) {
      problems.push_back({"like_about_me", "Each box can hold up to 5,000 characters"});
      break;
    }
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto child = load_child_resource(c, child_id);
    if (!child) return std::unexpected(child.error());
    if (!*child || !access::is_family(actor.role) ||
        !access::may(actor, access::Action::contribute_advice, **child, day_of(ctx.now)))
      return fail(ErrorCode::not_found, "no such child");
    if (!problems.empty()) return {};
    const store::Value p[] = {"views-" + random_token().substr(0, 16), child_id, actor.user_id, utc_timestamp_of(ctx.now),
                              v.like_about_me, v.important_to_me, v.support_me, v.my_hopes};
    auto n = c.execute("INSERT INTO family_views (id, child_id, author_user_id, submitted_at, like_about_me, important_to_me, "
                       "support_me, my_hopes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", p);
    if (!n) return std::unexpected(n.error());
    audit::AuditEntry e;
    e.actor_user_id = actor.user_id;
    e.actor_role = std::string(access::to_string(actor.role));
    e.action = "record.views_added";
    e.child_id = child_id;
    e.la_code = (*child)->la_code;
    e.outcome = "succeeded";
    e.source = ctx.source;
    e.request_id = ctx.request_id;
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

Result<std::optional<StoredFamilyViews>> latest_family_views(store::Connection& c, const std::string& child_id,
                                                             calendar::Date today) {
  const store::Value p[] = {child_id};
  auto rows = c.query("SELECT v.like_about_me, v.important_to_me, v.support_me, v.my_hopes, u.display_name, "
                      "substr(v.submitted_at, 1, 10) FROM family_views v JOIN users u ON u.id = v.author_user_id "
                      "WHERE v.child_id = $1 ORDER BY v.submitted_at DESC, v.id DESC LIMIT 1", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<StoredFamilyViews>{};
  const auto& r = (*rows)[0];
  StoredFamilyViews s{{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3)}, r.get_text(4), r.get_text(5)};
  auto on = calendar::parse_date(s.submitted_on);
  s.out_of_date = on && calendar::add_months(*on, 12) < today;
  return std::optional(std::move(s));
}

Result<std::optional<StoredFamilyViews>> latest_family_views(store::Database& db, const std::string& child_id,
                                                             calendar::Date today) {
  std::optional<StoredFamilyViews> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto found = latest_family_views(c, child_id, today);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
