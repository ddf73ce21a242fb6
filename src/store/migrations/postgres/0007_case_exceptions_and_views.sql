-- Permitted exceptions to the 20-week limit (reg 10(4)), recorded on a case and read by the
-- statutory engine; and the child's and family's views for section A of the plan.
CREATE TABLE case_exceptions (
  case_id TEXT NOT NULL REFERENCES cases (id),
  position BIGINT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('institution_closure', 'absence_from_area', 'exceptional_personal_circumstances')),
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  note TEXT NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users (id),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (case_id, position)
);

CREATE TABLE family_views (
  id TEXT PRIMARY KEY,
  child_id TEXT NOT NULL REFERENCES children (id),
  author_user_id TEXT NOT NULL REFERENCES users (id),
  submitted_at TEXT NOT NULL,
  like_about_me TEXT NOT NULL,
  important_to_me TEXT NOT NULL,
  support_me TEXT NOT NULL,
  my_hopes TEXT NOT NULL
);
CREATE INDEX family_views_by_child ON family_views (child_id, submitted_at);
