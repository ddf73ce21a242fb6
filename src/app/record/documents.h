// Documents on a child's record: uploaded by anyone who may contribute to it (the family, the
// school, an involved professional, the council SEN team), checked by content, stored in the
// database, listed with the case and downloaded only by those who may see the record. Every
// upload and download is audited.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/identity/invitations.h"
#include "domain/access/policy.h"
#include "domain/identity/invitation_rules.h"
#include "store/database.h"

namespace sendhub::app {

struct DocumentUpload {
  std::string child_id, case_id;  // case_id may be empty
  std::string title;              // "Speech and language therapy report, March 2025"
  std::string filename;           // as the browser sent it; display only
  std::string bytes;
  // Anything else the upload writes, in its transaction, given the new document's id (a draft
  // request remembering its evidence).
  std::function<Result<void>(store::Connection&, const std::string& id)> also;
};

// Problems, or nothing when stored. not_found when the actor may not add to this record.
Result<std::vector<identity::FieldProblem>> upload_document(store::Database& db, const access::Actor& actor,
                                                            const DocumentUpload& upload, const RequestContext& ctx);

struct DocumentSummary {
  std::string id, title, filename, media_type, uploaded_by_name, uploaded_at;
  std::int64_t size_bytes = 0;
};
Result<std::vector<DocumentSummary>> documents_for(store::Database& db, const std::string& child_id, const std::string& case_id);

struct DocumentFile {
  std::string filename, media_type, bytes;
};
// The file for a download, or not_found (missing or refused); audited either way.
Result<DocumentFile> download_document(store::Database& db, const access::Actor& actor, const std::string& id,
                                       const RequestContext& ctx);

}  // namespace sendhub::app
