// The customer page's 往来 tab: what the customer owes and has paid in advance, its deposits, and
// its statement; finance applies the credit to open invoices or pays it back from here.
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Space, Statistic, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import { businessToday, yuanToFen } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { DepositStatus, Money, type Allocation, type Balance, type Deposit } from './shared';
import StatementView from './StatementView';

export default function AccountTab({ customer }: { customer: number }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const balance = useApi<Balance>(`/api/v1/billing/customers/${customer}/balance`);
  const deposits = useApi<Deposit[]>('/api/v1/billing/deposits', { customer });
  const [refunding, setRefunding] = useState(false);
  const b = balance.data;
  const writer = can('billing.write');
  const apply = async () => {
    const made = await api.post<Allocation[]>(`/api/v1/billing/customers/${customer}/apply-credit`, {});
    message.success(t('billing_payments.creditApplied', { count: made.length }));
    balance.reload();
  };
  const stat = (title: string, fen: number | undefined, color?: string) => (
    <Card size="small">
      <Statistic title={title} value={fen === undefined ? '—' : (fen / 100).toFixed(2)} prefix="¥" valueStyle={{ fontSize: 18, color }} />
    </Card>
  );
  return (
    <div data-testid="customer-account">
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>{stat(t('billing_payments.outstanding'), b?.outstanding_fen)}</Col>
        <Col xs={12} md={6}>{stat(t('billing_payments.overdue'), b?.overdue_fen, b && b.overdue_fen > 0 ? '#cf1322' : undefined)}</Col>
        <Col xs={12} md={6}>{stat(t('billing_payments.creditBalance'), b?.credit_fen, '#389e0d')}</Col>
        <Col xs={12} md={6}>{stat(t('billing_payments.depositsHeld'), b?.deposits_held_fen)}</Col>
      </Row>
      {writer && b && (
        <Space wrap style={{ marginTop: 12 }}>
          <Button disabled={b.credit_fen <= 0 || b.outstanding_fen <= 0} onClick={() => void apply()} data-testid="apply-credit">
            {t('billing_payments.applyCredit')}
          </Button>
          <Button disabled={b.credit_fen <= 0} onClick={() => setRefunding(true)} data-testid="refund-credit">
            {t('billing_payments.refundCredit')}
          </Button>
          <Link to={`/billing/payments?customer=${customer}`}>{t('billing_payments.paymentsOfCustomer')}</Link>
        </Space>
      )}
      <Card size="small" title={t('billing_payments.deposits')} style={{ marginTop: 16 }}>
        <Table<Deposit>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={deposits.data ?? []}
          loading={deposits.loading}
          scroll={{ x: 520 }}
          locale={{ emptyText: t('billing_payments.noDeposits') }}
          columns={[
            { title: t('billing_payments.contract'), dataIndex: ['contract', 'name'], render: (n: string, d: Deposit) => <Link to={`/contracts/${d.contract.id}`}>{n}</Link> },
            { title: t('billing_payments.amount'), dataIndex: 'amount_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
            { title: t('billing_payments.receivedOn'), dataIndex: 'received_on' },
            { title: t('common.status'), dataIndex: 'status', render: (s: string) => <DepositStatus value={s} /> },
          ]}
        />
      </Card>
      <Card size="small" title={t('billing_payments.statement')} style={{ marginTop: 16 }}>
        <StatementView customer={customer} />
      </Card>
      <FormModal<{ amount_yuan: number; refunded_on: Dayjs; reference: string; note?: string }>
        open={refunding}
        title={t('billing_payments.refundCredit')}
        initialValues={{ refunded_on: businessToday() }}
        alias={{ amount_fen: 'amount_yuan' }}
        onClose={() => setRefunding(false)}
        testId="refund-form"
        onSubmit={async (v) => {
          await api.post('/api/v1/billing/refunds', {
            customer_id: customer,
            amount_fen: yuanToFen(v.amount_yuan),
            refunded_on: v.refunded_on.format('YYYY-MM-DD'),
            reference: v.reference,
            note: v.note ?? '',
          });
          message.success(t('billing_payments.refunded'));
          balance.reload();
        }}
      >
        <Form.Item name="amount_yuan" label={t('billing_payments.amountYuan')} rules={[{ required: true }]} extra={b ? t('billing_payments.refundLimit', { credit: (b.credit_fen / 100).toFixed(2) }) : undefined}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="refunded_on" label={t('billing_payments.refundedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reference" label={t('billing_payments.bankReference')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t('billing_payments.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
