#include "app/record/documents.h"

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"
#include "domain/encoding/base64.h"
#include "domain/record/document_type.h"

namespace sendhub::app {
namespace {

using encoding::to_base64;

Result<std::string> from_base64(const std::string& text) {
  auto out = encoding::from_base64(text);
  if (!out) return fail(ErrorCode::internal, "a stored document could not be decoded");
  return std::move(*out);
}

audit::AuditEntry entry(const access::Actor& actor, const RequestContext& ctx, std::string action, const std::string& child_id,
                        const std::string& la_code, bool allowed, std::string detail) {
  audit::AuditEntry e;
  e.actor_user_id = actor.user_id;
  e.actor_role = std::string(access::to_string(actor.role));
  e.action = std::move(action);
  e.child_id = child_id;
  e.la_code = la_code;
  e.outcome = allowed ? "allowed" : "refused";
  e.source = ctx.source;
  e.request_id = ctx.request_id;
  e.detail = std::move(detail);
  return e;
}

}  // namespace

Result<std::vector<identity::FieldProblem>> upload_document(store::Database& db, const access::Actor& actor,
                                                            const DocumentUpload& u, const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  if (u.title.empty()) problems.push_back({"title", "Enter a title that says what the document is"});
  else if (u.title.size() > 200) problems.push_back({"title", "Title must be 200 characters or fewer"});
  auto type = record::check_document(u.bytes);
  if (u.bytes.empty() && u.filename.empty()) problems.push_back({"file", "Select a file"});
  else if (!type) problems.push_back({"file", type.error().message});
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto child = load_child_resource(c, u.child_id);
    if (!child) return std::unexpected(child.error());
    if (!*child) return fail(ErrorCode::not_found, "no such child");
    (*child)->case_id = u.case_id;
    if (!access::may(actor, access::Action::contribute_advice, **child, day_of(ctx.now))) return fail(ErrorCode::not_found, "no such child");
    if (!problems.empty()) return {};
    const std::string id = "doc-" + random_token().substr(0, 16);
    const store::Value p[] = {id, u.child_id, u.case_id.empty() ? store::Value() : store::Value(u.case_id), u.title,
                              record::safe_filename(u.filename, *type), std::string(type->media_type),
                              static_cast<std::int64_t>(u.bytes.size()), to_base64(u.bytes), actor.user_id,
                              utc_timestamp_of(ctx.now)};
    auto n = c.execute("INSERT INTO documents (id, child_id, case_id, title, filename, media_type, size_bytes, content_base64, "
                       "uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", p);
    if (!n) return std::unexpected(n.error());
    if (u.also)
      if (auto more = u.also(c, id); !more) return more;
    auto e = entry(actor, ctx, "record.document_upload", u.child_id, (*child)->la_code, true, id);
    e.outcome = "succeeded";
    e.case_id = u.case_id;
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

Result<std::vector<DocumentSummary>> documents_for(store::Database& db, const std::string& child_id, const std::string& case_id) {
  std::vector<DocumentSummary> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {child_id, case_id};
    auto rows = c.query("SELECT d.id, d.title, d.filename, d.media_type, u.display_name, d.uploaded_at, d.size_bytes "
                        "FROM documents d JOIN users u ON u.id = d.uploaded_by WHERE d.child_id = $1 "
                        "AND (d.case_id IS NULL OR d.case_id = $2) ORDER BY d.uploaded_at, d.id", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows)
      out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_int(6)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<DocumentFile> download_document(store::Database& db, const access::Actor& actor, const std::string& id,
                                       const RequestContext& ctx) {
  std::optional<DocumentFile> file;
  std::string child_id, la_code;
  bool allowed = false;
  auto read = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {id};
    auto rows = c.query("SELECT child_id, COALESCE(case_id, ''), filename, media_type, content_base64 FROM documents WHERE id = $1", p);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return {};
    const auto& r = (*rows)[0];
    child_id = r.get_text(0);
    auto child = load_child_resource(c, child_id);
    if (!child) return std::unexpected(child.error());
    if (!*child) return {};
    (*child)->case_id = r.get_text(1);
    la_code = (*child)->la_code;
    allowed = access::may(actor, access::Action::view_record, **child, day_of(ctx.now)).allowed;
    if (!allowed) return {};
    auto bytes = from_base64(r.get_text(4));
    if (!bytes) return std::unexpected(bytes.error());
    file = DocumentFile{r.get_text(2), r.get_text(3), std::move(*bytes)};
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (child_id.empty()) return fail(ErrorCode::not_found, "There is no such document");
  auto audited = db.write([&](store::Connection& c) -> Result<void> {
    auto logged = append_audit(c, entry(actor, ctx, "record.document_download", child_id, la_code, allowed, id));
    if (!logged) return std::unexpected(logged.error());
    return {};
  });
  if (!audited) return std::unexpected(audited.error());
  if (!allowed || !file) return fail(ErrorCode::not_found, "There is no such document");
  return std::move(*file);
}

}  // namespace sendhub::app
