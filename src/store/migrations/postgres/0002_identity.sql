-- Identity, access and audit (issue 3).
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('local_authority', 'school', 'nhs', 'social_care', 'sendiass', 'voluntary')),
  name TEXT NOT NULL,
  la_code TEXT REFERENCES local_authorities (code),
  urn TEXT UNIQUE CHECK (urn IS NULL OR length(urn) = 6),
  created_at TEXT NOT NULL
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT,
  totp_secret TEXT,
  totp_last_step BIGINT,
  is_demo BIGINT NOT NULL DEFAULT 0,
  disabled BIGINT NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE memberships (
  user_id TEXT NOT NULL REFERENCES users (id),
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, organisation_id, role)
);

CREATE TABLE children (
  id TEXT PRIMARY KEY,
  la_code TEXT NOT NULL REFERENCES local_authorities (code),
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  setting_urn TEXT,
  young_person_holds_rights BIGINT NOT NULL DEFAULT 0,
  shares_with_parents BIGINT NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE family_links (
  user_id TEXT NOT NULL REFERENCES users (id),
  child_id TEXT NOT NULL REFERENCES children (id),
  relationship TEXT NOT NULL CHECK (relationship IN ('parent_carer', 'young_person')),
  PRIMARY KEY (user_id, child_id)
);

CREATE TABLE involvements (
  user_id TEXT NOT NULL REFERENCES users (id),
  child_id TEXT NOT NULL REFERENCES children (id),
  case_id TEXT NOT NULL,
  until TEXT NOT NULL,
  PRIMARY KEY (user_id, case_id)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL,
  organisation_id TEXT,
  csrf_token TEXT NOT NULL,
  two_factor_done BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  device TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE sign_in_failures (
  throttle_key TEXT PRIMARY KEY,
  failures BIGINT NOT NULL,
  last_failure_at BIGINT NOT NULL
);

CREATE TABLE audit_head (
  id BIGINT PRIMARY KEY CHECK (id = 1),
  sequence BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_log (
  sequence BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  actor_user_id TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  action TEXT NOT NULL,
  child_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  la_code TEXT NOT NULL,
  outcome TEXT NOT NULL,
  source TEXT NOT NULL,
  request_id TEXT NOT NULL,
  detail TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_by_child ON audit_log (child_id, sequence);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
