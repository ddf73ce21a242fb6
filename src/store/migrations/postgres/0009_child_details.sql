-- The child's record details, every version kept: who changed them and when. The newest
-- version is the record; a save names the version it started from, so two people editing at
-- once cannot overwrite each other.
CREATE TABLE child_detail_versions (
  child_id TEXT NOT NULL REFERENCES children (id),
  version BIGINT NOT NULL,
  upn TEXT NOT NULL,
  nhs_number TEXT NOT NULL,
  postcode TEXT NOT NULL,
  sex TEXT NOT NULL,
  ethnicity TEXT NOT NULL,
  first_language TEXT NOT NULL,
  communication_needs TEXT NOT NULL,
  year_group TEXT NOT NULL,
  primary_need TEXT NOT NULL,
  secondary_need TEXT NOT NULL,
  changed_by TEXT NOT NULL REFERENCES users (id),
  changed_at TEXT NOT NULL,
  PRIMARY KEY (child_id, version)
);
