-- Cases and their events (issue 5). A case is one statutory process for one child; its events
-- are the single source of truth for dates, appended and never changed (a correction is a new
-- event). The statutory engine computes every due date from them on each read.
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  child_id TEXT NOT NULL REFERENCES children (id),
  la_code TEXT NOT NULL REFERENCES local_authorities (code),
  process TEXT NOT NULL,
  requested_by TEXT NOT NULL CHECK (requested_by IN ('parent', 'young_person', 'school', 'local_authority')),
  family_agreed INTEGER NOT NULL DEFAULT 0,
  request_reason TEXT NOT NULL DEFAULT '',
  caseworker_user_id TEXT REFERENCES users (id),
  opened_by TEXT NOT NULL REFERENCES users (id),
  opened_at TEXT NOT NULL,
  closed_on TEXT
) STRICT;
CREATE INDEX cases_by_child ON cases (child_id);
CREATE INDEX cases_open_by_la ON cases (la_code) WHERE closed_on IS NULL;

CREATE TABLE case_events (
  case_id TEXT NOT NULL REFERENCES cases (id),
  sequence INTEGER NOT NULL,
  type TEXT NOT NULL,
  event_date TEXT NOT NULL,
  outcome TEXT NOT NULL DEFAULT '',
  adviser TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL REFERENCES users (id),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (case_id, sequence)
) STRICT;
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
