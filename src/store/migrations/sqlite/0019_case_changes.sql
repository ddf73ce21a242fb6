-- A counter that moves whenever anything the caseload shows changes, on any server: cases, their
-- events and exceptions, children, their recorded details, caseworkers' names and schools. A
-- server keeps the open cases' timelines in memory and rebuilds them only when it has moved, so
-- the caseload costs one small read instead of every open case's history (issue 5).
CREATE TABLE change_counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT;
INSERT INTO change_counters (name, value) VALUES ('caseload', 0);
CREATE TRIGGER caseload_cases_insert AFTER INSERT ON cases BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_cases_update AFTER UPDATE ON cases BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_events_insert AFTER INSERT ON case_events BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_exceptions_insert AFTER INSERT ON case_exceptions BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_exceptions_update AFTER UPDATE ON case_exceptions BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_exceptions_delete AFTER DELETE ON case_exceptions BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_children_insert AFTER INSERT ON children BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_children_update AFTER UPDATE ON children BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_details_insert AFTER INSERT ON child_detail_versions BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_users_name AFTER UPDATE OF display_name ON users BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_organisations_update AFTER UPDATE ON organisations BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
CREATE TRIGGER caseload_organisations_insert AFTER INSERT ON organisations BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'; END;
