-- The first-choice school KPI (issue 8) reads the family's reply and the setting a case names:
-- both now add the case to the KPI change feed (0022) like its events do.
CREATE TRIGGER kpi_family_response_insert AFTER INSERT ON family_responses BEGIN INSERT INTO kpi_changes (case_id) VALUES (NEW.case_id); END;
CREATE TRIGGER kpi_named_setting_update AFTER UPDATE OF named_setting ON cases BEGIN INSERT INTO kpi_changes (case_id) VALUES (NEW.id); END;
