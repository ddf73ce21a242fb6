-- The local authorities this deployment hosts; every child's record belongs to one.
CREATE TABLE local_authorities (
  code TEXT PRIMARY KEY CHECK (length(code) = 3),
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
