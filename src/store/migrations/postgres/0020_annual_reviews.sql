-- Annual reviews (issue 7). A review is a case (process annual_review) of the plan it reviews;
-- this row says which plan, when and where the meeting is, who was invited, and what the
-- meeting found. Progress towards each outcome of section E is one row per outcome. A family's
-- reply to proposed amendments may say they have no comments, which lets the amended plan be
-- issued before the 15 days are up.
CREATE TABLE review_meetings (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  plan_id TEXT NOT NULL REFERENCES plans (id),
  meeting_on TEXT NOT NULL,
  meeting_where TEXT NOT NULL DEFAULT '',
  invited TEXT NOT NULL DEFAULT '',
  scheduled_by TEXT NOT NULL REFERENCES users (id),
  working TEXT NOT NULL DEFAULT '',
  not_working TEXT NOT NULL DEFAULT '',
  changes TEXT NOT NULL DEFAULT '',
  cease_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_meetings_by_plan ON review_meetings (plan_id);

CREATE TABLE review_outcome_progress (
  case_id TEXT NOT NULL REFERENCES cases (id),
  outcome_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  outcome_text TEXT NOT NULL,
  york_outcome TEXT NOT NULL,
  progress TEXT NOT NULL CHECK (progress IN ('achieved', 'on_track', 'some_progress', 'no_progress')),
  comment TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (case_id, outcome_id)
);

ALTER TABLE family_responses ADD COLUMN no_comments INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cases_by_la_child ON cases (la_code, child_id);
CREATE INDEX plans_by_la ON plans (la_code);
-- The review lists read each plan's first final version; this index answers that without
-- reading the plan documents.
CREATE INDEX plan_versions_by_status ON plan_versions (plan_id, status, plan_date);
-- The review lists are kept in memory until the caseload counter (migration 19) moves; plans,
-- their versions (an imported plan has no case event) and reviews move it too.
CREATE TRIGGER caseload_plans AFTER INSERT ON plans FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
CREATE TRIGGER caseload_plan_versions AFTER INSERT ON plan_versions FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
CREATE TRIGGER caseload_review_meetings AFTER INSERT OR UPDATE ON review_meetings FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
