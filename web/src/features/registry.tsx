// Every page of the console and the portal, keyed by the permission it needs. The menu, the
// router and the dashboard read this table: a module that lands later adds its entries here
// (with `api` naming its OpenAPI path so that the entry stays hidden on servers without it).
import {
  AccountBookOutlined,
  ApartmentOutlined,
  SafetyOutlined,
  AreaChartOutlined,
  ApiOutlined,
  AlertOutlined,
  AuditOutlined,
  BellOutlined,
  ClusterOutlined,
  ContainerOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FieldTimeOutlined,
  FileProtectOutlined,
  FormOutlined,
  FundOutlined,
  SolutionOutlined,
  WarningOutlined,
  MoneyCollectOutlined,
  NotificationOutlined,
  StopOutlined,
  GlobalOutlined,
  HddOutlined,
  IdcardOutlined,
  MailOutlined,
  NodeIndexOutlined,
  RiseOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
  CloudServerOutlined,
  HistoryOutlined,
  RollbackOutlined,
  FileTextOutlined,
} from '@ant-design/icons';
import { BugOutlined, FileSearchOutlined, SafetyCertificateOutlined, ScanOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { User } from '../api/types';
import { hasPermission } from '../auth/AuthContext';

export type MenuGroup = 'overview' | 'infrastructure' | 'monitoring' | 'facility' | 'customers' | 'business' | 'finance' | 'system';
export const MENU_GROUPS: MenuGroup[] = ['overview', 'infrastructure', 'monitoring', 'facility', 'customers', 'business', 'finance', 'system'];

export type Audience = 'staff' | 'customer' | 'all';

export interface FeatureRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
}

export interface Feature {
  /** Menu key; its label is nav.<key> in the translation files. */
  key: string;
  group: MenuGroup;
  icon: ReactNode;
  /** Where the menu entry leads; a function for per-user paths (a customer's own record). */
  path: string | ((user: User) => string);
  /** The user needs any one of these. */
  permission?: string | string[];
  audience: Audience;
  /** An OpenAPI path the server must have (a module that may not be there yet). */
  api?: string;
  /** False for features reachable only by link (no menu entry). */
  menu?: boolean;
  /** Label override for customer users (nav.<key>), e.g. "My devices". */
  portalLabel?: string;
  routes: FeatureRoute[];
}

const page = (f: () => Promise<{ default: ComponentType }>) => lazy(f);

const Dashboard = page(() => import('../pages/Dashboard'));
const UsageMeters = page(() => import('../pages/usage/Meters'));
const UsageMeterDetail = page(() => import('../pages/usage/MeterDetail'));
const ContractUsage = page(() => import('../pages/usage/ContractUsage'));
const Payments = page(() => import('../pages/billing/payments/Payments'));
const PaymentDetail = page(() => import('../pages/billing/payments/PaymentDetail'));
const Ageing = page(() => import('../pages/billing/payments/Ageing'));
const StatementPage = page(() => import('../pages/billing/payments/StatementPage'));
const Sites = page(() => import('../pages/dcim/Sites'));
const SiteDetail = page(() => import('../pages/dcim/SiteDetail'));
const RoomDetail = page(() => import('../pages/dcim/RoomDetail'));
const Racks = page(() => import('../pages/dcim/Racks'));
const RackDetail = page(() => import('../pages/dcim/RackDetail'));
const Devices = page(() => import('../pages/dcim/Devices'));
const DeviceDetail = page(() => import('../pages/dcim/DeviceDetail'));
const DeviceTypes = page(() => import('../pages/dcim/DeviceTypes'));
const DeviceTypeDetail = page(() => import('../pages/dcim/DeviceTypeDetail'));
const Prefixes = page(() => import('../pages/ipam/Prefixes'));
const IpAddresses = page(() => import('../pages/ipam/IpAddresses'));
const Vlans = page(() => import('../pages/ipam/Vlans'));
const Customers = page(() => import('../pages/customers/Customers'));
const CustomerDetail = page(() => import('../pages/customers/CustomerDetail'));
const Users = page(() => import('../pages/system/Users'));
const UserDetail = page(() => import('../pages/system/UserDetail'));
const Audit = page(() => import('../pages/system/Audit'));
const Deliveries = page(() => import('../pages/system/Deliveries'));
const Webhooks = page(() => import('../pages/system/Webhooks'));
const Account = page(() => import('../pages/Account'));
const FacilityAccess = page(() => import('../pages/facility/Access'));
const FacilityWorkOrders = page(() => import('../pages/facility/WorkOrders'));
const Applications = page(() => import('../pages/applications/Applications'));
const ApplicationDetail = page(() => import('../pages/applications/ApplicationDetail'));
const ApplicationWizard = page(() => import('../pages/applications/ApplicationWizard'));
const Contracts = page(() => import('../pages/contracts/Contracts'));
const ContractDetail = page(() => import('../pages/contracts/ContractDetail'));
const ContractCreate = page(() => import('../pages/contracts/ContractCreate'));
const Invoices = page(() => import('../pages/billing/invoicing/Invoices'));
const InvoiceDetail = page(() => import('../pages/billing/invoicing/InvoiceDetail'));
const BillingRuns = page(() => import('../pages/billing/invoicing/BillingRuns'));
const Notifications = page(() => import('../pages/Notifications'));
const Tickets = page(() => import('../pages/servicedesk/tickets/Tickets'));
const TicketDetail = page(() => import('../pages/servicedesk/tickets/TicketDetail'));
const ServiceLevels = page(() => import('../pages/servicedesk/sla/ServiceLevels'));
const Catalogue = page(() => import('../pages/billing/catalogue/Catalogue'));
const CatalogueItem = page(() => import('../pages/billing/catalogue/CatalogueItem'));
const PriceChanges = page(() => import('../pages/billing/catalogue/PriceChanges'));
const MonitoredDevices = page(() => import('../pages/monitoring/MonitoredDevices'));
const Penalties = page(() => import('../pages/billing/collections/Penalties'));
const Reminders = page(() => import('../pages/billing/collections/Reminders'));
const Suspensions = page(() => import('../pages/billing/collections/Suspensions'));
const SuspensionDetail = page(() => import('../pages/billing/collections/SuspensionDetail'));
const Disputes = page(() => import('../pages/disputes/Disputes'));
const FirewallRequests = page(() => import('../pages/firewall/FirewallRequests'));
const FirewallRequestDetail = page(() => import('../pages/firewall/FirewallRequestDetail'));
const FirewallRules = page(() => import('../pages/firewall/FirewallRules'));
const DisputeDetail = page(() => import('../pages/disputes/DisputeDetail'));
const Breaches = page(() => import('../pages/disputes/Breaches'));
const BreachDetail = page(() => import('../pages/disputes/BreachDetail'));
const BackupPlans = page(() => import('../pages/backups/Plans'));
const BackupRuns = page(() => import('../pages/backups/Runs'));
const BackupRestores = page(() => import('../pages/backups/Restores'));
const Compliance = page(() => import('../pages/disputes/Compliance'));
const Confidentiality = page(() => import('../pages/confidentiality/Confidentiality'));
const DisclosureDetail = page(() => import('../pages/confidentiality/DisclosureDetail'));
const MyConfidentiality = page(() => import('../pages/confidentiality/MyConfidentiality'));
const MonitoringAlerts = page(() => import('../pages/monitoring/Alerts'));
const DeviceGraphs = page(() => import('../pages/monitoring/DeviceGraphs'));
const Environment = page(() => import('../pages/monitoring/Environment'));
const MaintenanceWindows = page(() => import('../pages/monitoring/Maintenance'));
const MonitoringAdvice = page(() => import('../pages/monitoring/AdvicePage'));
const Availability = page(() => import('../pages/monitoring/Availability'));
const ConfigDevices = page(() => import('../pages/configs/ConfigDevices'));
const ConfigDevice = page(() => import('../pages/configs/ConfigDevice'));
const FacilityToday = page(() => import('../pages/facility/Today'));
const VulnFindings = page(() => import('../pages/vulns/Findings'));
const VulnFindingDetail = page(() => import('../pages/vulns/FindingDetail'));
const VulnScans = page(() => import('../pages/vulns/Scans'));
const VulnScanDetail = page(() => import('../pages/vulns/ScanDetail'));
const VulnConsents = page(() => import('../pages/vulns/Consents'));
const VulnAssessments = page(() => import('../pages/vulns/Assessments'));
const VulnAssessmentDetail = page(() => import('../pages/vulns/AssessmentDetail'));
const FacilityChanges = page(() => import('../pages/facility/Changes'));
const FacilityDrills = page(() => import('../pages/facility/Drills'));
const FacilityPatrol = page(() => import('../pages/facility/Inspections'));
const FacilityPatrolRound = page(() => import('../pages/facility/InspectionRound'));
const FacilityFindings = page(() => import('../pages/facility/Findings'));
const FacilityFindingDetail = page(() => import('../pages/facility/FindingDetail'));

export const FEATURES: Feature[] = [
  {
    key: 'dashboard',
    group: 'overview',
    icon: <DashboardOutlined />,
    path: '/',
    audience: 'all',
    portalLabel: 'portalHome',
    routes: [{ path: '/', page: Dashboard }],
  },
  {
    key: 'sites',
    group: 'infrastructure',
    icon: <GlobalOutlined />,
    path: '/dcim/sites',
    permission: 'dcim.read',
    audience: 'staff',
    routes: [
      { path: '/dcim/sites', page: Sites },
      { path: '/dcim/sites/:id', page: SiteDetail },
      { path: '/dcim/rooms/:id', page: RoomDetail },
    ],
  },
  {
    key: 'racks',
    group: 'infrastructure',
    icon: <ClusterOutlined />,
    path: '/dcim/racks',
    permission: 'dcim.read',
    audience: 'all',
    portalLabel: 'myRacks',
    routes: [
      { path: '/dcim/racks', page: Racks },
      { path: '/dcim/racks/:id', page: RackDetail },
    ],
  },
  {
    key: 'facility',
    group: 'facility',
    icon: <SafetyOutlined />,
    path: '/facility/access',
    permission: 'facility.read',
    audience: 'all',
    api: '/api/v1/facility/visits',
    portalLabel: 'myFacility',
    routes: [{ path: '/facility/access', page: FacilityAccess }],
  },
  {
    key: 'facilityMaintenance',
    group: 'facility',
    icon: <ScheduleOutlined />,
    path: '/facility/maintenance',
    permission: 'facility.maintenance.read',
    audience: 'staff',
    api: '/api/v1/facility/work-orders',
    routes: [{ path: '/facility/maintenance', page: FacilityWorkOrders }],
  },
  {
    key: 'facilityToday',
    group: 'facility',
    icon: <FieldTimeOutlined />,
    path: '/facility/today',
    permission: 'facility.shift.read',
    audience: 'staff',
    api: '/api/v1/facility/today',
    routes: [{ path: '/facility/today', page: FacilityToday }],
  },
  {
    key: 'facilityChanges',
    group: 'facility',
    icon: <ScheduleOutlined />,
    path: '/facility/changes',
    permission: 'facility.changes.read',
    audience: 'staff',
    api: '/api/v1/facility/changes',
    routes: [{ path: '/facility/changes', page: FacilityChanges }],
  },
  {
    key: 'facilityDrills',
    group: 'facility',
    icon: <AlertOutlined />,
    path: '/facility/drills',
    permission: 'facility.drills.read',
    audience: 'staff',
    api: '/api/v1/facility/plans',
    routes: [{ path: '/facility/drills', page: FacilityDrills }],
  },
  {
    key: 'facilityPatrol',
    group: 'facility',
    icon: <ScheduleOutlined />,
    path: '/facility/patrol',
    permission: 'facility.patrol.read',
    audience: 'staff',
    api: '/api/v1/facility/patrol-rounds',
    routes: [
      { path: '/facility/patrol', page: FacilityPatrol },
      { path: '/facility/patrol/rounds/:id', page: FacilityPatrolRound },
    ],
  },
  {
    key: 'facilityFindings',
    group: 'facility',
    icon: <AlertOutlined />,
    path: '/facility/findings',
    permission: 'facility.patrol.read',
    audience: 'staff',
    api: '/api/v1/facility/findings',
    routes: [
      { path: '/facility/findings', page: FacilityFindings },
      { path: '/facility/findings/:id', page: FacilityFindingDetail },
    ],
  },
  {
    key: 'devices',
    group: 'infrastructure',
    icon: <HddOutlined />,
    path: '/dcim/devices',
    permission: 'dcim.read',
    audience: 'all',
    portalLabel: 'myDevices',
    routes: [
      { path: '/dcim/devices', page: Devices },
      { path: '/dcim/devices/:id', page: DeviceDetail },
    ],
  },
  {
    key: 'monitoredDevices',
    group: 'monitoring',
    icon: <AlertOutlined />,
    path: '/monitoring/devices',
    permission: 'monitoring.read',
    audience: 'staff',
    api: '/api/v1/monitoring/devices',
    routes: [{ path: '/monitoring/devices', page: MonitoredDevices }],
  },
  {
    key: 'alerts',
    group: 'monitoring',
    icon: <AlertOutlined />,
    path: '/monitoring/alerts',
    permission: 'monitoring.read',
    audience: 'all',
    api: '/api/v1/monitoring/alerts',
    routes: [{ path: '/monitoring/alerts', page: MonitoringAlerts }],
  },
  {
    key: 'deviceTypes',
    group: 'infrastructure',
    icon: <DatabaseOutlined />,
    path: '/dcim/device-types',
    permission: 'dcim.read',
    audience: 'staff',
    routes: [
      { path: '/dcim/device-types', page: DeviceTypes },
      { path: '/dcim/device-types/:id', page: DeviceTypeDetail },
    ],
  },
  {
    key: 'prefixes',
    group: 'infrastructure',
    icon: <ApartmentOutlined />,
    path: '/ipam/prefixes',
    permission: 'ipam.read',
    audience: 'staff',
    api: '/api/v1/ipam/prefixes',
    routes: [{ path: '/ipam/prefixes', page: Prefixes }],
  },
  {
    key: 'ipAddresses',
    group: 'infrastructure',
    icon: <NodeIndexOutlined />,
    path: '/ipam/ip-addresses',
    permission: 'ipam.read',
    audience: 'all',
    api: '/api/v1/ipam/ip-addresses',
    portalLabel: 'myAddresses',
    routes: [{ path: '/ipam/ip-addresses', page: IpAddresses }],
  },
  {
    key: 'vlans',
    group: 'infrastructure',
    icon: <ContainerOutlined />,
    path: '/ipam/vlans',
    permission: 'ipam.read',
    audience: 'staff',
    api: '/api/v1/ipam/vlans',
    routes: [{ path: '/ipam/vlans', page: Vlans }],
  },
  {
    key: 'customers',
    group: 'customers',
    icon: <TeamOutlined />,
    path: (u) => (u.customer_id !== null ? `/customers/${u.customer_id}` : '/customers'),
    permission: 'customers.read',
    audience: 'all',
    portalLabel: 'myCompany',
    routes: [
      { path: '/customers', page: Customers },
      { path: '/customers/:id', page: CustomerDetail },
    ],
  },
  // Hosting applications and their approval (R3), contracts and change agreements (R3.2.3, R11):
  // on a server without the module's API these entries stay out of the menu and answer not-found.
  {
    key: 'applications',
    group: 'business',
    icon: <FormOutlined />,
    path: '/applications',
    permission: 'applications.read',
    audience: 'all',
    api: '/api/v1/applications',
    portalLabel: 'myApplications',
    routes: [
      { path: '/applications', page: Applications },
      { path: '/applications/:id', page: ApplicationDetail },
    ],
  },
  {
    key: 'applicationForm',
    group: 'business',
    icon: <FormOutlined />,
    path: '/applications/new',
    permission: 'applications.create',
    audience: 'all',
    api: '/api/v1/applications',
    menu: false,
    routes: [
      { path: '/applications/new', page: ApplicationWizard },
      { path: '/applications/:id/edit', page: ApplicationWizard },
    ],
  },
  {
    key: 'contracts',
    group: 'business',
    icon: <FileProtectOutlined />,
    path: '/contracts',
    permission: 'contracts.read',
    audience: 'all',
    api: '/api/v1/contracts',
    portalLabel: 'myContracts',
    routes: [
      { path: '/contracts', page: Contracts },
      { path: '/contracts/:id', page: ContractDetail },
    ],
  },
  // Billing (R8.2.2): invoices and credit notes (customers: their own bills) and the billing runs.
  {
    key: 'billingInvoices',
    group: 'finance',
    icon: <AccountBookOutlined />,
    path: '/billing/invoices',
    permission: 'billing.read',
    audience: 'all',
    api: '/api/v1/billing/invoices',
    portalLabel: 'myBills',
    routes: [
      { path: '/billing/invoices', page: Invoices },
      { path: '/billing/invoices/:id', page: InvoiceDetail },
    ],
  },
  {
    key: 'billingRuns',
    group: 'finance',
    icon: <ScheduleOutlined />,
    path: '/billing/runs',
    permission: 'billing.write',
    audience: 'staff',
    api: '/api/v1/billing/runs',
    routes: [{ path: '/billing/runs', page: BillingRuns }],
  },
  {
    key: 'contractForm',
    group: 'business',
    icon: <FileProtectOutlined />,
    path: '/contracts/new',
    permission: 'contracts.write',
    audience: 'staff',
    api: '/api/v1/contracts',
    menu: false,
    routes: [{ path: '/contracts/new', page: ContractCreate }],
  },
  // The price list (R8.1) and price changes with notice (R8.3): finance's pages, and the
  // customer's published list and pending price changes in the portal.
  {
    key: 'tickets',
    group: 'business',
    icon: <CustomerServiceOutlined />,
    path: '/servicedesk/tickets',
    permission: 'servicedesk.read',
    audience: 'all',
    api: '/api/v1/servicedesk/tickets',
    portalLabel: 'myTickets',
    routes: [
      { path: '/servicedesk/tickets', page: Tickets },
      { path: '/servicedesk/tickets/:id', page: TicketDetail },
    ],
  },
  // The month's measured service levels and SLA credits (R7.1.2, R9.2.1).
  {
    key: 'serviceLevels',
    group: 'business',
    icon: <CustomerServiceOutlined />,
    path: '/servicedesk/levels',
    permission: 'servicedesk.read',
    audience: 'all',
    api: '/api/v1/servicedesk/levels/indicators',
    routes: [{ path: '/servicedesk/levels', page: ServiceLevels }],
  },
  {
    key: 'catalogue',
    group: 'finance',
    icon: <FundOutlined />,
    path: '/billing/catalogue',
    permission: 'catalogue.read',
    audience: 'all',
    api: '/api/v1/billing/catalogue',
    routes: [
      { path: '/billing/catalogue', page: Catalogue },
      { path: '/billing/catalogue/:id', page: CatalogueItem },
    ],
  },
  {
    key: 'priceChanges',
    group: 'finance',
    icon: <RiseOutlined />,
    path: '/billing/price-changes',
    permission: 'billing.read',
    audience: 'all',
    api: '/api/v1/billing/price-changes',
    portalLabel: 'myPriceChanges',
    routes: [{ path: '/billing/price-changes', page: PriceChanges }],
  },
  // Usage billed in arrears: bandwidth ports (95th percentile) and power meters (kWh).
  {
    key: 'usage',
    group: 'business',
    icon: <AreaChartOutlined />,
    path: '/usage',
    permission: 'usage.read',
    audience: 'all',
    api: '/api/v1/usage/meters',
    portalLabel: 'myUsage',
    routes: [
      { path: '/usage', page: UsageMeters },
      { path: '/usage/meters/:id', page: UsageMeterDetail },
      { path: '/usage/contracts/:id', page: ContractUsage },
    ],
  },
  // Receivables (R8.2.1): payments and ageing for finance; customers' payments and statement.
  {
    key: 'payments',
    group: 'finance',
    icon: <MoneyCollectOutlined />,
    path: '/billing/payments',
    permission: 'billing.read',
    audience: 'all',
    api: '/api/v1/billing/payments',
    portalLabel: 'myPayments',
    routes: [
      { path: '/billing/payments', page: Payments },
      { path: '/billing/payments/:id', page: PaymentDetail },
    ],
  },
  {
    key: 'ageing',
    group: 'finance',
    icon: <FieldTimeOutlined />,
    path: '/billing/ageing',
    permission: 'billing.read',
    audience: 'staff',
    api: '/api/v1/billing/ageing',
    routes: [{ path: '/billing/ageing', page: Ageing }],
  },
  {
    key: 'statement',
    group: 'finance',
    icon: <ProfileOutlined />,
    path: '/billing/statement',
    permission: 'billing.read',
    audience: 'customer',
    api: '/api/v1/billing/payments',
    routes: [{ path: '/billing/statement', page: StatementPage }],
  },
  // Collections (R9.1): penalties, reminders and suspensions of service.
  {
    key: 'penalties',
    group: 'finance',
    icon: <MoneyCollectOutlined />,
    path: '/billing/penalties',
    permission: 'billing.read',
    audience: 'all',
    api: '/api/v1/billing/penalties',
    portalLabel: 'myPenalties',
    routes: [{ path: '/billing/penalties', page: Penalties }],
  },
  {
    key: 'reminders',
    group: 'finance',
    icon: <NotificationOutlined />,
    path: '/billing/reminders',
    permission: 'billing.read',
    audience: 'all',
    api: '/api/v1/billing/reminders',
    routes: [{ path: '/billing/reminders', page: Reminders }],
  },
  {
    key: 'suspensions',
    group: 'finance',
    icon: <StopOutlined />,
    path: '/billing/suspensions',
    permission: 'billing.suspensions.read',
    audience: 'all',
    api: '/api/v1/billing/suspensions',
    routes: [
      { path: '/billing/suspensions', page: Suspensions },
      { path: '/billing/suspensions/:id', page: SuspensionDetail },
    ],
  },
  // Disputes (R12): negotiated, then arbitration or court; customers see their own.
  {
    key: 'disputes',
    group: 'business',
    icon: <SolutionOutlined />,
    path: '/disputes',
    permission: 'disputes.read',
    audience: 'all',
    api: '/api/v1/disputes',
    portalLabel: 'myDisputes',
    routes: [
      { path: '/disputes', page: Disputes },
      { path: '/disputes/:id', page: DisputeDetail },
    ],
  },
  // Breach records (R9) of either side; customers see their own.
  {
    key: 'breaches',
    group: 'business',
    icon: <WarningOutlined />,
    path: '/breaches',
    permission: 'breaches.read',
    audience: 'all',
    api: '/api/v1/breaches',
    portalLabel: 'myBreaches',
    routes: [
      { path: '/breaches', page: Breaches },
      { path: '/breaches/:id', page: BreachDetail },
    ],
  },
  // Firewall and access requests (R5.2.1): customers ask, security reviews; the rule set in force
  // with its history and the rules expiring soon (R5.2.2).
  {
    key: 'firewallRequests',
    group: 'infrastructure',
    icon: <SafetyOutlined />,
    path: '/firewall/requests',
    permission: 'firewall.read',
    audience: 'all',
    api: '/api/v1/firewall/requests',
    portalLabel: 'myFirewallRequests',
    routes: [
      { path: '/firewall/requests', page: FirewallRequests },
      { path: '/firewall/requests/:id', page: FirewallRequestDetail },
    ],
  },
  {
    key: 'firewallRules',
    group: 'infrastructure',
    icon: <FileProtectOutlined />,
    path: '/firewall/rules',
    permission: 'firewall.read',
    audience: 'all',
    api: '/api/v1/firewall/rules',
    portalLabel: 'myFirewallRules',
    routes: [{ path: '/firewall/rules', page: FirewallRules }],
  },
  // The compliance view of every clause (R1–R12), for management and auditors.
  {
    key: 'compliance',
    group: 'system',
    icon: <FileProtectOutlined />,
    path: '/compliance',
    permission: 'compliance.read',
    audience: 'staff',
    api: '/api/v1/compliance',
    routes: [{ path: '/compliance', page: Compliance }],
  },
  // Confidentiality (R10): disclosures, what is held and how sensitive, reads of personal data,
  // obligations; the portal shows a customer its obligations and disclosures, and its export.
  {
    key: 'confidentiality',
    group: 'business',
    icon: <SafetyOutlined />,
    path: '/confidentiality',
    permission: 'confidentiality.read',
    audience: 'staff',
    api: '/api/v1/confidentiality/disclosures',
    routes: [
      { path: '/confidentiality', page: Confidentiality },
      { path: '/confidentiality/disclosures/:id', page: DisclosureDetail },
    ],
  },
  {
    key: 'myConfidentiality',
    group: 'business',
    icon: <SafetyOutlined />,
    path: '/confidentiality/mine',
    permission: 'confidentiality.read',
    audience: 'customer',
    api: '/api/v1/confidentiality/obligations',
    routes: [
      { path: '/confidentiality/mine', page: MyConfidentiality },
      { path: '/confidentiality/mine/disclosures/:id', page: DisclosureDetail },
    ],
  },
  {
    key: 'notifications',
    group: 'overview',
    icon: <BellOutlined />,
    path: '/notifications',
    permission: 'notifications.read',
    audience: 'all',
    api: '/api/v1/notifications',
    menu: false,
    routes: [{ path: '/notifications', page: Notifications }],
  },
  {
    key: 'users',
    group: 'system',
    icon: <UserOutlined />,
    path: '/system/users',
    permission: 'users.read',
    audience: 'staff',
    routes: [
      { path: '/system/users', page: Users },
      { path: '/system/users/:id', page: UserDetail },
    ],
  },
  {
    key: 'audit',
    group: 'system',
    icon: <AuditOutlined />,
    path: '/system/audit',
    permission: 'audit.read',
    audience: 'staff',
    routes: [{ path: '/system/audit', page: Audit }],
  },
  {
    key: 'deliveries',
    group: 'system',
    icon: <MailOutlined />,
    path: '/system/deliveries',
    permission: 'deliveries.read',
    audience: 'staff',
    api: '/api/v1/deliveries',
    routes: [{ path: '/system/deliveries', page: Deliveries }],
  },
  {
    key: 'webhooks',
    group: 'system',
    icon: <ApiOutlined />,
    path: '/system/webhooks',
    permission: 'webhooks.read',
    audience: 'staff',
    api: '/api/v1/webhooks',
    routes: [{ path: '/system/webhooks', page: Webhooks }],
  },
  {
    key: 'account',
    group: 'system',
    icon: <IdcardOutlined />,
    path: '/account',
    permission: 'auth.self',
    audience: 'all',
    menu: false,
    routes: [{ path: '/account', page: Account }],
  },
  // Monitoring pages (R5.3, R4.1.1): a device's graphs (reached from the device pages), the rooms'
  // environment, maintenance windows, optimisation advice and availability.
  {
    key: 'deviceGraphs',
    group: 'monitoring',
    icon: <AreaChartOutlined />,
    path: '/monitoring/graphs',
    permission: 'monitoring.read',
    audience: 'all',
    api: '/api/v1/monitoring/series',
    menu: false,
    routes: [{ path: '/monitoring/graphs/:id', page: DeviceGraphs }],
  },
  {
    key: 'environment',
    group: 'monitoring',
    icon: <DashboardOutlined />,
    path: '/monitoring/environment',
    permission: 'monitoring.read',
    audience: 'staff',
    api: '/api/v1/monitoring/series',
    routes: [{ path: '/monitoring/environment', page: Environment }],
  },
  {
    key: 'maintenanceWindows',
    group: 'monitoring',
    icon: <ScheduleOutlined />,
    path: '/monitoring/maintenance',
    permission: 'monitoring.read',
    audience: 'staff',
    api: '/api/v1/monitoring/maintenance',
    routes: [{ path: '/monitoring/maintenance', page: MaintenanceWindows }],
  },
  {
    key: 'monitoringAdvice',
    group: 'monitoring',
    icon: <RiseOutlined />,
    path: '/monitoring/advice',
    permission: 'monitoring.read',
    audience: 'all',
    api: '/api/v1/monitoring/advice',
    portalLabel: 'myAdvice',
    routes: [{ path: '/monitoring/advice', page: MonitoringAdvice }],
  },
  {
    key: 'availability',
    group: 'monitoring',
    icon: <FundOutlined />,
    path: '/monitoring/availability',
    permission: 'monitoring.read',
    audience: 'all',
    api: '/api/v1/monitoring/availability',
    portalLabel: 'myAvailability',
    routes: [{ path: '/monitoring/availability', page: Availability }],
  },
  {
    key: 'configs',
    group: 'monitoring',
    icon: <FileTextOutlined />,
    path: '/configs',
    permission: 'configs.read',
    audience: 'all',
    api: '/api/v1/configs/devices',
    portalLabel: 'myConfigs',
    routes: [
      { path: '/configs', page: ConfigDevices },
      { path: '/configs/:id', page: ConfigDevice },
    ],
  },
  // Customer backups (R6.1): plans, runs, restores; customers see their own and ask for restores.
  {
    key: 'backupPlans',
    group: 'facility',
    icon: <CloudServerOutlined />,
    path: '/backups/plans',
    permission: 'backups.read',
    audience: 'all',
    api: '/api/v1/backups/plans',
    portalLabel: 'myBackupPlans',
    routes: [{ path: '/backups/plans', page: BackupPlans }],
  },
  {
    key: 'backupRuns',
    group: 'facility',
    icon: <HistoryOutlined />,
    path: '/backups/runs',
    permission: 'backups.read',
    audience: 'all',
    api: '/api/v1/backups/runs',
    portalLabel: 'myBackupRuns',
    routes: [
      { path: '/backups/runs', page: BackupRuns },
      { path: '/backups/runs/:id', page: BackupRuns },
    ],
  },
  {
    key: 'backupRestores',
    group: 'facility',
    icon: <RollbackOutlined />,
    path: '/backups/restores',
    permission: 'backups.read',
    audience: 'all',
    api: '/api/v1/backups/restores',
    portalLabel: 'myBackupRestores',
    routes: [
      { path: '/backups/restores', page: BackupRestores },
      { path: '/backups/restores/:id', page: BackupRestores },
    ],
  },
  // Vulnerability management (R5.2.3): findings, scans and schedules, consents and declared ports
  // (customers see and answer their own), and the security assessments of security staff.
  {
    key: 'vulnFindings',
    group: 'system',
    icon: <BugOutlined />,
    path: '/vulns/findings',
    permission: 'vulns.read',
    audience: 'all',
    api: '/api/v1/vulns/findings',
    portalLabel: 'myVulnFindings',
    routes: [
      { path: '/vulns/findings', page: VulnFindings },
      { path: '/vulns/findings/:id', page: VulnFindingDetail },
    ],
  },
  {
    key: 'vulnScans',
    group: 'system',
    icon: <ScanOutlined />,
    path: '/vulns/scans',
    permission: 'vulns.read',
    audience: 'all',
    api: '/api/v1/vulns/scans',
    portalLabel: 'myVulnScans',
    routes: [
      { path: '/vulns/scans', page: VulnScans },
      { path: '/vulns/scans/:id', page: VulnScanDetail },
    ],
  },
  {
    key: 'vulnConsents',
    group: 'system',
    icon: <SafetyCertificateOutlined />,
    path: '/vulns/consents',
    permission: 'vulns.read',
    audience: 'all',
    api: '/api/v1/vulns/consents',
    portalLabel: 'myVulnConsents',
    routes: [{ path: '/vulns/consents', page: VulnConsents }],
  },
  {
    key: 'vulnAssessments',
    group: 'system',
    icon: <FileSearchOutlined />,
    path: '/vulns/assessments',
    permission: 'vulns.read',
    audience: 'staff',
    api: '/api/v1/vulns/assessments',
    routes: [
      { path: '/vulns/assessments', page: VulnAssessments },
      { path: '/vulns/assessments/:id', page: VulnAssessmentDetail },
    ],
  },
];

export type Availability = 'yes' | 'forbidden' | 'absent' | 'unknown';

/** Whether a user may use a feature on this server (`paths` undefined while the API list loads). */
export function availability(f: Feature, user: User | null, paths: Set<string> | undefined): Availability {
  if (!user) return 'forbidden';
  const customer = user.customer_id !== null;
  if (f.audience === 'staff' && customer) return 'forbidden';
  if (f.audience === 'customer' && !customer) return 'forbidden';
  if (!hasPermission(user, f.permission)) return 'forbidden';
  if (f.api) {
    if (!paths) return 'unknown';
    if (!paths.has(f.api)) return 'absent';
  }
  return 'yes';
}

export function visibleFeatures(user: User | null, paths: Set<string> | undefined): Feature[] {
  return FEATURES.filter((f) => availability(f, user, paths) === 'yes');
}

export function featurePath(f: Feature, user: User): string {
  return typeof f.path === 'function' ? f.path(user) : f.path;
}
