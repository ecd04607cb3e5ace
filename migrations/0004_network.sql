-- The network part of the inventory (R5.1.2), owned by src/ipam: VLANs, the VLAN mode of
-- interfaces, cables between interfaces, IP prefixes and IP addresses.
--
-- Addresses and prefixes are stored as canonical text plus sortable keys: 32 lower-case hex
-- digits of the 128-bit value, IPv4 mapped into ::ffff:0:0/96 (src/ipam/ip.hpp). Containment,
-- ordering and the search for free addresses are then range scans on one text index on both
-- engines. IPv6 space overlapping ::ffff:0:0/96 is refused by the service, so a key range holds
-- one family only.

CREATE TABLE ipam_vlans (
  id {{pk}},
  vid INTEGER NOT NULL CHECK (vid BETWEEN 1 AND 4094),
  name TEXT NOT NULL,
  site_id BIGINT REFERENCES dcim_sites (id),
  status TEXT NOT NULL CHECK (status IN ('active', 'reserved', 'deprecated')),
  customer_id BIGINT REFERENCES customers (id),
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- A site is the VLAN group: a VID is unique per site, and once among the global VLANs.
CREATE UNIQUE INDEX ipam_vlans_site_vid ON ipam_vlans (site_id, vid);
CREATE UNIQUE INDEX ipam_vlans_global_vid ON ipam_vlans (vid) WHERE site_id IS NULL;
CREATE INDEX ipam_vlans_vid ON ipam_vlans (vid);
CREATE INDEX ipam_vlans_customer ON ipam_vlans (customer_id);

-- The 802.1Q mode of an interface. These two columns belong to IPAM and only src/ipam writes
-- them; the tagged VLANs of 'tagged' interfaces are in ipam_interface_tagged_vlans.
ALTER TABLE dcim_interfaces ADD COLUMN mode TEXT CHECK (mode IN ('access', 'tagged', 'tagged-all'));
ALTER TABLE dcim_interfaces ADD COLUMN untagged_vlan_id BIGINT REFERENCES ipam_vlans (id);
CREATE INDEX dcim_interfaces_untagged_vlan ON dcim_interfaces (untagged_vlan_id);

CREATE TABLE ipam_interface_tagged_vlans (
  interface_id BIGINT NOT NULL REFERENCES dcim_interfaces (id),
  vlan_id BIGINT NOT NULL REFERENCES ipam_vlans (id),
  PRIMARY KEY (interface_id, vlan_id)
);
CREATE INDEX ipam_interface_tagged_vlans_vlan ON ipam_interface_tagged_vlans (vlan_id);

-- Cables between two interfaces. The row stays when a cable is decommissioned; its ends are
-- then released from ipam_cable_ends, which holds one row per interface a live cable uses.
CREATE TABLE ipam_cables (
  id {{pk}},
  a_interface_id BIGINT NOT NULL REFERENCES dcim_interfaces (id),
  a_device_id BIGINT NOT NULL,
  b_interface_id BIGINT NOT NULL REFERENCES dcim_interfaces (id),
  b_device_id BIGINT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('cat6', 'cat6a', 'mmf-om4', 'smf-os2', 'dac', 'power')),
  status TEXT NOT NULL CHECK (status IN ('planned', 'connected', 'decommissioned')),
  label TEXT NOT NULL DEFAULT '',
  length_m DOUBLE PRECISION,
  colour TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (a_interface_id <> b_interface_id)
);
CREATE INDEX ipam_cables_a_interface ON ipam_cables (a_interface_id);
CREATE INDEX ipam_cables_b_interface ON ipam_cables (b_interface_id);
CREATE INDEX ipam_cables_a_device ON ipam_cables (a_device_id);
CREATE INDEX ipam_cables_b_device ON ipam_cables (b_device_id);
CREATE INDEX ipam_cables_status ON ipam_cables (status);

CREATE TABLE ipam_cable_ends (
  interface_id BIGINT NOT NULL PRIMARY KEY REFERENCES dcim_interfaces (id),
  cable_id BIGINT NOT NULL REFERENCES ipam_cables (id),
  side TEXT NOT NULL CHECK (side IN ('a', 'b'))
);
CREATE INDEX ipam_cable_ends_cable ON ipam_cable_ends (cable_id);

CREATE TABLE ipam_prefixes (
  id {{pk}},
  family INTEGER NOT NULL CHECK (family IN (4, 6)),
  prefix TEXT NOT NULL,
  prefix_len INTEGER NOT NULL,
  first_key TEXT NOT NULL,
  last_key TEXT NOT NULL,
  site_id BIGINT REFERENCES dcim_sites (id),
  vlan_id BIGINT REFERENCES ipam_vlans (id),
  customer_id BIGINT REFERENCES customers (id),
  status TEXT NOT NULL CHECK (status IN ('container', 'active', 'reserved', 'deprecated')),
  is_pool INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- No duplicate prefix in the (VRF-less) space; nesting is allowed.
CREATE UNIQUE INDEX ipam_prefixes_unique ON ipam_prefixes (first_key, prefix_len);
CREATE INDEX ipam_prefixes_last_key ON ipam_prefixes (last_key);
CREATE INDEX ipam_prefixes_site ON ipam_prefixes (site_id, status);
CREATE INDEX ipam_prefixes_vlan ON ipam_prefixes (vlan_id);
CREATE INDEX ipam_prefixes_customer ON ipam_prefixes (customer_id);

CREATE TABLE ipam_ip_addresses (
  id {{pk}},
  family INTEGER NOT NULL CHECK (family IN (4, 6)),
  address TEXT NOT NULL,
  mask_len INTEGER NOT NULL,
  -- The host address's key, unique: no address twice, and two concurrent allocations can never
  -- hand out the same one. next_key is addr_key + 1 (NULL at the end of the space), so that the
  -- starts of free runs are found in SQL.
  addr_key TEXT NOT NULL UNIQUE,
  next_key TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'reserved', 'deprecated', 'dhcp')),
  role TEXT CHECK (role IN ('loopback', 'secondary', 'anycast', 'vip', 'vrrp', 'hsrp', 'glbp', 'carp')),
  customer_id BIGINT REFERENCES customers (id),
  interface_id BIGINT REFERENCES dcim_interfaces (id),
  dns_name TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX ipam_ip_addresses_customer ON ipam_ip_addresses (customer_id);
CREATE INDEX ipam_ip_addresses_interface ON ipam_ip_addresses (interface_id);
CREATE INDEX ipam_ip_addresses_status ON ipam_ip_addresses (status);
