// The Colo API's JSON, by the names the pages use. Every type comes from schema.ts, which is
// generated from the server's OpenAPI document (`npm run api:types`), itself derived from the
// code that writes the answers: change a shape on the server and these follow.
//
// A brief list answer leaves some members out, so the document marks them optional; the pages
// read full records, so most names here are Full<...>: every member present except those only
// some answers carry (a record's children, detail figures).
import type * as S from './schema';
import {
  applicationNeedsExtra_servicesValues,
  applicationStatusValues,
  contractStatusValues,
  customerStatusValues,
  deviceRoleValues,
  deviceStatusValues,
  lineItemBilling_cycleValues,
  lineItemServiceValues,
  rackStatusValues,
} from './schema';

/** T with every member present, except the members named in Optional. */
export type Full<T, Optional extends keyof T = never> = Required<Omit<T, Optional>> & Partial<Pick<T, Optional>>;

// ---------------------------------------------------------------- enumerations (from the document)

export const CUSTOMER_STATUSES = customerStatusValues;
export const RACK_STATUSES = rackStatusValues;
export const DEVICE_STATUSES = deviceStatusValues;
export const DEVICE_ROLES = deviceRoleValues;
export const APPLICATION_STATUSES = applicationStatusValues;
export const CONTRACT_STATUSES = contractStatusValues;
export const SERVICES = lineItemServiceValues;
export const BILLING_CYCLES = lineItemBilling_cycleValues;
export const EXTRA_SERVICES = applicationNeedsExtra_servicesValues;

// ---------------------------------------------------------------- users, customers, audit

export type User = S.User;
export type Session = S.Session;
export type Role = S.Role;
export type ApiToken = S.ApiToken;
export type CustomerStatus = S.Customer['status'];
export type Contact = S.Contact;
export type Customer = Full<S.Customer, 'contacts'>;
export type AuditEntry = S.AuditEntry;
export type Ref = S.Ref;

// ---------------------------------------------------------------- inventory

export type Site = Full<S.Site>;
export type Room = Full<S.Room>;
export type RackStatus = S.Rack['status'];
export type Utilisation = S.Utilisation;
export type Rack = Full<S.RackDetail, 'utilisation' | 'power_feeds'>;
export type ElevationUnit = S.ElevationUnit;
export type Elevation = Omit<S.Elevation, 'rack'> & { rack: Full<S.Rack> };
export type DeviceType = Full<S.DeviceType, 'interfaces' | 'power_port_templates' | 'device_count'>;
export type ImportReport = S.ImportReport;
export type DeviceStatus = S.Device['status'];
export type DeviceRole = NonNullable<S.Device['role']>;
export type DeviceEvent = S.DeviceEvent;
export type MaintenanceRecord = S.Maintenance;
export type Device = Full<S.Device, 'history' | 'maintenance'>;
export type Reservation = S.Reservation;
export type Interface = Full<S.Interface>;
export type Vlan = Full<S.Vlan>;
export type Prefix = Full<S.Prefix>;
export type IpAddress = Full<S.IpAddress>;

// ---------------------------------------------------------------- hosting applications (R3)

export type ApplicationStatus = S.Application['status'];
export type ApplicationAction = NonNullable<
  S.paths['/api/v1/applications/{id}/transitions']['post']['requestBody']
>['content']['application/json']['action'];
/** A step of any workflow's timeline (applications, change agreements). */
export type WorkflowStep = S.WorkflowStep;
export type ApplicationDeviceLine = S.ApplicationDeviceLine;
export type ApplicationNeeds = S.ApplicationNeeds;
/** A rack of a proposal; one taken whole carries its height. */
export type PlacementRack = S.PlacementRack & Partial<Pick<S.PlacementWholeRack, 'u_height'>>;
export type FeasibilityItem = S.FeasibilityItem;
export type Feasibility = S.Feasibility;
export type ApplicationSummary = S.Application;

/** The customer record as it was when the application was last saved (stored as it was). */
export interface CompanySnapshot {
  id?: number;
  name?: string;
  credit_code?: string | null;
  address?: string;
  status?: string;
  contacts?: { name: string; role?: string; phone?: string; email?: string }[];
}

export type Application = Full<Omit<S.ApplicationDetail, 'company' | 'placement'>> & {
  company: CompanySnapshot | null;
  /** The accepted feasibility answer, kept as it was; customers see only where their devices go. */
  placement:
    | (Omit<S.AcceptedPlacement, 'proposal'> & { proposal: Partial<Feasibility> & { items: FeasibilityItem[] } })
    | null;
};

// ---------------------------------------------------------------- contracts (R3.2.3, R10.3, R11)

export type ContractStatus = S.Contract['status'];
export type LineItem = S.LineItem;
export type ContractTerms = S.ContractTerms;
export type ContractVersion = S.ContractVersion;
export type AmendmentChanges = S.ContractChanges;
export type Amendment = S.Amendment;
export type SettlementItem = S.SettlementItem;
export type ContractSummary = S.Contract;
export type Contract = S.ContractDetail;

// ---------------------------------------------------------------- notifications

export type Notification = S.Notification;

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

// ---------------------------------------------------------------- lists, power, cables, contract requests

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

export type PowerFeed = S.PowerFeed;
export type CableEnd = S.CableEnd;
export type Cable = Full<S.Cable>;
export type TerminationRequest = S.TerminationRequest;
export type MoveOutTask = S.MoveOutTask;
