-- Data versions per scope: every write to a scope's tables bumps its row in the same transaction,
-- so readers can tell whether what they derived from the data (list counts) is still current.
-- Scope 'dcim': devices, racks and device types.
CREATE TABLE data_versions (
  scope TEXT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO data_versions (scope, version) VALUES ('dcim', 0);
