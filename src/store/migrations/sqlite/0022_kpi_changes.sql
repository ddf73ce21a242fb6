-- The partnership's KPIs are computed in memory from every case's facts (issue 8). A server
-- loads them once, then applies only what changed: each write below adds the case or child it
-- touched to this feed, on every engine and from every server, and the next dashboard request
-- reloads just those. A child of '*' asks for everything to be reloaded (a school's type changed).
CREATE TABLE kpi_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT,
  child_id TEXT,
  xid INTEGER NOT NULL DEFAULT 0  -- PostgreSQL's transaction; SQLite has one writer, so seq order is commit order
) STRICT;
CREATE TRIGGER kpi_case_insert AFTER INSERT ON cases BEGIN INSERT INTO kpi_changes (case_id, child_id) VALUES (NEW.id, NEW.child_id); END;
CREATE TRIGGER kpi_event_insert AFTER INSERT ON case_events BEGIN INSERT INTO kpi_changes (case_id) VALUES (NEW.case_id); END;
CREATE TRIGGER kpi_exception_insert AFTER INSERT ON case_exceptions BEGIN INSERT INTO kpi_changes (case_id) VALUES (NEW.case_id); END;
CREATE TRIGGER kpi_exception_update AFTER UPDATE ON case_exceptions BEGIN INSERT INTO kpi_changes (case_id) VALUES (NEW.case_id); END;
CREATE TRIGGER kpi_exception_delete AFTER DELETE ON case_exceptions BEGIN INSERT INTO kpi_changes (case_id) VALUES (OLD.case_id); END;
CREATE TRIGGER kpi_involvement_insert AFTER INSERT ON involvements BEGIN INSERT INTO kpi_changes (case_id) VALUES (NEW.case_id); END;
CREATE TRIGGER kpi_review_update AFTER UPDATE ON review_meetings BEGIN INSERT INTO kpi_changes (case_id) VALUES (NEW.case_id); END;
CREATE TRIGGER kpi_child_insert AFTER INSERT ON children BEGIN INSERT INTO kpi_changes (child_id) VALUES (NEW.id); END;
CREATE TRIGGER kpi_child_update AFTER UPDATE ON children BEGIN INSERT INTO kpi_changes (child_id) VALUES (NEW.id); END;
CREATE TRIGGER kpi_details_insert AFTER INSERT ON child_detail_versions BEGIN INSERT INTO kpi_changes (child_id) VALUES (NEW.child_id); END;
CREATE TRIGGER kpi_plan_version_insert AFTER INSERT ON plan_versions
BEGIN INSERT INTO kpi_changes (child_id) SELECT child_id FROM plans WHERE id = NEW.plan_id; END;
CREATE TRIGGER kpi_organisation_update AFTER UPDATE ON organisations BEGIN INSERT INTO kpi_changes (child_id) VALUES ('*'); END;
-- Where a school's pupils are educated, for the KPIs' "where educated" breakdown and SEN2.
ALTER TABLE organisations ADD COLUMN setting_type TEXT NOT NULL DEFAULT '';
