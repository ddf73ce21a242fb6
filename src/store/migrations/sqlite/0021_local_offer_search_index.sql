-- Nothing to change on SQLite: the PostgreSQL search index stops using a pending list (see the
-- PostgreSQL version); FTS5 merges its own segments as it goes.
SELECT 1;
