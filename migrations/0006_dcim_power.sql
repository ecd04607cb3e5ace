-- Power feeds as their own objects (R4.1.2), power ports of device types, and indexes that serve
-- the ledger's filters together with its default order.
--
-- Power feeds into racks (NetBox: power feed): side A or B, the breaker's voltage, amperage and
-- phase, and the usable capacity in watts (by default voltage x amperage (x sqrt 3 for three
-- phases) x max_utilisation_pct). PDUs are devices of role 'pdu' in the rack. A rack's
-- power_a_w / power_b_w stay as the sum of its active feeds per side, kept by the service with the
-- feeds so that capacity is read without aggregating dcim_power_feeds on every list.
CREATE TABLE dcim_power_feeds (
  id {{pk}},
  rack_id BIGINT NOT NULL REFERENCES dcim_racks (id),
  name TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('A', 'B')),
  voltage INTEGER NOT NULL CHECK (voltage > 0),
  amperage INTEGER NOT NULL CHECK (amperage > 0),
  phase TEXT NOT NULL CHECK (phase IN ('single', 'three')),
  max_utilisation_pct INTEGER NOT NULL CHECK (max_utilisation_pct BETWEEN 1 AND 100),
  capacity_w BIGINT NOT NULL CHECK (capacity_w >= 0),
  status TEXT NOT NULL CHECK (status IN ('active', 'planned', 'offline')),
  panel TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (rack_id, name)
);

-- Racks that had a capacity per side before feeds existed get one single-phase 230 V feed per
-- side carrying it (the breaker rating rounded up at 80 % utilisation: 230 x 0.8 = 184 W per A).
INSERT INTO dcim_power_feeds (rack_id, name, side, voltage, amperage, phase, max_utilisation_pct, capacity_w,
                              status, panel, created_at, updated_at)
SELECT id, 'Feed A', 'A', 230, (power_a_w + 183) / 184, 'single', 80, power_a_w, 'active', '', updated_at, updated_at
FROM dcim_racks WHERE power_a_w > 0;
INSERT INTO dcim_power_feeds (rack_id, name, side, voltage, amperage, phase, max_utilisation_pct, capacity_w,
                              status, panel, created_at, updated_at)
SELECT id, 'Feed B', 'B', 230, (power_b_w + 183) / 184, 'single', 80, power_b_w, 'active', '', updated_at, updated_at
FROM dcim_racks WHERE power_b_w > 0;

ALTER TABLE dcim_device_type_interfaces ADD COLUMN speed_mbps BIGINT;

CREATE TABLE dcim_device_type_power_ports (
  device_type_id BIGINT NOT NULL REFERENCES dcim_device_types (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  maximum_draw_w BIGINT,
  allocated_draw_w BIGINT,
  PRIMARY KEY (device_type_id, position)
);

-- Racks are listed by site, room and row; the ledger by name within a site, room, rack or
-- customer: each index serves the filter and the default order (name, id) together, so a page
-- reads only its rows.
DROP INDEX dcim_racks_site;
CREATE INDEX dcim_racks_site ON dcim_racks (site_id, room_id, row_name, name);
CREATE INDEX dcim_racks_room_row ON dcim_racks (room_id, row_name);
DROP INDEX dcim_devices_rack;
DROP INDEX dcim_devices_site;
DROP INDEX dcim_devices_room;
DROP INDEX dcim_devices_customer;
DROP INDEX dcim_devices_name;
CREATE INDEX dcim_devices_rack ON dcim_devices (rack_id, bottom_hu);
CREATE INDEX dcim_devices_site ON dcim_devices (site_id, name, id);
CREATE INDEX dcim_devices_room ON dcim_devices (room_id, name, id);
CREATE INDEX dcim_devices_customer ON dcim_devices (customer_id, name, id);
CREATE INDEX dcim_devices_name ON dcim_devices (name, id);
CREATE INDEX dcim_devices_type ON dcim_devices (device_type_id);
DROP INDEX dcim_reservations_rack;
CREATE INDEX dcim_reservations_rack ON dcim_reservations (rack_id, expires_at);
