-- The first-choice school KPI (issue 8) reads the family's reply and the setting a case names:
-- both now add the case to the KPI change feed (0022) like its events do.
CREATE TRIGGER kpi_family_response_insert AFTER INSERT ON family_responses FOR EACH ROW EXECUTE FUNCTION kpi_case_changed();
CREATE TRIGGER kpi_named_setting_update AFTER UPDATE OF named_setting ON cases FOR EACH ROW EXECUTE FUNCTION kpi_case_changed();
