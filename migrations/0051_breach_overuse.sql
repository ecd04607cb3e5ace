-- Over-use detected from monitoring (R9): a breach proposed for review carries the figures it was
-- detected from, and the key that makes it unique (contract, metric and the episode's first
-- five-minute slot), so that a job run again, overlapping windows and two servers at once
-- propose it once. A proposal dismissed on review keeps the reason.
ALTER TABLE breaches ADD COLUMN detection_key TEXT;
ALTER TABLE breaches ADD COLUMN overuse_metric TEXT;  -- bandwidth, power
ALTER TABLE breaches ADD COLUMN overuse_first_slot BIGINT;
ALTER TABLE breaches ADD COLUMN overuse_last_slot BIGINT;
ALTER TABLE breaches ADD COLUMN overuse_peak BIGINT;  -- bits per second, watts
ALTER TABLE breaches ADD COLUMN overuse_limit BIGINT;
ALTER TABLE breaches ADD COLUMN dismissed_reason TEXT;
CREATE UNIQUE INDEX breaches_detection_key ON breaches (detection_key);
CREATE INDEX breaches_overuse ON breaches (contract_id, overuse_metric, overuse_last_slot);

-- Where the last over-use detection's window ended: the next run reads from there when that is
-- further back than its lookback (the servers were down for days), so no episode falls between.
CREATE TABLE overuse_runs (
  name TEXT PRIMARY KEY,  -- the job's name
  covered_to TEXT NOT NULL,
  ran_at TEXT NOT NULL
);
