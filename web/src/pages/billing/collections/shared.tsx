// Pieces the collections pages share: the suspension status tag, the offset of a reminder in
// words, and a picker of live contracts.
import { Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Page } from '../../../api/client';
import type { ContractSummary } from '../../../api/types';

export const SUSPENSION_STATUSES = ['proposed', 'active', 'lift_proposed', 'lifted', 'rejected', 'withdrawn'] as const;
export const SUSPENSION_REASONS = ['non_payment', 'abuse', 'overuse'] as const;

const COLOURS: Record<string, string> = {
  proposed: 'gold',
  active: 'red',
  lift_proposed: 'blue',
  lifted: 'green',
  rejected: 'default',
  withdrawn: 'default',
};

export function SuspensionTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status] ?? 'default'} bordered={false}>
      {t(`billing_collections.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** "3 days before the due date", "on the due date", "7 days overdue". */
export function offsetText(t: (k: string, o?: Record<string, unknown>) => string, offset: number): string {
  if (offset < 0) return t('billing_collections.offsetBefore', { count: -offset });
  if (offset === 0) return t('billing_collections.offsetOn');
  return t('billing_collections.offsetAfter', { count: offset });
}

/** Picks one of the active contracts by number or customer name. */
export function ContractPicker({ value, onChange }: { value?: number; onChange?: (v: number) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<ContractSummary[]>([]);
  useEffect(() => {
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<Page<ContractSummary>>('/api/v1/contracts', { status: 'active', q: q || undefined, limit: 20 }, { signal: ctl.signal })
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
      placeholder={t('billing_collections.contractPlaceholder')}
      data-testid="suspension-contract"
      options={rows.map((c) => ({ value: c.id, label: `${c.number} · ${c.customer.name}` }))}
    />
  );
}
