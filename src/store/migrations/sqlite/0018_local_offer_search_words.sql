-- Nothing to do on SQLite: its search words are already in their own FTS5 table
-- (lo_service_search). PostgreSQL's move to a narrow table of their own (see its 0018).
SELECT 1;
