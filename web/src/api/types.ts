// Shapes of the Colo API's JSON, as the server renders them.

export interface User {
  id: number;
  username: string;
  display_name: string;
  email: string;
  roles: string[];
  customer_id: number | null;
  customer_name: string | null;
  permissions: string[];
  active: boolean;
  created_at: string;
  last_login_at: string | null;
}

export interface Session {
  user: User;
  csrf_token: string;
}

export interface Role {
  name: string;
  label_en: string;
  label_zh: string;
  customer: boolean;
  permissions: string[];
}

export interface ApiToken {
  id: number;
  name: string;
  read_only: boolean;
  expires_at: string | null;
  created_at: string;
  last_used_at?: string | null;
  token?: string;
}

export type CustomerStatus = 'prospect' | 'active' | 'suspended' | 'closed';

export interface Contact {
  id: number;
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface Customer {
  id: number;
  name: string;
  credit_code: string | null;
  address: string;
  status: CustomerStatus;
  created_at: string;
  updated_at: string;
  contacts?: Contact[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor_id: number;
  actor: string;
  roles: string;
  request_id: string;
  source: string;
  object_type: string;
  object_id: string;
  action: string;
  customer_id: number | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface Ref {
  id: number;
  name: string;
}

export interface Site {
  id: number;
  name: string;
  slug: string;
  address: string;
  time_zone: string;
  uplink_mbps: number;
  created_at: string;
  updated_at: string;
}

export interface Room {
  id: number;
  site: Ref;
  name: string;
  floor: string;
  temp_min_c: number;
  temp_max_c: number;
  humidity_min_pct: number;
  humidity_max_pct: number;
  created_at: string;
  updated_at: string;
}

export type RackStatus = 'planned' | 'active' | 'reserved' | 'decommissioned';

export interface Utilisation {
  scope: 'site' | 'room' | 'rack';
  id: number;
  name: string;
  racks: number;
  devices: number;
  units: { total: number; used_front: number; used_rear: number; reserved: number; free: number; used_pct: number };
  power: {
    capacity_a_w: number;
    capacity_b_w: number;
    allocated_a_w: number;
    allocated_b_w: number;
    used_pct: number;
  };
  ports: { total: number; enabled: number };
}

export interface Rack {
  id: number;
  name: string;
  site: Ref;
  room: Ref;
  row: string;
  facility_id: string | null;
  u_height: number;
  descending: boolean;
  power_a_w: number;
  power_b_w: number;
  max_weight_kg: number;
  status: RackStatus;
  customer_id: number | null;
  created_at: string;
  updated_at: string;
  utilisation?: Utilisation;
}

export interface ElevationUnit {
  kind: 'device' | 'reserved';
  position: number;
  units: number;
  face: 'front' | 'rear' | 'both';
  label: string;
  device_id: number | null;
  customer_id: number | null;
  reservation_id: number | null;
  colour: string;
}

export interface Elevation {
  rack: Rack;
  units: ElevationUnit[];
}

export interface DeviceType {
  id: number;
  manufacturer: string;
  model: string;
  slug: string;
  part_number: string;
  u_height: number;
  full_depth: boolean;
  typical_power_w: number;
  max_power_w: number;
  power_ports: number;
  weight_kg: number | null;
  interfaces?: { name: string; type: string; mgmt_only: boolean }[];
  device_count?: number;
}

export interface ImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: { file: string; reason: string }[];
}

export type DeviceStatus = 'planned' | 'installed' | 'active' | 'maintenance' | 'decommissioned';
export type DeviceRole = 'server' | 'switch' | 'router' | 'firewall' | 'pdu' | 'storage' | 'other';

export interface DeviceEvent {
  kind: string;
  detail: string;
  actor: string;
  at: string;
}

export interface MaintenanceRecord {
  id: number;
  performed_on: string;
  performed_by: string;
  summary: string;
  next_due: string | null;
}

export interface Device {
  id: number;
  name: string;
  status: DeviceStatus;
  device_type: { id: number; label: string };
  u_height: number;
  role: DeviceRole;
  serial: string;
  asset_tag: string | null;
  customer_id: number | null;
  site_id: number | null;
  room_id: number | null;
  rack: Ref | null;
  position: number | null;
  face: 'front' | 'rear' | null;
  redundant_power: boolean;
  feed: 'A' | 'B';
  max_power_w: number;
  mgmt_address: string;
  config_notes: string;
  created_at: string;
  updated_at: string;
  history?: DeviceEvent[];
  maintenance?: MaintenanceRecord[];
}

export interface Reservation {
  id: number;
  rack_id: number;
  customer_id: number;
  position: number;
  units: number;
  reason: string;
  expires_at: string;
  created_at: string;
}

export interface Interface {
  id: number;
  device: Ref;
  name: string;
  type: string;
  speed_mbps: number | null;
  mgmt_only: boolean;
  enabled: boolean;
  description: string;
}

export interface Vlan {
  id: number;
  vid: number;
  name: string;
  site: number | null;
  status: string;
  customer: number | null;
  description: string;
}

export interface Prefix {
  id: number;
  prefix: string;
  family: 4 | 6;
  site: number | null;
  vlan: number | null;
  customer: number | null;
  status: string;
  is_pool: boolean;
  description: string;
  utilisation?: { used: number | string; total: number | string; percent: number };
}

export interface IpAddress {
  id: number;
  address: string;
  family: 4 | 6;
  status: string;
  role: string | null;
  customer: number | null;
  interface: number | null;
  dns_name: string;
  description: string;
  prefix: number | null;
}
