-- Reminders already sent, so the daily job can run on several servers, or twice, and still
-- send each reminder once.
CREATE TABLE reminders_sent (
  case_id TEXT NOT NULL REFERENCES cases (id),
  milestone TEXT NOT NULL,
  kind TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id),
  sent_on TEXT NOT NULL,
  PRIMARY KEY (case_id, milestone, kind, user_id)
);
