-- Two-factor sign-in (R6.2). user_totp: one authenticator per user, its RFC 6238 secret sealed
-- with the data key; confirmed_at is NULL while enrolment waits for the first code; last_step is
-- the newest time step a code was accepted for, so that a code is never accepted twice.
CREATE TABLE user_totp (
  user_id BIGINT PRIMARY KEY,
  secret_sealed TEXT NOT NULL,
  confirmed_at TEXT,
  last_step BIGINT NOT NULL,
  created_at TEXT NOT NULL
);

-- One-use recovery codes, stored only as BLAKE2b hashes.
CREATE TABLE user_recovery_codes (
  id {{pk}},
  user_id BIGINT NOT NULL,
  code_hash TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX user_recovery_codes_user ON user_recovery_codes (user_id, code_hash);

-- A sign-in whose password was right and whose second step (a code, or enrolment when the role
-- requires two factors) is still owed. Only the token's hash is stored; it lives minutes and is
-- used once, and too many wrong codes end it.
CREATE TABLE auth_challenges (
  id {{pk}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL,
  purpose TEXT NOT NULL,  -- totp, enrol
  source TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0,
  used_at TEXT
);

-- Audit entries moved out of the database after the retention period: which ids, the hash the
-- first one links to and the hash of the last one (the chain of the entries left continues from
-- it), and the archive file with its MAC, so that `colo audit verify --archive` can prove the
-- archived period.
CREATE TABLE audit_archives (
  id {{pk}},
  first_id BIGINT NOT NULL,
  last_id BIGINT NOT NULL,
  until_at TEXT NOT NULL,
  entries BIGINT NOT NULL,
  prev_hash TEXT NOT NULL,
  head_hash TEXT NOT NULL,
  head_alg INTEGER NOT NULL,
  file TEXT NOT NULL,
  file_digest TEXT NOT NULL,
  created_at TEXT NOT NULL
);
