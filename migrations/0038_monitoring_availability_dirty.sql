-- Device days whose stored availability is stale: device_up samples of that business day were
-- accepted after the day was over (readings buffered by a gateway and pushed late, a CSV import).
-- Marked in the same transaction that accepts the samples; the daily job claims a mark (deleting
-- it together with the stored day, so a crash leaves the day to be computed afresh) and computes
-- the day again. Announced maintenance cannot make a stored day stale: planned windows start in
-- the future, are edited only before they start, and a cancelled running window ends now.
CREATE TABLE monitoring_availability_dirty (
  device_id BIGINT NOT NULL,
  day TEXT NOT NULL,  -- YYYY-MM-DD, business date
  marked_at TEXT NOT NULL,
  PRIMARY KEY (device_id, day)
);
