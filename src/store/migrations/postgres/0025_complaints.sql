-- Complaints about the SEND service (issues 7 and 8), on the child's record and, when it is
-- about one, linked to a case. The topic is a closed list because the partnership counts
-- complaints about communication; what was said is kept as the family wrote it. A response
-- adds the outcome and its date; nothing is deleted. Each new complaint feeds the KPIs.
CREATE TABLE complaints (
  id TEXT PRIMARY KEY,
  child_id TEXT NOT NULL REFERENCES children (id),
  la_code TEXT NOT NULL,
  case_id TEXT REFERENCES cases (id),
  topic TEXT NOT NULL CHECK (topic IN ('communication', 'delay', 'provision', 'decision', 'other')),
  made_by TEXT NOT NULL CHECK (made_by IN ('parent', 'young_person', 'advocate')),
  received_on TEXT NOT NULL,
  summary TEXT NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users (id),
  recorded_at TEXT NOT NULL,
  outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'upheld', 'partly_upheld', 'not_upheld')),
  responded_on TEXT NOT NULL DEFAULT '',
  responded_by TEXT REFERENCES users (id)
);
CREATE INDEX complaints_by_child ON complaints (child_id);
CREATE INDEX complaints_by_la ON complaints (la_code, received_on);
CREATE TRIGGER kpi_complaint_insert AFTER INSERT ON complaints FOR EACH ROW EXECUTE FUNCTION kpi_child_changed();
