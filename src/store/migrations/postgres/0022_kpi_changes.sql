-- The partnership's KPIs are computed in memory from every case's facts (issue 8). A server
-- loads them once, then applies only what changed: each write below adds the case or child it
-- touched to this feed, on every engine and from every server, and the next dashboard request
-- reloads just those. A child of '*' asks for everything to be reloaded (a school's type changed).
-- Sequence numbers are handed out before commit, so a reader also rereads rows whose
-- transaction (xid) was still running when it last read.
CREATE TABLE kpi_changes (
  seq BIGSERIAL PRIMARY KEY,
  case_id TEXT,
  child_id TEXT,
  xid BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint)
);
CREATE INDEX kpi_changes_by_xid ON kpi_changes (xid);
CREATE FUNCTION kpi_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'cases' THEN
    INSERT INTO kpi_changes (case_id, child_id) VALUES (NEW.id, NEW.child_id);
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO kpi_changes (case_id) VALUES (OLD.case_id);
  ELSE
    INSERT INTO kpi_changes (case_id) VALUES (NEW.case_id);
  END IF;
  RETURN NULL;
END;
$$;
CREATE FUNCTION kpi_child_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'children' THEN
    INSERT INTO kpi_changes (child_id) VALUES (NEW.id);
  ELSIF TG_TABLE_NAME = 'plan_versions' THEN
    INSERT INTO kpi_changes (child_id) SELECT child_id FROM plans WHERE id = NEW.plan_id;
  ELSIF TG_TABLE_NAME = 'organisations' THEN
    INSERT INTO kpi_changes (child_id) VALUES ('*');
  ELSE
    INSERT INTO kpi_changes (child_id) VALUES (NEW.child_id);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER kpi_case_insert AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION kpi_case_changed();
CREATE TRIGGER kpi_event_insert AFTER INSERT ON case_events FOR EACH ROW EXECUTE FUNCTION kpi_case_changed();
CREATE TRIGGER kpi_exception_change AFTER INSERT OR UPDATE OR DELETE ON case_exceptions FOR EACH ROW EXECUTE FUNCTION kpi_case_changed();
CREATE TRIGGER kpi_involvement_insert AFTER INSERT ON involvements FOR EACH ROW EXECUTE FUNCTION kpi_case_changed();
CREATE TRIGGER kpi_review_update AFTER UPDATE ON review_meetings FOR EACH ROW EXECUTE FUNCTION kpi_case_changed();
CREATE TRIGGER kpi_child_change AFTER INSERT OR UPDATE ON children FOR EACH ROW EXECUTE FUNCTION kpi_child_changed();
CREATE TRIGGER kpi_details_insert AFTER INSERT ON child_detail_versions FOR EACH ROW EXECUTE FUNCTION kpi_child_changed();
CREATE TRIGGER kpi_plan_version_insert AFTER INSERT ON plan_versions FOR EACH ROW EXECUTE FUNCTION kpi_child_changed();
CREATE TRIGGER kpi_organisation_update AFTER UPDATE ON organisations FOR EACH STATEMENT EXECUTE FUNCTION kpi_child_changed();
ALTER TABLE organisations ADD COLUMN setting_type TEXT NOT NULL DEFAULT '';
