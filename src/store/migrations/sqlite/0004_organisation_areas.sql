-- Organisations that work across several local authorities (an ICB serving York, North
-- Yorkshire and East Riding) list the others here; organisations.la_code stays the home one.
CREATE TABLE organisation_areas (
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  la_code TEXT NOT NULL REFERENCES local_authorities (code),
  PRIMARY KEY (organisation_id, la_code)
) STRICT;
