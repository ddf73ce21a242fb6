// Documents on a case: POST /cases/:id/documents uploads one (multipart, checked by content,
// at most 10MB) and GET /documents/:id downloads it as an attachment, never shown inline, for
// those who may see the record. Both are audited.
#include "app/casework/cases.h"
#include "app/record/documents.h"
#include "domain/record/document_type.h"
#include "web/case_view.h"

namespace sendhub::web {
namespace {

Result<Response> upload(Site& site, Request& req) {
  auto body = req.multipart();
  if (!body) return std::unexpected(body.error());
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  if (auto ok = check_state_change(req, body->fields, (*who)->session.csrf_token); !ok) return std::unexpected(ok.error());
  auto k = app::open_case_for(site.db, (*who)->actor, access::Action::contribute_advice, req.param("id"), "case.view",
                              request_context(site, req));
  if (!k) return std::unexpected(k.error());
  app::DocumentUpload u{k->child_id, k->id, body->fields.get("title"), "", ""};
  for (auto& f : body->files)
    if (f.field == "file") {
      u.filename = f.filename;
      u.bytes = std::move(f.data);
    }
  auto problems = app::upload_document(site.db, (*who)->actor, u, request_context(site, req));
  if (!problems) return std::unexpected(problems.error());
  if (problems->empty()) return Response::redirect("/cases/" + k->id + "#documents");
  CaseForms forms;
  forms.document = *problems;
  forms.typed = &body->fields;
  return case_page(site, req, **who, *k, forms);
}

Result<Response> download(Site& site, Request& req) {
  auto who = signed_in(site, req);
  if (!who) return std::unexpected(who.error());
  if (!*who) return Response::redirect("/sign-in");
  auto file = app::download_document(site.db, (*who)->actor, req.param("id"), request_context(site, req));
  if (!file) return std::unexpected(file.error());
  Response r;
  r.content_type = file->media_type;
  r.body = std::move(file->bytes);
  // Always a download: a file someone uploaded is never rendered as a page of SENDhub.
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file->filename + "\"");
  return r;
}

}  // namespace

Result<void> add_document_pages(Site& site) {
  Route post{http::verb::post, "/cases/:id/documents", "case_document_upload", Access::signed_in,
             [&site](Request& r) { return upload(site, r); }};
  post.accepts_uploads = true;
  post.body_limit = record::max_document_bytes + 64 * 1024;
  Route get{http::verb::get, "/documents/:id", "document_download", Access::signed_in, [&site](Request& r) { return download(site, r); }};
  get.body_limit = 0;
  if (auto ok = site.router.add(std::move(post)); !ok) return ok;
  return site.router.add(std::move(get));
}

}  // namespace sendhub::web
