-- Before naming a school or setting in a plan the council consults it (CAFA s39(2)); the school
-- answers whether it can meet the child's needs as the draft sets them out. While the draft is
-- with the family they may require a meeting with a council officer (reg 13(1)(c)).
CREATE TABLE school_consultations (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  sent_on TEXT NOT NULL,
  reply_by TEXT NOT NULL,
  sent_by TEXT NOT NULL REFERENCES users (id),
  answer TEXT NOT NULL DEFAULT '' CHECK (answer IN ('', 'can_meet', 'can_meet_with_changes', 'cannot_meet')),
  reasons TEXT NOT NULL DEFAULT '',
  answered_by TEXT REFERENCES users (id),
  answered_at TEXT
) STRICT;
CREATE INDEX school_consultations_by_case ON school_consultations (case_id);

CREATE TABLE meeting_requests (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  asked_by TEXT NOT NULL REFERENCES users (id),
  asked_at TEXT NOT NULL,
  note TEXT NOT NULL,
  arranged_for TEXT NOT NULL DEFAULT '',
  arranged_where TEXT NOT NULL DEFAULT '',
  arranged_by TEXT REFERENCES users (id),
  arranged_at TEXT
) STRICT;
CREATE INDEX meeting_requests_by_case ON meeting_requests (case_id);
