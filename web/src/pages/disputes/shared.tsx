// Pieces the dispute pages share: the status tag, the value lists from the API document, and a
// picker of a customer's complaint or invoice by its number.
import { Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { fmtPower } from '../../lib/format';
import type { Page } from '../../api/client';
import {
  disputeEntryKindValues,
  disputeLinkObject_typeValues,
  disputeRaised_byValues,
  disputeSource_typeValues,
  disputeStatusValues,
  breachKindValues,
  breachPartyValues,
  breachStatusValues,
  breachEvidenceObject_typeValues,
} from '../../api/schema';

export const DISPUTE_STATUSES = disputeStatusValues;
export const SOURCE_TYPES = disputeSource_typeValues;
export const RAISED_BY = disputeRaised_byValues;
export const ENTRY_KINDS = disputeEntryKindValues;
export const LINK_TYPES = disputeLinkObject_typeValues;
export const FORUM_KINDS = ['arbitration', 'court'] as const;
export const OUTCOMES = ['credit', 'payment_plan', 'termination', 'no_change', 'withdrawn'] as const;

export const PARTIES = breachPartyValues;
export const BREACH_KINDS = breachKindValues;
export const BREACH_STATUSES = breachStatusValues;
export const CONSEQUENCES = ['none', 'penalty', 'suspension', 'compensation', 'termination'] as const;
export const EVIDENCE_TYPES = breachEvidenceObject_typeValues;
export const KINDS_OF: Record<string, readonly string[]> = {
  customer: ['non_payment', 'over_use', 'abuse', 'prohibited_content'],
  operator: ['sla_failure', 'data_loss', 'unauthorised_disclosure'],
};
// The consequences open to each side's breach (the server checks the same).
export const CONSEQUENCES_OF: Record<string, readonly string[]> = {
  customer: ['penalty', 'suspension', 'termination', 'none'],
  operator: ['compensation', 'termination', 'none'],
};

const BREACH_COLOURS: Record<string, string> = { proposed: 'purple', open: 'gold', decided: 'blue', closed: 'default' };

/** A rate of an over-use's figures: bits per second as Mbps, watts as kW. */
export function fmtOveruse(metric: string, value: number): string {
  if (metric === 'power') return fmtPower(value);
  const mbps = value / 1e6;
  return `${Number.isInteger(mbps) ? mbps : mbps.toFixed(1)} Mbps`;
}

export function BreachTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={BREACH_COLOURS[status] ?? 'default'} bordered={false}>
      {t(`disputes.breach.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** Where a linked record or a piece of evidence is shown. */
export function recordPath(type: string, id: number | null | undefined): string | null {
  if (!id) return null;
  if (type === 'invoice') return `/billing/invoices/${id}`;
  if (type === 'ticket') return `/servicedesk/tickets/${id}`;
  if (type === 'breach') return `/breaches/${id}`;
  if (type === 'alert') return `/monitoring/alerts`;
  return null;
}

const COLOURS: Record<string, string> = { negotiating: 'gold', escalated: 'red', resolved: 'green', withdrawn: 'default' };

export function DisputeTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status] ?? 'default'} bordered={false}>
      {t(`disputes.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

interface Numbered {
  id: number;
  number: string;
  customer_name?: string;
  title?: string;
}

/** Picks an invoice, a (complaint) ticket or a breach record by its number. */
export function RecordPicker({ kind, value, onChange, testId }: { kind: 'invoice' | 'complaint' | 'ticket' | 'breach'; value?: number; onChange?: (v: number) => void; testId?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<Numbered[]>([]);
  useEffect(() => {
    const ctl = new AbortController();
    const path = kind === 'invoice' ? '/api/v1/billing/invoices' : kind === 'breach' ? '/api/v1/breaches' : '/api/v1/servicedesk/tickets';
    const query =
      kind === 'invoice'
        ? { kind: 'invoice', q: q || undefined, limit: 20 }
        : kind === 'breach'
          ? { q: q || undefined, limit: 20 }
          : { type: kind === 'complaint' ? 'complaint' : undefined, q: q || undefined, limit: 20 };
    const timer = setTimeout(() => {
      api
        .get<Page<Numbered>>(path, query, { signal: ctl.signal })
        .then((p) => setRows(p.results))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q, kind]);
  return (
    <Select<number>
      showSearch
      filterOption={false}
      value={value}
      onChange={onChange}
      onSearch={setQ}
      placeholder={t('disputes.sourcePlaceholder')}
      data-testid={testId}
      options={rows.map((r) => ({ value: r.id, label: [r.number, r.customer_name ?? r.title].filter(Boolean).join(' · ') }))}
    />
  );
}
