-- Colo migrations: one source for SQLite and PostgreSQL.
--   ids          id {{pk}}
--   instants     TEXT, UTC ISO-8601 'YYYY-MM-DDTHH:MM:SS.sssZ' (sorts as text)
--   dates        TEXT 'YYYY-MM-DD'
--   booleans     INTEGER 0/1
--   money        INTEGER in minor units (fen), with a currency code column where needed
--   JSON         TEXT
--   binary       {{blob}}
-- Only portable SQL; each file runs in one transaction and is recorded in schema_migrations.

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Scheduler leases: a periodic job runs on the server that holds its lease.
CREATE TABLE job_leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
