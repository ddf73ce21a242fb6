-- Multi-agency panels: meeting dates, the cases listed for each, and the panel's recommendation
-- with its reasons, recorded the same way every time.
CREATE TABLE panels (
  id TEXT PRIMARY KEY,
  la_code TEXT NOT NULL REFERENCES local_authorities (code),
  meets_on TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  UNIQUE (la_code, meets_on)
);

CREATE TABLE panel_cases (
  panel_id TEXT NOT NULL REFERENCES panels (id),
  case_id TEXT NOT NULL REFERENCES cases (id),
  listed_by TEXT NOT NULL REFERENCES users (id),
  listed_at TEXT NOT NULL,
  recommendation TEXT NOT NULL DEFAULT '',
  reasons TEXT NOT NULL DEFAULT '',
  recorded_by TEXT REFERENCES users (id),
  recorded_at TEXT,
  PRIMARY KEY (panel_id, case_id)
);
