// Shared pieces of the vulnerability pages (漏洞管理, R5.2.3): the record types, tags for severity
// and status, and the enumerations the filters offer.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';

type S = components['schemas'];
export type VulnFinding = S['VulnFinding'];
export type VulnFindingDetail = S['VulnFindingDetail'];
export type VulnScan = S['VulnScan'];
export type VulnScanDetail = S['VulnScanDetail'];
export type VulnConsent = S['VulnConsent'];
export type VulnAllowedPort = S['VulnAllowedPort'];
export type VulnSchedule = S['VulnSchedule'];
export type VulnAssessment = S['VulnAssessment'];
export type VulnAssessmentDetail = S['VulnAssessmentDetail'];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const FINDING_STATUSES = ['open', 'acknowledged', 'fixed', 'verified', 'accepted'] as const;
export const PROFILES = ['top', 'full', 'service'] as const;
export const REPORT_KINDS = ['nmap_import', 'openvas_import'] as const;

const SEVERITY_COLOURS: Record<string, string> = { critical: 'magenta', high: 'red', medium: 'orange', low: 'gold', info: 'default' };
const STATUS_COLOURS: Record<string, string> = { open: 'red', acknowledged: 'orange', fixed: 'blue', verified: 'green', accepted: 'purple' };

export function SeverityTag({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_COLOURS[severity] ?? 'default'} bordered={false} data-testid={`severity-${severity}`}>
      {t(`vulns.severity.${severity}`)}
    </Tag>
  );
}

export function FindingStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'} bordered={false}>
      {t(`vulns.status.${status}`)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="error" data-testid="overdue-tag">
      {t('vulns.overdue')}
    </Tag>
  );
}

/** "192.0.2.10:443/tcp", or the host alone for a finding on the host itself (port 0). */
export function endpoint(host: string, port: number, protocol: string): string {
  return port > 0 ? `${host}:${port}/${protocol}` : host;
}

/** Addresses or prefixes typed one per line (or separated by commas or spaces). */
export function targetsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s,，]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "9.8" from tenths. */
export function cvss(tenths: number | null): string {
  return tenths === null ? '—' : (tenths / 10).toFixed(1);
}

/**
 * The finding's title in the reader's language: an undeclared open port is named by the pages
 * (the server stores "Open port 8080/tcp (http)"); a scanner's own title (OpenVAS) stays as written.
 */
export function findingTitle(f: Pick<VulnFinding, 'plugin' | 'title' | 'port' | 'protocol'>, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (f.plugin !== 'open-port') return f.title;
  const service = /\(([^)]+)\)$/.exec(f.title)?.[1];
  return service ? t('vulns.openPortService', { port: f.port, protocol: f.protocol, service }) : t('vulns.openPort', { port: f.port, protocol: f.protocol });
}
