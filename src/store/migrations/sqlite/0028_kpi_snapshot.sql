-- A copy of the KPI facts a server holds in memory (issue 8): derived from the case events,
-- never the source. A server or `sendhub kpi` reads it, then only the kpi_changes written
-- since feed_seq, instead of replaying every case's history. Several rows because one would
-- be too big for a single value; fingerprint says which build's rules the facts were made with.
CREATE TABLE kpi_snapshot (
  part INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  feed_seq INTEGER NOT NULL,
  feed_xmin INTEGER NOT NULL,
  data TEXT NOT NULL
) STRICT;
