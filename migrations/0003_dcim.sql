-- The data-center inventory (R2, R4.3.1, R5.1): sites, rooms, racks, device types, devices,
-- reservations, interfaces. Rack units are stored in half units (hu): U1 starts at hu 2, so a
-- device at U10 with 2U height has bottom_hu 20 and height_hu 4. Power is in watts.

CREATE TABLE dcim_sites (
  id {{pk}},
  name TEXT NOT NULL UNIQUE,
  slug TEXT NOT NULL UNIQUE,
  address TEXT NOT NULL DEFAULT '',
  time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
  uplink_mbps BIGINT NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE dcim_rooms (
  id {{pk}},
  site_id BIGINT NOT NULL REFERENCES dcim_sites (id),
  name TEXT NOT NULL,
  floor TEXT NOT NULL DEFAULT '',
  temp_min_c DOUBLE PRECISION NOT NULL DEFAULT 18,
  temp_max_c DOUBLE PRECISION NOT NULL DEFAULT 27,
  humidity_min_pct DOUBLE PRECISION NOT NULL DEFAULT 20,
  humidity_max_pct DOUBLE PRECISION NOT NULL DEFAULT 80,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (site_id, name),
  CHECK (temp_min_c < temp_max_c AND humidity_min_pct < humidity_max_pct)
);

CREATE TABLE dcim_racks (
  id {{pk}},
  room_id BIGINT NOT NULL REFERENCES dcim_rooms (id),
  site_id BIGINT NOT NULL REFERENCES dcim_sites (id),
  row_name TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  facility_id TEXT,
  u_height INTEGER NOT NULL DEFAULT 42 CHECK (u_height BETWEEN 1 AND 100),
  descending INTEGER NOT NULL DEFAULT 0,
  power_a_w BIGINT NOT NULL DEFAULT 0 CHECK (power_a_w >= 0),
  power_b_w BIGINT NOT NULL DEFAULT 0 CHECK (power_b_w >= 0),
  max_weight_kg DOUBLE PRECISION NOT NULL DEFAULT 1000,
  status TEXT NOT NULL CHECK (status IN ('planned', 'active', 'reserved', 'decommissioned')),
  customer_id BIGINT REFERENCES customers (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (room_id, name)
);
CREATE INDEX dcim_racks_site ON dcim_racks (site_id);
CREATE INDEX dcim_racks_customer ON dcim_racks (customer_id);

CREATE TABLE dcim_device_types (
  id {{pk}},
  manufacturer TEXT NOT NULL,
  model TEXT NOT NULL,
  slug TEXT NOT NULL,
  part_number TEXT NOT NULL DEFAULT '',
  height_hu INTEGER NOT NULL CHECK (height_hu >= 0),
  full_depth INTEGER NOT NULL DEFAULT 1,
  typical_power_w BIGINT NOT NULL DEFAULT 0,
  max_power_w BIGINT NOT NULL DEFAULT 0,
  power_ports INTEGER NOT NULL DEFAULT 0,
  weight_kg DOUBLE PRECISION,
  content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (manufacturer, model)
);

CREATE TABLE dcim_device_type_interfaces (
  device_type_id BIGINT NOT NULL REFERENCES dcim_device_types (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mgmt_only INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (device_type_id, position)
);

CREATE TABLE dcim_devices (
  id {{pk}},
  device_type_id BIGINT NOT NULL REFERENCES dcim_device_types (id),
  name TEXT NOT NULL,
  serial TEXT NOT NULL DEFAULT '',
  asset_tag TEXT UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('server', 'switch', 'router', 'firewall', 'pdu', 'storage', 'other')),
  status TEXT NOT NULL CHECK (status IN ('planned', 'installed', 'active', 'maintenance', 'decommissioned')),
  customer_id BIGINT REFERENCES customers (id),
  site_id BIGINT REFERENCES dcim_sites (id),
  room_id BIGINT REFERENCES dcim_rooms (id),
  rack_id BIGINT REFERENCES dcim_racks (id),
  bottom_hu INTEGER,
  face TEXT CHECK (face IN ('front', 'rear')),
  redundant_power INTEGER NOT NULL DEFAULT 1,
  feed TEXT NOT NULL DEFAULT 'A' CHECK (feed IN ('A', 'B')),
  mgmt_address TEXT NOT NULL DEFAULT '',
  config_notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX dcim_devices_rack ON dcim_devices (rack_id);
CREATE INDEX dcim_devices_site ON dcim_devices (site_id, name);
CREATE INDEX dcim_devices_room ON dcim_devices (room_id);
CREATE INDEX dcim_devices_customer ON dcim_devices (customer_id);
CREATE INDEX dcim_devices_name ON dcim_devices (name);

-- The device ledger's history (R4.3.1): written by the service, never by hand.
CREATE TABLE dcim_device_events (
  id {{pk}},
  device_id BIGINT NOT NULL REFERENCES dcim_devices (id),
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  actor TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX dcim_device_events_device ON dcim_device_events (device_id);

CREATE TABLE dcim_maintenance (
  id {{pk}},
  device_id BIGINT NOT NULL REFERENCES dcim_devices (id),
  performed_on TEXT NOT NULL,
  performed_by TEXT NOT NULL,
  summary TEXT NOT NULL,
  next_due TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX dcim_maintenance_device ON dcim_maintenance (device_id);

CREATE TABLE dcim_reservations (
  id {{pk}},
  rack_id BIGINT NOT NULL REFERENCES dcim_racks (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  bottom_hu INTEGER NOT NULL,
  height_hu INTEGER NOT NULL CHECK (height_hu > 0),
  reason TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  released_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX dcim_reservations_rack ON dcim_reservations (rack_id);
CREATE INDEX dcim_reservations_customer ON dcim_reservations (customer_id);

CREATE TABLE dcim_interfaces (
  id {{pk}},
  device_id BIGINT NOT NULL REFERENCES dcim_devices (id),
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  speed_mbps BIGINT,
  mgmt_only INTEGER NOT NULL DEFAULT 0,
  enabled INTEGER NOT NULL DEFAULT 1,
  description TEXT NOT NULL DEFAULT '',
  UNIQUE (device_id, name)
);
