-- Advice for an assessment, written by the professional asked (reg 6), and the family's
-- response to a draft plan (their comments and the school or setting they would like named).
CREATE TABLE advice (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  adviser TEXT NOT NULL,
  author_user_id TEXT NOT NULL REFERENCES users (id),
  submitted_at TEXT NOT NULL,
  needs TEXT NOT NULL,
  outcomes TEXT NOT NULL
);
CREATE INDEX advice_by_case ON advice (case_id);

CREATE TABLE advice_provision (
  advice_id TEXT NOT NULL REFERENCES advice (id),
  position BIGINT NOT NULL,
  what TEXT NOT NULL,
  who TEXT NOT NULL,
  how_often TEXT NOT NULL,
  how_long TEXT NOT NULL,
  PRIMARY KEY (advice_id, position)
);

CREATE TABLE family_responses (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  author_user_id TEXT NOT NULL REFERENCES users (id),
  submitted_at TEXT NOT NULL,
  comments TEXT NOT NULL,
  school_preference TEXT NOT NULL
);
CREATE INDEX family_responses_by_case ON family_responses (case_id);

-- The plan as sent: a summary the caseworker writes for the draft and the school named in the final.
ALTER TABLE cases ADD COLUMN draft_summary TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN named_setting TEXT NOT NULL DEFAULT '';
