// Every page of the console and the portal, keyed by the permission it needs. The menu, the
// router and the dashboard read this table: a module that lands later adds its entries here
// (with `api` naming its OpenAPI path so that the entry stays hidden on servers without it).
import {
  ApartmentOutlined,
  AuditOutlined,
  ClusterOutlined,
  ContainerOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  FormOutlined,
  GlobalOutlined,
  HddOutlined,
  IdcardOutlined,
  NodeIndexOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { User } from '../api/types';
import { hasPermission } from '../auth/AuthContext';

export type MenuGroup = 'overview' | 'infrastructure' | 'customers' | 'business' | 'system';
export const MENU_GROUPS: MenuGroup[] = ['overview', 'infrastructure', 'customers', 'business', 'system'];

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
const Account = page(() => import('../pages/Account'));
const ModulePending = page(() => import('../pages/ModulePending'));

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
  // Applications and contracts (R3, R11) arrive with their module; until the server has the
  // API these entries stay out of the menu and their URLs answer not-found.
  {
    key: 'applications',
    group: 'business',
    icon: <FormOutlined />,
    path: '/applications',
    permission: 'applications.read',
    audience: 'all',
    api: '/api/v1/applications',
    routes: [{ path: '/applications/*', page: ModulePending }],
  },
  {
    key: 'contracts',
    group: 'business',
    icon: <FileProtectOutlined />,
    path: '/contracts',
    permission: 'contracts.read',
    audience: 'all',
    api: '/api/v1/contracts',
    routes: [{ path: '/contracts/*', page: ModulePending }],
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
    key: 'account',
    group: 'system',
    icon: <IdcardOutlined />,
    path: '/account',
    permission: 'auth.self',
    audience: 'all',
    menu: false,
    routes: [{ path: '/account', page: Account }],
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
