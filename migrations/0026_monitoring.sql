-- The poller's configuration and what it found. A ledger device is polled when it has a row in
-- monitoring_devices: its SNMP credentials sealed with the data key (never stored in clear), the
-- intervals, and the result of its last discovery. device_name and customer_id are copied from
-- the ledger when the row is written and whenever the poller reloads, so that lists filter by
-- tenant without reading another module's tables.
CREATE TABLE monitoring_devices (
  device_id BIGINT PRIMARY KEY,
  device_name TEXT NOT NULL,
  customer_id BIGINT,
  snmp_version TEXT NOT NULL,  -- none (reachability only), v2c or v3
  snmp_sealed TEXT NOT NULL,   -- sealed JSON: {"community"} or {"user","auth","priv"}; '' for none
  snmp_port INTEGER NOT NULL,
  enabled INTEGER NOT NULL,
  ping_interval_s INTEGER NOT NULL,
  snmp_interval_s INTEGER NOT NULL,
  sys_object_id TEXT,
  sys_name TEXT,
  discovered_at TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX monitoring_devices_customer ON monitoring_devices (customer_id);

-- Interfaces found by discovery, matched by name to the ledger's interfaces (interface_id) or not.
CREATE TABLE monitoring_interfaces (
  device_id BIGINT NOT NULL REFERENCES monitoring_devices (device_id),
  if_index BIGINT NOT NULL,
  name TEXT NOT NULL,
  descr TEXT NOT NULL,
  alias TEXT NOT NULL,
  speed_bps BIGINT,
  interface_id BIGINT,
  PRIMARY KEY (device_id, if_index)
);

-- TCP port and HTTP URL checks of a device.
CREATE TABLE monitoring_checks (
  id {{pk}},
  device_id BIGINT NOT NULL REFERENCES monitoring_devices (device_id),
  kind TEXT NOT NULL,  -- tcp or http
  port INTEGER,
  url TEXT,
  interval_s INTEGER NOT NULL,
  timeout_ms INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX monitoring_checks_device ON monitoring_checks (device_id);

-- Readings by configurable OIDs (PDU power per feed or outlet, vendor sensors) for the devices
-- whose sysObjectID starts with sys_object_id: the column walked, each row one reading of
-- `metric` labelled `label` = the row's index, times `scale`.
CREATE TABLE monitoring_oid_profiles (
  id {{pk}},
  sys_object_id TEXT NOT NULL,
  metric TEXT NOT NULL,
  label TEXT NOT NULL,
  column_oid TEXT NOT NULL,
  scale DOUBLE PRECISION NOT NULL,
  UNIQUE (sys_object_id, metric, label)
);
-- APC Switched/Metered Rack PDUs (PowerNet-MIB rPDU2): per phase in hundredths of kW, per outlet in W.
INSERT INTO monitoring_oid_profiles (sys_object_id, metric, label, column_oid, scale) VALUES
  ('1.3.6.1.4.1.318.1.3.4', 'pdu_power_watts', 'feed', '1.3.6.1.4.1.318.1.1.26.6.3.1.7', 10),
  ('1.3.6.1.4.1.318.1.3.4', 'pdu_power_watts', 'outlet', '1.3.6.1.4.1.318.1.1.26.9.4.3.1.7', 1);
