-- Documents on a child's record (reports, letters, evidence for a request), kept in the
-- database so that a backup of it is a backup of everything. Content is base64 text, which both
-- engines store the same way.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  child_id TEXT NOT NULL REFERENCES children (id),
  case_id TEXT REFERENCES cases (id),
  title TEXT NOT NULL,
  filename TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by TEXT NOT NULL REFERENCES users (id),
  uploaded_at TEXT NOT NULL
) STRICT;
CREATE INDEX documents_by_child ON documents (child_id, uploaded_at);
