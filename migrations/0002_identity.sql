-- Identity and trust: customers (tenants), users and roles, sessions, API tokens, audit log.

CREATE TABLE customers (
  id {{pk}},
  name TEXT NOT NULL,
  credit_code TEXT UNIQUE,
  address TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('prospect', 'active', 'suspended', 'closed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX customers_status ON customers (status);
CREATE INDEX customers_name ON customers (name);

-- Phone numbers and e-mail addresses are stored encrypted (XChaCha20-Poly1305, base64).
CREATE TABLE customer_contacts (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  phone_enc TEXT NOT NULL,
  email_enc TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
);
CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id);

CREATE TABLE users (
  id {{pk}},
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  email TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  customer_id BIGINT REFERENCES customers (id),
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  last_login_at TEXT,
  password_changed_at TEXT NOT NULL
);
CREATE INDEX users_customer ON users (customer_id);

CREATE TABLE user_roles (
  user_id BIGINT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
  id {{pk}},
  user_id BIGINT NOT NULL REFERENCES users (id),
  token_hash TEXT NOT NULL UNIQUE,
  csrf_token TEXT NOT NULL,
  source TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id {{pk}},
  user_id BIGINT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  read_only INTEGER NOT NULL DEFAULT 0,
  expires_at TEXT,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- The audit log: hash-chained, append-only (R6.1.3).
CREATE TABLE audit_log (
  id {{pk}},
  at TEXT NOT NULL,
  actor_id BIGINT NOT NULL,
  actor TEXT NOT NULL,
  roles TEXT NOT NULL,
  request_id TEXT NOT NULL,
  source TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  action TEXT NOT NULL,
  customer_id BIGINT,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_customer ON audit_log (customer_id);
