-- Invitations, password resets, outgoing mail, two-factor enrolment and API tokens (issue 3).
-- Every token is stored only as its BLAKE2b hash; the link or header carries the token itself.
CREATE TABLE invitations (
  token_hash TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  organisation_id TEXT REFERENCES organisations (id),
  child_id TEXT REFERENCES children (id),
  case_id TEXT NOT NULL DEFAULT '',
  involvement_until TEXT NOT NULL DEFAULT '',
  invited_by TEXT NOT NULL REFERENCES users (id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE INDEX invitations_by_email ON invitations (email);

CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);

CREATE TABLE email_outbox (
  id BIGSERIAL PRIMARY KEY,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  queued_at BIGINT NOT NULL,
  attempts BIGINT NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  sent_at BIGINT,
  gave_up_at BIGINT,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at) WHERE sent_at IS NULL AND gave_up_at IS NULL;

-- A secret offered while someone sets up their authenticator app; it becomes users.totp_secret
-- only once they have typed a code from it.
ALTER TABLE sessions ADD COLUMN totp_enrolment_secret TEXT;

CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL,
  scopes TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT
);
ALTER TABLE users ADD COLUMN is_service BIGINT NOT NULL DEFAULT 0;
