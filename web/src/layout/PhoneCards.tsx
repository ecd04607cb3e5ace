// Lists that read better as cards on a phone (a customer's devices and racks): the same
// server-paginated table, its columns replaced by one column of small cards and no header row.
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useResponsive } from './useResponsive';

export interface PhoneCardParts {
  title: ReactNode;
  /** Top right: a status tag. */
  extra?: ReactNode;
  /** One line each, muted. */
  lines: ReactNode[];
}

export function PhoneCard({ title, extra, lines }: PhoneCardParts) {
  return (
    <div className="phone-card" data-testid="phone-card">
      <div className="phone-card-head">
        <span className="phone-card-title">{title}</span>
        {extra}
      </div>
      {lines.filter(Boolean).map((l, i) => (
        <div key={i} className="phone-card-line">
          {l}
        </div>
      ))}
    </div>
  );
}

/**
 * On a phone (when `enabled`): one column of cards drawn by `card`, to use in place of the
 * table's columns, with the header row hidden. Elsewhere undefined: the table keeps its columns.
 *   const cards = usePhoneCards<Rack>((r) => ({ title: r.name, lines: [...] }), isCustomer);
 *   <ServerTable columns={cards?.columns ?? [...]} showHeader={!cards} />
 */
export function usePhoneCards<T>(card: (row: T) => PhoneCardParts, enabled = true): { columns: TableColumnsType<T> } | undefined {
  const { phone } = useResponsive();
  if (!phone || !enabled) return undefined;
  return { columns: [{ key: 'phone-card', render: (_: unknown, row: T) => <PhoneCard {...card(row)} /> }] };
}
