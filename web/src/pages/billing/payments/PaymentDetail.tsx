// A payment with the invoices it paid; finance reverses a bounced transfer here (its allocations
// are undone and the invoices owe again).
import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Input, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import DateTime from '../../../components/DateTime';
import FormModal from '../../../components/FormModal';
import PageContainer from '../../../components/PageContainer';
import ProblemAlert from '../../../components/ProblemAlert';
import { useApi } from '../../../lib/useApi';
import { Money, PaymentStatus, type Allocation, type PaymentDetail as Detail } from './shared';

export default function PaymentDetail() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const payment = useApi<Detail>(`/api/v1/billing/payments/${id}`);
  const [reversing, setReversing] = useState(false);
  const p = payment.data;
  const list = isCustomer ? t('nav.myPayments') : t('nav.payments');
  if (payment.error) return <ProblemAlert error={payment.error} />;
  if (!p) return <Skeleton active />;
  const title = `${p.received_on} ${p.bank_reference || t(`billing_payments.methods.${p.method}`)}`;
  return (
    <PageContainer
      title={title}
      tags={<PaymentStatus value={p.status} />}
      crumbs={[{ title: isCustomer ? t('billing_payments.portalGroup') : t('nav.group.finance') }, { title: list, path: '/billing/payments' }, { title: p.bank_reference || String(p.id) }]}
      testId="payment-detail"
      extra={
        can('billing.write') &&
        p.status === 'received' && (
          <Button danger icon={<RollbackOutlined />} onClick={() => setReversing(true)} data-testid="payment-reverse">
            {t('billing_payments.reverse')}
          </Button>
        )
      }
    >
      <Card>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('billing_payments.customer')}>
            {isCustomer ? p.customer.name : <Link to={`/customers/${p.customer.id}`}>{p.customer.name}</Link>}
          </Descriptions.Item>
          <Descriptions.Item label={t('billing_payments.amount')}>
            <Money fen={p.amount_fen} strong />
          </Descriptions.Item>
          <Descriptions.Item label={t('billing_payments.receivedOn')}>{p.received_on}</Descriptions.Item>
          <Descriptions.Item label={t('billing_payments.method')}>{t(`billing_payments.methods.${p.method}`)}</Descriptions.Item>
          <Descriptions.Item label={t('billing_payments.bankReference')}>{p.bank_reference || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('billing_payments.payerName')}>{p.payer_name || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('billing_payments.allocated')}>
            <Money fen={p.allocated_fen} />
          </Descriptions.Item>
          <Descriptions.Item label={t('billing_payments.unallocated')}>
            <Money fen={p.unallocated_fen} />
          </Descriptions.Item>
          <Descriptions.Item label={t('billing_payments.depositAndRefund')}>
            <Money fen={p.deposit_fen} /> / <Money fen={p.refunded_fen} />
          </Descriptions.Item>
          <Descriptions.Item label={t('billing_payments.recordedBy')}>
            {p.created_by} · <DateTime value={p.created_at} />
          </Descriptions.Item>
          {p.note && <Descriptions.Item label={t('billing_payments.note')}>{p.note}</Descriptions.Item>}
          {p.status === 'reversed' && (
            <Descriptions.Item label={t('billing_payments.reversalReason')}>
              {p.reversal_reason} · {p.reversed_by} · <DateTime value={p.reversed_at} />
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('billing_payments.allocations')} style={{ marginTop: 16 }}>
        <Table<Allocation>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.allocations}
          scroll={{ x: 520 }}
          data-testid="payment-allocations"
          locale={{ emptyText: t('billing_payments.noAllocations') }}
          columns={[
            { title: t('billing_payments.invoice'), dataIndex: ['invoice', 'name'], render: (n: string, a: Allocation) => <Link to={`/billing/invoices/${a.invoice.id}`}>{n}</Link> },
            { title: t('billing_payments.amount'), dataIndex: 'amount_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
            { title: t('billing_payments.allocatedAt'), dataIndex: 'created_at', render: (v: string) => <DateTime value={v} /> },
            {
              title: t('common.status'),
              dataIndex: 'reversed_at',
              render: (v: string | null) => (v ? <Tag bordered={false}>{t('billing_payments.undone')}</Tag> : <Tag color="green" bordered={false}>{t('billing_payments.inEffect')}</Tag>),
            },
          ]}
        />
      </Card>
      <FormModal<{ reason: string }>
        open={reversing}
        title={t('billing_payments.reverse')}
        okText={t('billing_payments.reverseOk')}
        onClose={() => setReversing(false)}
        testId="payment-reverse-form"
        onSubmit={async (v) => {
          payment.setData(await api.post<Detail>(`/api/v1/billing/payments/${p.id}/reverse`, v));
          message.success(t('billing_payments.reversed'));
        }}
      >
        <p className="muted">{t('billing_payments.reverseHint')}</p>
        <Form.Item name="reason" label={t('billing_payments.reversalReason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
