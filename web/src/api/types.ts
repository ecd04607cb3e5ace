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
  usageMeterKindValues,
  usageMeterStatusValues,
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
export type SignIn = S.SignIn;
export type TotpEnrolment = S.TotpEnrolment;
export type TotpStatus = S.TotpStatus;
export type RecoveryCodes = S.RecoveryCodes;
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

// ---------------------------------------------------------------- monitoring (R5.3)
export type MonitoredDevice = Full<S.MonitoredDevice, 'interfaces' | 'checks'>;
export type MonitoringCheck = S.MonitoringCheck;

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

// ---------------------------------------------------------------- usage (bandwidth and energy billed in arrears)

export const USAGE_KINDS = usageMeterKindValues;
export const USAGE_METER_STATUSES = usageMeterStatusValues;
export type UsageMeter = Full<S.UsageMeter>;
export type UsageSeries = S.UsageSeries;
export type UsageFigures = S.UsageFigures;
export type UsageMeterFigures = S.UsageMeterFigures;
export type UsageSummary = S.UsageSummary;
export type UsageImportReport = S.UsageImportReport;

// ---------------------------------------------------------------- notifications

export type Notification = S.Notification;

// ---------------------------------------------------------------- home pages

/** GET /api/v1/home: the caller's pages (one per department, or the portal's), each with cards;
 * a card's data is one of the card kinds' shapes, named by the server. */
export type HomeAnswer = S.HomeAnswer;
export type HomePage = S.HomePage;
export type HomeCard = S.HomeCard;
export type HomeStageCount = S.HomeStageCount;
export type HomeStages = S.HomeStages;
export type HomeExpiring = S.HomeExpiring;
export type HomeRenewals = S.HomeRenewals;
export type HomeIntake = S.HomeIntake;
export type HomeFeasibilityQueue = S.HomeFeasibilityQueue;
export type HomeRoomCapacity = S.HomeRoomCapacity;
export type HomeCapacity = S.HomeCapacity;
export type HomeOccupancy = S.HomeOccupancy;
export type HomeWaiting = S.HomeWaiting;
export type HomeContractValue = S.HomeContractValue;
export type HomeWorkToday = S.HomeWorkToday;
export type HomeWorkWeekly = S.HomeWorkWeekly;
export type HomeServicedeskCount = S.HomeServicedeskCount;
export type HomeFindingsOpen = S.HomeFindingsOpen;
export type ServicedeskTicket = S.ServicedeskTicket;
export type ServicedeskDetail = S.ServicedeskDetail;
export type ServicedeskClock = S.ServicedeskClock;
export type HomeServices = S.HomeServices;
export type HomeMyApplications = S.HomeMyApplications;
export type HomeNotices = S.HomeNotices;

// ---------------------------------------------------------------- lists, power, cables, contract requests

/** A saved list filter of the signed-in user (/api/v1/me/saved-views); `query` holds filter names
 * and their values as saved. */
export type SavedView = Omit<S.SavedView, 'query'> & { query: Record<string, string> };

/** The answer of a bulk change (PATCH /api/v1/dcim/devices, /api/v1/dcim/racks). */
export type BulkReport = S.BulkReport;

export type PowerFeed = S.PowerFeed;
export type CableEnd = S.CableEnd;
export type Cable = Full<S.Cable>;
export type TerminationRequest = S.TerminationRequest;
export type MoveOutTask = S.MoveOutTask;

// ---------------------------------------------------------------- price list and price changes

export type CatalogueItem = S.CatalogueItem;
export type PriceVersion = S.PriceVersion;
export type PriceChange = S.PriceChange;
export type PriceRise = S.PriceRise;

// ---------------------------------------------------------------- delivery of notifications and events

export type Delivery = S.Delivery;
export type AuthorisedPerson = S.AuthorisedPerson;
export type Visit = S.Visit;
export type DeskView = S.DeskView;
export type EntryLog = S.EntryLog;
export type EquipmentSlip = Full<S.EquipmentSlip, 'items'>;
export type Webhook = S.Webhook;
export type CreatedWebhook = S.CreatedWebhook;
export type NotificationSettings = S.NotificationSettings;
export { deliveryChannelValues as DELIVERY_CHANNELS, deliveryStatusValues as DELIVERY_STATUSES } from './schema';
// ---------------------------------------------------------------- collections (penalties, reminders, suspensions)

export type Penalty = S.Penalty;
export type PenaltyDetail = S.PenaltyDetail;
export type Reminder = S.Reminder;
export type Suspension = S.Suspension;
export type SuspensionDetail = S.SuspensionDetail;
export type ContractStanding = S.ContractStanding;
// Infrastructure maintenance (staff only).
export type FacilityAsset = S.FacilityAsset;
export type MaintenancePlan = S.MaintenancePlan;
export type ChecklistItem = S.ChecklistItem;
export type ChecklistAnswer = S.ChecklistAnswer;
export type WorkOrder = Full<S.WorkOrder, 'checklist' | 'results' | 'photos'>;
// ---------------------------------------------------------------- change control and the shift's today view
export type ChangeRequest = S.ChangeRequest;
export type ChangeRequestBrief = S.ChangeRequestBrief;
export type ChangeRequestView = S.ChangeRequestView;
export type FacilityToday = S.FacilityToday;
export type DueItem = S.DueItem;
export type EmergencyPlan = S.EmergencyPlan;
export type EmergencyPlanBrief = S.EmergencyPlanBrief;
export type Drill = S.Drill;
export type DrillBrief = S.DrillBrief;
export type DrillReport = S.DrillReport;
// ---------------------------------------------------------------- disputes

export type Dispute = S.Dispute;
export type DisputeDetail = S.DisputeDetail;
export type Breach = S.Breach;
export type BreachDetail = S.BreachDetail;
export type ComplianceView = S.ComplianceView;
export type ConfidentialityLevel = S.ConfidentialityLevel;
export type ConfidentialityHoldings = S.ConfidentialityHoldings;
export type Disclosure = S.Disclosure;
export type DisclosureDetail = S.DisclosureDetail;
export type SensitiveRead = S.SensitiveRead;
export type ConfidentialityObligation = S.ConfidentialityObligation;
export type ConfidentialityExport = S.ConfidentialityExport;
export type BackupPlan = S.BackupPlan;
export type BackupRun = S.BackupRun;
export type BackupRestore = S.BackupRestore;
// ---------------------------------------------------------------- firewall requests and rules
export type FirewallRequestRow = S.FirewallRequestRow;
export type FirewallRequest = Full<S.FirewallRequest>;
export type FirewallRule = S.FirewallRule;
