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
  units: { total: number; used?: number; used_front: number; used_rear: number; reserved: number; free: number; used_pct: number };
  power: {
    capacity_a_w: number;
    capacity_b_w: number;
    allocated_a_w: number;
    allocated_b_w: number;
    used_pct: number;
  };
  ports: { total: number; enabled: number };
}

/** One side's supply of a rack (A or B). */
export interface PowerFeed {
  id: number;
  name: string;
  side: 'A' | 'B';
  rack: Ref;
  voltage: number;
  amperage: number;
  phase: 'single' | 'three';
  max_utilisation_pct: number;
  capacity_w: number;
  status: string;
  panel: string;
  created_at: string;
  updated_at: string;
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

/** One end of a cable: the interface and its device. */
export interface CableEnd {
  id: number;
  name: string | null;
  device: { id: number; name: string | null };
}

export interface Cable {
  id: number;
  a_interface: CableEnd;
  b_interface: CableEnd;
  type: string;
  status: string;
  label: string;
  length_m: number | null;
  colour: string;
  created_at: string;
  updated_at: string;
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
  /** The device and interface it is assigned to. */
  assigned: { device: { id: number; name: string }; interface: { id: number; name: string } } | null;
}

// ---------------------------------------------------------------- hosting applications (R3)

export type ApplicationStatus =
  | 'draft'
  | 'business_review'
  | 'technical_review'
  | 'management_review'
  | 'approved'
  | 'contracted'
  | 'returned'
  | 'rejected'
  | 'withdrawn';

export type ApplicationAction = 'submit' | 'withdraw' | 'approve' | 'reject' | 'return';

export interface WorkflowStep {
  id?: number;
  action: string;
  from: string;
  to: string;
  actor_id: number;
  actor: string;
  roles: string;
  comment: string;
  at: string;
}

export interface ApplicationDeviceLine {
  device_type_id: number | null;
  label: string;
  u_height: number;
  full_depth: boolean;
  power_w: number;
  /** True when the applicant stated the power rather than taking the type's figure. */
  power_stated?: boolean;
  weight_kg: number;
  count: number;
}

export interface ApplicationNeeds {
  site_id: number | null;
  room_id: number | null;
  space: 'units' | 'racks';
  units: number;
  racks: number;
  power_kw: number;
  power_w: number;
  redundant: boolean;
  bandwidth_mbps: number;
  ipv4_count: number;
  start_date: string | null;
  term_months: number;
  extra_services: string[];
  notes: string;
}

export interface PlacementRack {
  id: number;
  name: string;
  room: Ref;
  site: Ref;
  u_height?: number;
}

export interface FeasibilityItem {
  line: number;
  copy: number;
  label: string;
  spare: boolean;
  device_type_id?: number | null;
  height_hu?: number;
  u_height: number;
  full_depth?: boolean;
  power_w?: number;
  weight_kg?: number;
  placed: boolean;
  rack?: PlacementRack;
  bottom_hu?: number;
  position?: string | null;
  face?: 'front' | 'rear' | 'both';
  feed?: 'A' | 'B' | 'A+B';
  load_a_w?: number;
  load_b_w?: number;
  reason?: { code: string; message: string };
}

export interface Feasibility {
  feasible: boolean;
  site: Ref | null;
  preferred_room: Ref | null;
  items: FeasibilityItem[];
  racks: PlacementRack[];
  whole_racks: PlacementRack[];
  power: { requested_w: number; devices_max_w: number };
  bandwidth: {
    requested_mbps: number;
    uplink_mbps: number | null;
    committed_mbps: number;
    headroom_mbps: number | null;
    status: 'ok' | 'insufficient' | 'unknown';
  };
  ipv4: { requested: number; free: number | null; status: 'ok' | 'insufficient' | 'unknown' };
  reasons: { code: string; message: string; item: number | null }[];
  computed_at: string;
}

export interface ApplicationSummary {
  id: number;
  number: string;
  customer: Ref;
  status: ApplicationStatus;
  created_by: Ref;
  submitted_at: string | null;
  decided_at: string | null;
  contract_id: number | null;
  created_at: string;
  updated_at: string;
  device_count: number;
  start_date: string | null;
  term_months: number;
}

export interface CompanySnapshot {
  id?: number;
  name?: string;
  credit_code?: string | null;
  address?: string;
  status?: string;
  contacts?: { name: string; role?: string; phone?: string; email?: string }[];
}

export interface Application extends ApplicationSummary {
  company: CompanySnapshot | null;
  devices: ApplicationDeviceLine[];
  needs: ApplicationNeeds;
  /** The accepted feasibility proposal; customers see only where their devices go. */
  placement: {
    proposal: Partial<Feasibility> & { items: FeasibilityItem[] };
    reservation_ids?: number[];
    accepted_at?: string;
    accepted_by?: string;
    expires_at?: string;
  } | null;
  timeline: WorkflowStep[];
  actions: string[];
  editable: boolean;
  can_accept_feasibility: boolean;
}

// ---------------------------------------------------------------- contracts (R3.2.3, R10.3, R11)

export type ContractStatus = 'draft' | 'signed' | 'active' | 'expired' | 'terminated';

export interface LineItem {
  service: string;
  description: string;
  quantity: number;
  unit_price_fen: number;
  billing_cycle: 'monthly' | 'quarterly' | 'yearly';
}

export interface ContractTerms {
  effective_date: string;
  end_date: string;
  term_months: number;
  auto_renew: boolean;
  notice_days: number;
  line_items: LineItem[];
  currency: string;
  sla_availability_bp: number;
  sla_response_minutes: number;
  late_fee_bp_per_day: number;
  confidentiality_years: number;
}

export interface ContractVersion {
  version: number;
  effective_from: string;
  reason: 'initial' | 'amendment' | 'renewal' | string;
  amendment_id: number | null;
  created_at: string;
  terms: ContractTerms;
}

export type AmendmentChanges = Partial<Omit<ContractTerms, 'effective_date' | 'currency'>>;

export interface Amendment {
  id: number;
  contract_id: number;
  number: number;
  status: 'proposed_by_operator' | 'proposed_by_customer' | 'agreed' | 'effective' | 'rejected' | 'withdrawn' | 'lapsed';
  proposed_by: { side: 'operator' | 'customer'; id: number; name: string };
  effective_date: string;
  summary: string;
  rights_duties: string;
  changes: AmendmentChanges;
  version: number | null;
  created_at: string;
  updated_at: string;
  timeline: WorkflowStep[];
  actions: string[];
}

export interface SettlementItem {
  id: number;
  kind: string;
  done: boolean;
  note: string;
  done_by: string | null;
  done_at: string | null;
}

export interface ContractSummary {
  id: number;
  number: string;
  application_id: number | null;
  customer: Ref;
  parties: { operator: string; customer: string };
  status: ContractStatus;
  effective_date: string;
  end_date: string;
  term_months: number;
  auto_renew: boolean;
  notice_days: number;
  version: number;
  /** Monthly equivalent of the recurring lines and the total over the term, in fen. */
  amounts: { currency: string; monthly_fen: number; total_fen: number };
  confidentiality: { years: number; until: string };
  created_by: string;
  created_at: string;
  updated_at: string;
  signing: {
    signed_at: string;
    signed_by: { id: number | null; name: string | null };
    customer_signatory: string | null;
    signed_on: string | null;
    scan: { content_type: string | null; file_name?: string | null; size: number | null; hash: string | null; url: string };
  } | null;
  activated_at: string | null;
  activated_by: string | null;
  ended_at: string | null;
  termination: { date: string; initiated_by: 'operator' | 'customer' | null; reason: string | null } | null;
}

export interface Contract extends ContractSummary {
  terms: ContractTerms;
  as_of: string | null;
  in_force: ContractVersion | null;
  versions: ContractVersion[];
  amendments: Amendment[];
  settlement: SettlementItem[];
  termination_requests: TerminationRequest[];
  move_out_tasks: MoveOutTask[];
  actions: string[];
}

/** A customer's request to end its contract early, and the operator's answer. */
export interface TerminationRequest {
  id: number;
  contract_id: number;
  status: 'open' | 'accepted' | 'declined' | string;
  reason: string;
  desired_date: string;
  requested_by: { id: number; name: string };
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string;
  created_at: string;
  updated_at: string;
}

/** Taking a device out after its contract ended; done once the ledger shows it gone. */
export interface MoveOutTask {
  id: number;
  device: { id: number; name: string };
  device_status: string;
  done: boolean;
  created_at: string;
}

// ---------------------------------------------------------------- notifications

export interface Notification {
  id: number;
  topic: string;
  title: string;
  title_en: string;
  title_zh: string;
  body: string;
  link: string;
  created_at: string;
  read: boolean;
}

// ---------------------------------------------------------------- home pages

/** GET /api/v1/home: the caller's pages (one per department, or the portal's), each with cards. */
export interface HomeAnswer {
  pages: HomePage[];
}
export interface HomePage {
  id: 'business' | 'technical' | 'management' | 'operations' | 'finance' | 'portal' | string;
  cards: HomeCard[];
}
export interface HomeCard {
  id: string;
  data: Record<string, unknown>;
}

export interface HomeStageCount {
  status: string;
  count: number;
}
export interface HomeStages {
  stages: HomeStageCount[];
}
export interface HomeExpiring {
  today: string;
  horizons: { days: number; until: string; count: number }[];
  auto_renew: number;
  manual: number;
}
export interface HomeRenewals {
  items: { id: number; number: string; customer_name: string; end_date: string; days_left: number; auto_renew: boolean; notice_by: string }[];
}
export interface HomeIntake {
  buckets: string[];
  applications: number[];
  contracts_signed: number[];
}
export interface HomeFeasibilityQueue {
  count: number;
  items: { id: number; number: string; customer_name: string; space: string; units: number; racks: number; power_w: number; since: string; age_days: number; proposal_accepted: boolean }[];
}
export interface HomeRoomCapacity {
  id: number;
  name: string;
  site: string;
  racks: number;
  devices: number;
  units_total_hu: number;
  units_used_hu: number;
  units_reserved_hu: number;
  power_capacity_w: number;
  power_allocated_w: number;
}
export interface HomeCapacity {
  rooms: HomeRoomCapacity[];
}
export interface HomeOccupancy {
  buckets: string[];
  occupied_hu: number[];
  racked_hu: number[];
  now_hu: number;
}
export interface HomeWaiting {
  departments: {
    department: 'business' | 'technical' | 'management';
    count: number;
    oldest_at: string | null;
    oldest_days: number | null;
    items: { kind: string; count: number; oldest_at: string | null }[];
  }[];
}
export interface HomeContractValue {
  buckets: string[];
  currency: string;
  contracts: number[];
  monthly_fen: number[];
  term_value_fen: number[];
  other_currency: number;
}
export interface HomeWorkToday {
  install: { count: number; items: { id: number; name: string; rack: string; position: number | null; customer_name: string }[] };
  move_out?: { count: number; items: { device_id: number; device_name: string; contract_id: number; contract_number: string; rack: string; since: string }[] };
  maintenance: { due: number; in_progress: number };
}
export interface HomeWorkWeekly {
  buckets: string[];
  racked: number[];
  removed: number[];
}
export interface HomeServices {
  racks: number;
  devices: number;
  addresses: number;
  contracts?: { id: number; number: string; status: string; end_date: string; monthly_fen: number | null }[];
  monthly_fen?: number;
  currency?: string;
}
export interface HomeMyApplications extends HomeStages {
  items: { id: number; number: string; status: string; updated_at: string }[];
}
export interface HomeNotices {
  count: number;
  unread: number;
  items: { id: number; topic: string; title_en: string; title_zh: string; link: string; created_at: string; read: boolean }[];
}

// ---------------------------------------------------------------- lists

/** A saved list filter of the signed-in user (/api/v1/me/saved-views). */
export interface SavedView {
  id: number;
  page: string;
  name: string;
  query: Record<string, string>;
  created_at: string;
  updated_at: string;
}

/** The answer of a bulk change (PATCH /api/v1/dcim/devices, /api/v1/dcim/racks). */
export interface BulkReport {
  updated: number;
  unchanged: number;
}
