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
 * The table's columns on a wide screen; on a phone (when `enabled`) one column of cards drawn by
 * `card`, and `showHeader` false. Spread the answer into the table's props.
 */
export function usePhoneCards<T>(columns: TableColumnsType<T>, card: (row: T) => PhoneCardParts, enabled = true) {
  const { phone } = useResponsive();
  if (!phone || !enabled) return { columns, showHeader: true };
  const cards: TableColumnsType<T> = [{ key: 'phone-card', render: (_: unknown, row: T) => <PhoneCard {...card(row)} /> }];
  return { columns: cards, showHeader: false };
}
