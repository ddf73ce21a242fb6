-- A request for an EHC needs assessment being written, one question a page, kept so the person
-- can stop and come back (issue 5). One draft per person per child; sending it opens the case,
-- takes the evidence added to it onto the case, and removes the draft.
CREATE TABLE request_drafts (
  child_id TEXT NOT NULL REFERENCES children (id),
  user_id TEXT NOT NULL REFERENCES users (id),
  difficulties TEXT NOT NULL DEFAULT '',
  support_so_far TEXT NOT NULL DEFAULT '',
  hopes TEXT NOT NULL DEFAULT '',
  family_agreed TEXT NOT NULL DEFAULT '',
  reached TEXT NOT NULL DEFAULT 'difficulties',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (child_id, user_id)
);

CREATE TABLE request_draft_documents (
  child_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (child_id, user_id, document_id)
);
