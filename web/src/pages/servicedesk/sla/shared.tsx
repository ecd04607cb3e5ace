// What the service-level pages share: the month list, number formats and contract numbers.
import { Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/schema';
import { useApi } from '../../../lib/useApi';

export type Report = components['schemas']['ServiceQualityReport'];
export type Credit = components['schemas']['SlaCredit'];
export type Claim = components['schemas']['CompensationClaim'];
export type Action = components['schemas']['ImprovementAction'];
export type CustomerLine = components['schemas']['SlaCustomerQuality'];

/** The last twelve months, newest first, as YYYY-MM. */
export function recentMonths(now: Date = new Date()): string[] {
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    const m = new Date(now.getFullYear(), now.getMonth() - i, 1);
    out.push(`${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/** Availability in hundredths of a basis point: 999500 -> "99.950 %". */
export const percent = (ppm: number | null | undefined) => (ppm == null ? '—' : `${(ppm / 10000).toFixed(3)} %`);
/** A target in basis points: 9990 -> "99.90 %". */
export const target = (bp: number) => `${(bp / 100).toFixed(2)} %`;
export const yuan = (fen: number | null | undefined) =>
  fen == null ? '—' : (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const ratio = (met: number, of: number) => (of === 0 ? '—' : `${met} / ${of}`);

/** Contract numbers by id for the caller's contracts (customers: their own). */
export function useContractNumbers(): Map<number, string> {
  const contracts = useApi<{ results: { id: number; number: string }[] }>('/api/v1/contracts', { limit: 1000 });
  return useMemo(() => new Map((contracts.data?.results ?? []).map((c) => [c.id, c.number])), [contracts.data]);
}

export function ContractNumber({ id, numbers }: { id: number; numbers: Map<number, string> }) {
  return <>{numbers.get(id) ?? `#${id}`}</>;
}

/** A status as a coloured tag from its translation key. */
export function StatusTag({ group, status }: { group: string; status: string }) {
  const { t } = useTranslation();
  const colour: Record<string, string> = {
    pending_review: 'gold',
    approved: 'green',
    adjusted: 'blue',
    submitted: 'gold',
    assessed: 'blue',
    agreed: 'green',
    rejected: 'red',
    open: 'default',
    in_progress: 'blue',
    verifying: 'purple',
    closed: 'green',
  };
  return <Tag color={colour[status]}>{t(`servicedesk_sla.${group}.${status}`)}</Tag>;
}
