-- Searching the directory on PostgreSQL (issue 6).
-- The index is written straight into its tree: with GIN's default fast update, an import
-- leaves every new service in a pending list that each search reads from start to end until
-- autovacuum gets to it. A directory changes rarely and is searched often.
ALTER INDEX lo_service_words_search SET (fastupdate = off);
SELECT gin_clean_pending_list('lo_service_words_search'::regclass);
-- No statistics on the word vectors: with them the planner spent 2 ms estimating each
-- query's matches (longer than the search) only to choose a scan of the whole table; without
-- them it always uses the index, which is as fast or faster for every query we measured.
ALTER TABLE lo_service_words ALTER COLUMN vector SET STATISTICS 0;
