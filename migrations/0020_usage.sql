-- Usage meters and their samples, billed in arrears (95th-percentile bandwidth, metered energy).
-- A meter belongs to a customer and optionally a contract; its name is unique so that a CSV import
-- can name it. Meters are retired, never deleted.
CREATE TABLE usage_meters (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  contract_id BIGINT REFERENCES contracts (id),
  contract_number TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('bandwidth', 'power')),
  name TEXT NOT NULL UNIQUE,
  device_id BIGINT,
  interface_id BIGINT,
  speed_mbps BIGINT,
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
  -- The last raw interface counters written (octets as decimal text: up to 2^64 - 1), so that
  -- the next batch of counters continues from them.
  counter_at TEXT,
  counter_in TEXT,
  counter_out TEXT,
  counter_width INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX usage_meters_customer ON usage_meters (customer_id, name);
CREATE INDEX usage_meters_contract ON usage_meters (contract_id);

-- One compact block per meter per UTC day (src/usage/codec.hpp): 288 five-minute rates with a
-- presence bitmap, or the day's energy-register readings. `samples` counts what the block holds.
CREATE TABLE usage_blocks (
  meter_id BIGINT NOT NULL REFERENCES usage_meters (id),
  day TEXT NOT NULL,
  samples INTEGER NOT NULL,
  data {{blob}} NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (meter_id, day)
);
