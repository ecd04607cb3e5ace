// Shared pieces of the billing pages: invoice status tags, amounts in yuan, units and quantities.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtYuan } from '../../../lib/format';

const STATUS_COLOURS: Record<string, string> = {
  issued: 'blue',
  partially_paid: 'gold',
  paid: 'green',
  credited: 'default',
  void: 'default',
};

export function InvoiceStatus({ status, overdue }: { status: string; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="nowrap">
      <Tag color={STATUS_COLOURS[status] ?? 'default'} bordered={false}>
        {t(`billing.status.${status}`)}
      </Tag>
      {overdue && (
        <Tag color="red" bordered={false}>
          {t('billing.overdue')}
        </Tag>
      )}
    </span>
  );
}

export function KindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={kind === 'credit_note' ? 'volcano' : 'geekblue'} bordered={false}>
      {t(`billing.kind.${kind}`)}
    </Tag>
  );
}

export function Money({ fen }: { fen: number | null | undefined }) {
  return <span className="money">{fmtYuan(fen)}</span>;
}

/** 2.5 from 2500 thousandths, without trailing zeros. */
export function fmtMilli(milli: number): string {
  const v = milli / 1000;
  return Number.isInteger(v) ? String(v) : v.toFixed(3).replace(/0+$/, '');
}

/** A unit code (U, kW, Mbps ...) in the reader's language. */
export function useUnit() {
  const { t, i18n } = useTranslation();
  return (code: string) => (i18n.exists(`billing.unit.${code}`) ? t(`billing.unit.${code}`) : code);
}

export function fmtRate(bp: number): string {
  return `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 2)}%`;
}
