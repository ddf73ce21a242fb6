-- A counter that moves whenever anything the caseload shows changes, on any server: cases, their
-- events and exceptions, children, their recorded details, caseworkers' names and schools. A
-- server keeps the open cases' timelines in memory and rebuilds them only when it has moved, so
-- the caseload costs one small read instead of every open case's history (issue 5).
CREATE TABLE change_counters (
  name TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO change_counters (name, value) VALUES ('caseload', 0);
CREATE FUNCTION caseload_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'caseload';
  RETURN NULL;
END;
$$;
CREATE TRIGGER caseload_cases AFTER INSERT OR UPDATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
CREATE TRIGGER caseload_events AFTER INSERT ON case_events FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
CREATE TRIGGER caseload_exceptions AFTER INSERT OR UPDATE OR DELETE ON case_exceptions FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
CREATE TRIGGER caseload_children AFTER INSERT OR UPDATE ON children FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
CREATE TRIGGER caseload_details AFTER INSERT ON child_detail_versions FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
CREATE TRIGGER caseload_users_name AFTER UPDATE OF display_name ON users FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
CREATE TRIGGER caseload_organisations AFTER INSERT OR UPDATE ON organisations FOR EACH STATEMENT EXECUTE FUNCTION caseload_changed();
