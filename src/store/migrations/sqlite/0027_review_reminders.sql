-- Annual-review reminders already sent to a school's SENCO (issue 7): one row per plan, review
-- due date, kind (to_arrange, overdue) and SENCO, so the daily job sends each once, and next
-- year's review, with its new due date, reminds again.
CREATE TABLE review_reminders_sent (
  plan_id TEXT NOT NULL REFERENCES plans (id),
  due_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('to_arrange', 'overdue')),
  user_id TEXT NOT NULL REFERENCES users (id),
  sent_on TEXT NOT NULL,
  PRIMARY KEY (plan_id, due_on, kind, user_id)
) STRICT;
