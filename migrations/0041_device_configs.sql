-- Device configuration backups (R4.3.3): the network devices whose running configuration is
-- fetched over SSH, with their credentials sealed by the data key, the host key on record (first
-- contact records it; a changed key is held as pending until an operator accepts it), the
-- versions stored when the configuration changed (bodies sealed) and every fetch with its result.
-- Names and owners are copied from the ledger when configured and at each fetch, for lists.
CREATE TABLE configs_devices (
  device_id BIGINT PRIMARY KEY,
  device_name TEXT NOT NULL,
  customer_id BIGINT,
  vendor TEXT NOT NULL,            -- in force: the override or the one the manufacturer implies
  vendor_override TEXT,
  address TEXT NOT NULL,           -- the ledger's management address
  port INTEGER NOT NULL,
  username TEXT NOT NULL,
  secret_sealed TEXT NOT NULL,     -- sealed JSON {"password"} or {"private_key"}
  host_key TEXT,                   -- "ssh-ed25519 SHA256:…" on record
  host_key_pending TEXT,           -- a different key presented and refused, waiting for acceptance
  interval_s INTEGER NOT NULL,
  enabled INTEGER NOT NULL,
  next_fetch_at TEXT NOT NULL,
  last_fetch_at TEXT,
  last_result TEXT,                -- ok, unchanged, failed
  last_error TEXT,
  last_success_at TEXT,
  version_count INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX configs_devices_customer ON configs_devices (customer_id);
CREATE INDEX configs_devices_due ON configs_devices (enabled, next_fetch_at);

CREATE TABLE configs_versions (
  id {{pk}},
  device_id BIGINT NOT NULL REFERENCES configs_devices (device_id),
  customer_id BIGINT,
  number INTEGER NOT NULL,         -- 1, 2, … per device
  hash TEXT NOT NULL,              -- BLAKE2b-256 of the normalised text
  size BIGINT NOT NULL,            -- bytes of the configuration as fetched
  line_count INTEGER NOT NULL,
  body_sealed TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  outside_change INTEGER NOT NULL, -- changed with no approved change in force
  UNIQUE (device_id, number)
);
CREATE INDEX configs_versions_customer ON configs_versions (customer_id);

CREATE TABLE configs_fetches (
  id {{pk}},
  device_id BIGINT NOT NULL REFERENCES configs_devices (device_id),
  customer_id BIGINT,
  at TEXT NOT NULL,
  result TEXT NOT NULL,            -- ok (a new version), unchanged, failed
  failure TEXT,                    -- connect, host_key_changed, auth, timeout, protocol, vendor, address
  error TEXT NOT NULL,
  version_id BIGINT,
  cause TEXT NOT NULL              -- schedule, manual
);
CREATE INDEX configs_fetches_device ON configs_fetches (device_id, at);
CREATE INDEX configs_fetches_at ON configs_fetches (at, result);
