// Pieces the firewall pages share: value lists from the API document, the risk and status tags,
// a rule written on one line, and a picker of the customer's devices.
import { Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/client';
import {
  firewallRequestActionValues,
  firewallRequestLineDirectionValues,
  firewallRequestLineProtocolValues,
  firewallRequestRisk_levelValues,
  firewallRequestStatusValues,
} from '../../api/schema';
import type { Device } from '../../api/types';

export const ACTIONS = firewallRequestActionValues;
export const DIRECTIONS = firewallRequestLineDirectionValues;
export const PROTOCOLS = firewallRequestLineProtocolValues;
export const RISK_LEVELS = firewallRequestRisk_levelValues;
export const STATUSES = firewallRequestStatusValues;

const RISK_COLOURS: Record<string, string> = { low: 'green', medium: 'orange', high: 'red' };
const STATUS_COLOURS: Record<string, string> = { submitted: 'processing', approved: 'success', rejected: 'default' };

export function RiskTag({ level }: { level?: string | null }) {
  const { t } = useTranslation();
  if (!level) return <>—</>;
  return (
    <Tag color={RISK_COLOURS[level]} data-testid="firewall-risk">
      {t(`firewall.risk.${level}`)}
    </Tag>
  );
}

export function FirewallStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`firewall.status.${status}`)}</Tag>;
}

export function FlagTags({ flags }: { flags: readonly string[] }) {
  const { t } = useTranslation();
  if (!flags.length) return <>—</>;
  return (
    <>
      {flags.map((f) => (
        <Tag key={f} color="red" style={{ marginBottom: 4 }}>
          {t(`firewall.flag.${f}`)}
        </Tag>
      ))}
    </>
  );
}

/** "入站 TCP any → 203.0.113.5/32 :443" */
export function useRuleText() {
  const { t } = useTranslation();
  return (l: { direction: string; protocol: string; source: string; destination: string; ports: string }) =>
    `${t(`firewall.direction.${l.direction}`)} ${l.protocol.toUpperCase()} ${l.source} → ${l.destination} :${l.ports}`;
}

export function DevicePicker({ value, onChange }: { value?: number; onChange?: (v: number) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<Device[]>([]);
  useEffect(() => {
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<Page<Device>>('/api/v1/dcim/devices', { q: q || undefined, limit: 20 }, { signal: ctl.signal })
        .then((p) => setRows(p.results))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q]);
  return (
    <Select<number>
      showSearch
      filterOption={false}
      value={value}
      onChange={onChange}
      onSearch={setQ}
      placeholder={t('firewall.devicePlaceholder')}
      data-testid="firewall-device"
      options={rows.map((d) => ({ value: d.id, label: d.rack ? `${d.name} · ${d.rack.name}` : d.name }))}
    />
  );
}
