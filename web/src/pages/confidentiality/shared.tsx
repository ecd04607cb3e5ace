// Pieces the confidentiality pages share: value lists from the API document, the status and level
// tags, and a customer picker.
import { Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/client';
import { confidentialityHoldingCategoryValues, confidentialityHoldingLevelValues, disclosureStatusValues } from '../../api/schema';

export const CATEGORIES = confidentialityHoldingCategoryValues;
export const LEVELS = confidentialityHoldingLevelValues;
export const DISCLOSURE_STATUSES = disclosureStatusValues;
export const RECIPIENT_KINDS = ['authority', 'third_party'] as const;

const STATUS_COLOURS: Record<string, string> = { requested: 'gold', approved: 'blue', rejected: 'default', disclosed: 'green' };
const LEVEL_COLOURS: Record<string, string> = { public: 'default', internal: 'blue', confidential: 'orange', secret: 'red' };

export function DisclosureTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'} bordered={false}>
      {t(`confidentiality.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function LevelTag({ level }: { level: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLOURS[level] ?? 'default'} bordered={false}>
      {t(`confidentiality.level.${level}`, { defaultValue: level })}
    </Tag>
  );
}

interface CustomerRow {
  id: number;
  name: string;
}

/** Picks a customer by name. */
export function CustomerPicker({ value, onChange, testId }: { value?: number; onChange?: (v: number) => void; testId?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<CustomerRow[]>([]);
  useEffect(() => {
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<Page<CustomerRow>>('/api/v1/customers', { q: q || undefined, limit: 20 }, { signal: ctl.signal })
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
      allowClear
      filterOption={false}
      value={value}
      onChange={onChange}
      onSearch={setQ}
      placeholder={t('confidentiality.customerPlaceholder')}
      data-testid={testId}
      style={{ minWidth: 220 }}
      options={rows.map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}

/** Downloads everything held about the customer as one JSON file, reading each section in pages. */
export async function exportCustomer(customerId: number): Promise<void> {
  const index = await api.get<{ customer_name: string; generated_at: string; page_size: number; sections: { name: string; count: number }[] }>(
    `/api/v1/confidentiality/customers/${customerId}/export`,
  );
  const parts: BlobPart[] = [`{"customer_id":${customerId},"customer_name":${JSON.stringify(index.customer_name)},"generated_at":"${index.generated_at}"`];
  for (const s of index.sections) {
    parts.push(`,${JSON.stringify(s.name)}:[`);
    for (let start = 0; start < s.count; start += index.page_size) {
      const page = await api.get<{ records: unknown[] }>(`/api/v1/confidentiality/customers/${customerId}/export/${s.name}`, {
        start,
        size: index.page_size,
      });
      // Each page becomes its own piece of the file, so no string holds every record at once.
      parts.push((start > 0 && page.records.length > 0 ? ',' : '') + page.records.map((r) => JSON.stringify(r)).join(','));
    }
    parts.push(']');
  }
  parts.push('}');
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `customer-${customerId}-${index.generated_at.slice(0, 10)}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
