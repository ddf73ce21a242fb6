-- Messages between the family and the council SEN team about a case, kept with the case.
CREATE TABLE case_messages (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  author_user_id TEXT NOT NULL REFERENCES users (id),
  sent_at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX case_messages_by_case ON case_messages (case_id, sent_at);
