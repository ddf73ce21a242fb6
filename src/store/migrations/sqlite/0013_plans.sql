-- EHC plans as structured documents (issue 5). A plan belongs to one child; the assessment that
-- made it is remembered. Each version sent to the family (draft) or issued (final) is kept, as
-- the sendhub-plan/1 JSON it was, and never changed. The council edits one working copy; each
-- section has its own edit lock, so two people editing different sections never clash, and the
-- second of two saves to one section from the same starting point is refused.
CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  child_id TEXT NOT NULL REFERENCES children (id),
  la_code TEXT NOT NULL REFERENCES local_authorities (code),
  case_id TEXT REFERENCES cases (id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX plans_by_child ON plans (child_id);
CREATE UNIQUE INDEX plans_by_case ON plans (case_id) WHERE case_id IS NOT NULL;

CREATE TABLE plan_versions (
  plan_id TEXT NOT NULL REFERENCES plans (id),
  version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
  plan_date TEXT NOT NULL,
  document TEXT NOT NULL,
  issued_by TEXT REFERENCES users (id),
  source TEXT NOT NULL CHECK (source IN ('issued', 'imported')),
  issued_at TEXT NOT NULL,
  PRIMARY KEY (plan_id, version)
) STRICT;
CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions BEGIN SELECT RAISE(ABORT, 'plan versions are never changed'); END;
CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions BEGIN SELECT RAISE(ABORT, 'plan versions are never changed'); END;

CREATE TABLE plan_working_copies (
  plan_id TEXT PRIMARY KEY REFERENCES plans (id),
  document TEXT NOT NULL,
  updated_by TEXT NOT NULL REFERENCES users (id),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE plan_section_locks (
  plan_id TEXT NOT NULL REFERENCES plans (id),
  section TEXT NOT NULL,
  version INTEGER NOT NULL,
  updated_by TEXT NOT NULL REFERENCES users (id),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (plan_id, section)
) STRICT;
