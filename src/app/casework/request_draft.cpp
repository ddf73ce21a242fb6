#include "app/casework/request_draft.h"

#include "app/clock.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"

namespace sendhub::app {
namespace {

bool from_school(const access::Actor& actor) { return actor.role == access::Role::school_senco; }

// The child as a resource the actor may ask for, or not_found.
Result<access::Resource> allowed_child(store::Connection& c, const access::Actor& actor, const std::string& child_id,
                                       std::int64_t now) {
  auto child = load_child_resource(c, child_id);
  if (!child) return std::unexpected(child.error());
  if (!*child || !access::may(actor, access::Action::contribute_advice, **child, day_of(now)))
    return fail(ErrorCode::not_found, "no such child");
  return **child;
}

Result<std::optional<RequestDraft>> stored_draft(store::Connection& c, const access::Actor& actor, const std::string& child_id) {
  const store::Value p[] = {child_id, actor.user_id};
  auto rows = c.query("SELECT difficulties, support_so_far, hopes, family_agreed, reached, updated_at FROM request_drafts "
                      "WHERE child_id = $1 AND user_id = $2", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<RequestDraft>{};
  const auto& r = rows->front();
  RequestDraft d;
  d.answers = {r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3),
               request::step_from_slug(r.get_text(4)).value_or(request::Step::difficulties)};
  d.updated_at = r.get_text(5);
  return std::optional(std::move(d));
}

Result<void> write_draft(store::Connection& c, const access::Actor& actor, const std::string& child_id, const request::Answers& a,
                         std::int64_t now) {
  const store::Value p[] = {child_id, actor.user_id, a.difficulties, a.support_so_far, a.hopes, a.family_agreed,
                            std::string(request::slug(a.reached)), utc_timestamp_of(now)};
  auto n = c.execute("INSERT INTO request_drafts (child_id, user_id, difficulties, support_so_far, hopes, family_agreed, reached, "
                     "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (child_id, user_id) DO UPDATE SET "
                     "difficulties = excluded.difficulties, support_so_far = excluded.support_so_far, hopes = excluded.hopes, "
                     "family_agreed = excluded.family_agreed, reached = excluded.reached, updated_at = excluded.updated_at", p);
  if (!n) return std::unexpected(n.error());
  return {};
}

Result<void> audit(store::Connection& c, const access::Actor& actor, const char* action, const access::Resource& child,
                   const RequestContext& ctx, std::string detail = {}) {
  auto e = audit_entry(actor, action, ctx, child.child_id, "", child.la_code);
  e.detail = std::move(detail);
  auto logged = append_audit(c, e);
  if (!logged) return std::unexpected(logged.error());
  return {};
}

}  // namespace

Result<RequestDraft> load_request_draft(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                        const RequestContext& ctx) {
  RequestDraft out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto child = allowed_child(c, actor, child_id, ctx.now);
    if (!child) return std::unexpected(child.error());
    auto draft = stored_draft(c, actor, child_id);
    if (!draft) return std::unexpected(draft.error());
    if (*draft) out = std::move(**draft);
    const store::Value p[] = {child_id, actor.user_id};
    auto docs = c.query("SELECT d.id, d.title, d.filename, d.media_type, u.display_name, d.uploaded_at, d.size_bytes "
                        "FROM request_draft_documents r JOIN documents d ON d.id = r.document_id JOIN users u ON u.id = d.uploaded_by "
                        "WHERE r.child_id = $1 AND r.user_id = $2 ORDER BY d.uploaded_at, d.id", p);
    if (!docs) return std::unexpected(docs.error());
    for (const auto& r : *docs)
      out.evidence.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_int(6)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  out.from_school = from_school(actor);
  return out;
}

Result<std::vector<identity::FieldProblem>> save_request_step(store::Database& db, const access::Actor& actor,
                                                              const std::string& child_id, request::Step step,
                                                              const request::Answers& typed, const RequestContext& ctx) {
  auto problems = request::check_step(step, typed, from_school(actor));
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto child = allowed_child(c, actor, child_id, ctx.now);
    if (!child) return std::unexpected(child.error());
    if (!problems.empty() || step == request::Step::check) return {};
    auto draft = stored_draft(c, actor, child_id);
    if (!draft) return std::unexpected(draft.error());
    request::Answers a = *draft ? (*draft)->answers : request::Answers{};
    switch (step) {
      case request::Step::difficulties: a.difficulties = typed.difficulties; break;
      case request::Step::support_so_far: a.support_so_far = typed.support_so_far; break;
      case request::Step::hopes: a.hopes = typed.hopes; break;
      case request::Step::agreement: a.family_agreed = typed.family_agreed; break;
      case request::Step::evidence:
      case request::Step::check: break;
    }
    const auto steps = request::steps_for(from_school(actor));
    const auto next = request::after(step, from_school(actor), false);
    if (std::find(steps.begin(), steps.end(), next) > std::find(steps.begin(), steps.end(), a.reached)) a.reached = next;
    if (auto saved = write_draft(c, actor, child_id, a, ctx.now); !saved) return saved;
    return audit(c, actor, "request.draft_saved", *child, ctx, std::string(request::slug(step)));
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

Result<std::vector<identity::FieldProblem>> add_request_evidence(store::Database& db, const access::Actor& actor,
                                                                 DocumentUpload upload, const RequestContext& ctx) {
  upload.case_id.clear();
  const std::string child_id = upload.child_id;
  upload.also = [&](store::Connection& c, const std::string& id) -> Result<void> {
    auto draft = stored_draft(c, actor, child_id);
    if (!draft) return std::unexpected(draft.error());
    if (!*draft) {  // evidence first: the draft begins here
      if (auto saved = write_draft(c, actor, child_id, {}, ctx.now); !saved) return saved;
    }
    const store::Value p[] = {child_id, actor.user_id, id};
    auto n = c.execute("INSERT INTO request_draft_documents (child_id, user_id, document_id) VALUES ($1, $2, $3)", p);
    if (!n) return std::unexpected(n.error());
    return {};
  };
  return upload_document(db, actor, upload, ctx);
}

Result<AssessmentRequestResult> send_request_draft(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                                   const RequestContext& ctx) {
  AssessmentRequestResult out;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    if (auto child = allowed_child(c, actor, child_id, ctx.now); !child) return std::unexpected(child.error());
    auto draft = stored_draft(c, actor, child_id);
    if (!draft) return std::unexpected(draft.error());
    const request::Answers a = *draft ? (*draft)->answers : request::Answers{};
    // An open request is named first, so nobody finishes writing one that is already there.
    const store::Value o[] = {child_id, std::string("ehc_needs_assessment")};
    auto open = c.query("SELECT id FROM cases WHERE child_id = $1 AND process = $2 AND closed_on IS NULL", o);
    if (!open) return std::unexpected(open.error());
    if (!open->empty()) {
      out.case_id = open->front().get_text(0);
      out.already_open = true;
      return {};
    }
    out.problems = request::check_all(a, from_school(actor));
    if (!out.problems.empty()) return {};
    const store::Value q[] = {child_id};
    auto name = c.query("SELECT given_name FROM children WHERE id = $1", q);
    if (!name) return std::unexpected(name.error());
    AssessmentRequestDraft request{child_id, request::request_text(a, name->front().get_text(0)), a.family_agreed == "yes"};
    if (auto opened = request_assessment_in(c, actor, request, ctx, out); !opened) return opened;
    if (out.already_open || !out.problems.empty()) return {};
    const store::Value p[] = {out.case_id, child_id, actor.user_id};
    auto moved = c.execute("UPDATE documents SET case_id = $1 WHERE id IN (SELECT document_id FROM request_draft_documents "
                           "WHERE child_id = $2 AND user_id = $3)", p);
    if (!moved) return std::unexpected(moved.error());
    const store::Value k[] = {child_id, actor.user_id};
    for (const char* sql : {"DELETE FROM request_draft_documents WHERE child_id = $1 AND user_id = $2",
                            "DELETE FROM request_drafts WHERE child_id = $1 AND user_id = $2"})
      if (auto n = c.execute(sql, k); !n) return std::unexpected(n.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<void> discard_request_draft(store::Database& db, const access::Actor& actor, const std::string& child_id,
                                   const RequestContext& ctx) {
  return db.write([&](store::Connection& c) -> Result<void> {
    auto child = allowed_child(c, actor, child_id, ctx.now);
    if (!child) return std::unexpected(child.error());
    const store::Value k[] = {child_id, actor.user_id};
    for (const char* sql : {"DELETE FROM request_draft_documents WHERE child_id = $1 AND user_id = $2",
                            "DELETE FROM request_drafts WHERE child_id = $1 AND user_id = $2"})
      if (auto n = c.execute(sql, k); !n) return std::unexpected(n.error());
    return audit(c, actor, "request.draft_discarded", *child, ctx);
  });
}

}  // namespace sendhub::app
