// Receivables' types and small views shared by the payments pages, the customer's account tab and
// the contract's deposit card.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type * as S from '../../../api/schema';
import { fmtYuan } from '../../../lib/format';

export type Payment = S.components['schemas']['Payment'];
export type PaymentDetail = S.components['schemas']['PaymentDetail'];
export type Allocation = S.components['schemas']['PaymentAllocation'];
export type Preview = S.components['schemas']['AllocationPreview'];
export type Deposit = S.components['schemas']['Deposit'];
export type Refund = S.components['schemas']['Refund'];
export type Balance = S.components['schemas']['CustomerBalance'];
export type AgeingRow = S.components['schemas']['AgeingRow'];
export type AgeingSummary = S.components['schemas']['AgeingSummary'];
export type Statement = S.components['schemas']['Statement'];
export type StatementEntry = S.components['schemas']['StatementEntry'];

export const PAYMENT_METHODS = ['bank_transfer', 'cash', 'cheque', 'other'] as const;
export const AGEING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;

/** An amount in yuan, red when negative. */
export function Money({ fen, strong }: { fen: number | null | undefined; strong?: boolean }) {
  const text = fmtYuan(fen);
  const style = { color: fen != null && fen < 0 ? '#cf1322' : undefined, fontWeight: strong ? 600 : undefined, whiteSpace: 'nowrap' as const };
  return <span style={style}>{text}</span>;
}

export function PaymentStatus({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={value === 'reversed' ? 'red' : 'green'} bordered={false}>
      {t(`billing_payments.status.${value}`)}
    </Tag>
  );
}

export function DepositStatus({ value }: { value: string }) {
  const { t } = useTranslation();
  const color = value === 'held' ? 'blue' : value === 'offset' ? 'purple' : 'default';
  return (
    <Tag color={color} bordered={false}>
      {t(`billing_payments.depositStatus.${value}`)}
    </Tag>
  );
}
