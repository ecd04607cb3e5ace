-- The embedded time-series store (src/tsdb). A series is a metric name with its labels; its
-- samples live first in its head (the open block, raw, rewritten as samples arrive, so that an
-- acknowledged sample is in the database), then in sealed blocks compressed as in Gorilla
-- (src/tsdb/codec.hpp), one per series per two hours or 120 samples. Five-minute rollups are
-- written when a block is sealed and kept after the raw blocks expire. Times are Unix
-- milliseconds (BIGINT) here: these tables are read by range far more than by people.
CREATE TABLE tsdb_series (
  id {{pk}},
  metric TEXT NOT NULL,
  -- metric{name="value",...} with the labels sorted: the one spelling of the series.
  series_key TEXT NOT NULL UNIQUE,
  labels TEXT NOT NULL,
  -- From the customer_id label, for tenancy.
  customer_id BIGINT,
  created_at TEXT NOT NULL
);
CREATE INDEX tsdb_series_metric ON tsdb_series (metric, id);
CREATE INDEX tsdb_series_customer ON tsdb_series (customer_id, id);

-- The labels once more, one row each, for equality matchers.
CREATE TABLE tsdb_series_labels (
  series_id BIGINT NOT NULL REFERENCES tsdb_series (id),
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (series_id, name)
);
CREATE INDEX tsdb_series_labels_value ON tsdb_series_labels (name, value, series_id);

-- The open block of each series: raw 16-byte (time, value) records in time order. Not indexed
-- by time: every append rewrites heads, and the minutely search for idle ones may scan them.
CREATE TABLE tsdb_heads (
  series_id BIGINT PRIMARY KEY REFERENCES tsdb_series (id),
  t_first BIGINT NOT NULL,
  t_last BIGINT NOT NULL,
  samples INTEGER NOT NULL,
  data {{blob}} NOT NULL
);

CREATE TABLE tsdb_blocks (
  series_id BIGINT NOT NULL REFERENCES tsdb_series (id),
  t_first BIGINT NOT NULL,
  t_last BIGINT NOT NULL,
  samples INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  data {{blob}} NOT NULL,
  PRIMARY KEY (series_id, t_first)
);
CREATE INDEX tsdb_blocks_last ON tsdb_blocks (t_last);

-- Five-minute buckets of finite values (avg = total / samples), one row per series per UTC day
-- (`day`: its first millisecond), compressed as six columns (codec.hpp, encode_rollups).
CREATE TABLE tsdb_rollups (
  series_id BIGINT NOT NULL REFERENCES tsdb_series (id),
  day BIGINT NOT NULL,
  buckets INTEGER NOT NULL,
  data {{blob}} NOT NULL,
  PRIMARY KEY (series_id, day)
);

-- Samples waiting to be sent by remote write, in acceptance order; deleted once the target has
-- taken them. Written in the same transaction as the heads, so none is lost while it is down.
CREATE TABLE tsdb_remote_queue (
  id {{pk}},
  samples INTEGER NOT NULL,
  data {{blob}} NOT NULL,
  created_at TEXT NOT NULL
);

-- Running totals of the sealed blocks (samples, bytes), kept with every seal and deletion so
-- that /metrics need not sum every block.
CREATE TABLE tsdb_totals (
  name TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO tsdb_totals (name, value) VALUES ('block_samples', 0);
INSERT INTO tsdb_totals (name, value) VALUES ('block_bytes', 0);
