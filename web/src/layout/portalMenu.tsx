// The portal's top menu in groups, as the console's sidebar is, so that it fits beside the brand
// and the company at 1440 px instead of folding entries into "…". The entries a customer sees,
// by group (labels portalMenu.<key>); an entry not listed here stands on its own after the groups.
import { AppstoreOutlined, CustomerServiceOutlined, DeploymentUnitOutlined, PayCircleOutlined, SafetyOutlined, SolutionOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface PortalGroup {
  key: string;
  icon: ReactNode;
  features: string[];
}

export const PORTAL_GROUPS: PortalGroup[] = [
  { key: 'site', icon: <AppstoreOutlined />, features: ['racks', 'devices', 'facility'] },
  { key: 'network', icon: <DeploymentUnitOutlined />, features: ['ipAddresses', 'usage', 'alerts', 'availability', 'monitoringAdvice', 'configs'] },
  { key: 'business', icon: <SolutionOutlined />, features: ['customers', 'applications', 'contracts', 'myConfidentiality'] },
  { key: 'service', icon: <CustomerServiceOutlined />, features: ['tickets', 'serviceLevels', 'backupPlans', 'backupRuns', 'backupRestores'] },
  {
    key: 'billing',
    icon: <PayCircleOutlined />,
    features: ['billingInvoices', 'statement', 'payments', 'catalogue', 'priceChanges', 'penalties', 'reminders', 'suspensions'],
  },
  { key: 'security', icon: <SafetyOutlined />, features: ['firewallRequests', 'firewallRules', 'vulnFindings', 'vulnScans', 'vulnConsents'] },
];

/** Entries before the groups (the portal's home). */
export const PORTAL_FIRST = ['dashboard'];
