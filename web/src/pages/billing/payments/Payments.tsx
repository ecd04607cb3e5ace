// 财务 → 收款: payments received, recorded with a preview of where the money goes (oldest open
// invoice first, or chosen invoices), the rest kept as the customer's credit. Customers see their
// own payments here (费用中心 → 付款记录).
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import PageContainer from '../../../components/PageContainer';
import { RefSelect } from '../../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../../components/ServerTable';
import { businessToday, fmtYuan, yuanToFen } from '../../../lib/format';
import { useTableQuery } from '../../../lib/useTableQuery';
import { Money, PAYMENT_METHODS, PaymentStatus, type Payment, type PaymentDetail, type Preview } from './shared';

interface Values {
  customer_id: number;
  amount_yuan: number;
  received_on: Dayjs;
  method: string;
  bank_reference?: string;
  payer_name?: string;
  note?: string;
}

function body(v: Values) {
  return {
    customer_id: v.customer_id,
    amount_fen: yuanToFen(v.amount_yuan),
    received_on: v.received_on.format('YYYY-MM-DD'),
    method: v.method,
    bank_reference: v.bank_reference ?? '',
    payer_name: v.payer_name ?? '',
    note: v.note ?? '',
  };
}

export default function Payments() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [recording, setRecording] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const f = table.filters;
  const writer = can('billing.write');
  const title = isCustomer ? t('nav.myPayments') : t('nav.payments');
  const refresh = async (v: Partial<Values>) => {
    if (!v.customer_id || !v.amount_yuan || !v.received_on || !v.method) return setPreview(null);
    try {
      setPreview(await api.post<Preview>('/api/v1/billing/payments/preview', body(v as Values)));
    } catch {
      setPreview(null);
    }
  };
  return (
    <PageContainer
      title={title}
      crumbs={[{ title: isCustomer ? t('billing_payments.portalGroup') : t('nav.group.finance') }, { title }]}
      testId="payments-page"
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="payment-record">
            {t('billing_payments.record')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('billing_payments.search')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          {!isCustomer && <RefSelect kind="customers" placeholder={t('billing_payments.customer')} value={f.customer ? Number(f.customer) : undefined} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />}
          <Select allowClear placeholder={t('common.status')} value={f.status} onChange={(v) => table.setFilter('status', v)} style={{ width: 130 }} options={['received', 'reversed'].map((s) => ({ value: s, label: t(`billing_payments.status.${s}`) }))} />
          <Select allowClear placeholder={t('billing_payments.method')} value={f.method} onChange={(v) => table.setFilter('method', v)} style={{ width: 130 }} options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`billing_payments.methods.${m}`) }))} />
        </div>
        <ServerTable<Payment>
          ref={ref}
          path="/api/v1/billing/payments"
          query={{ q: f.q, customer: f.customer, status: f.status, method: f.method }}
          filterKeys={['q', 'customer', 'status', 'method']}
          table={table}
          testId="payments-table"
          listKey="billing.payments"
          exportName={title}
          scroll={{ x: 900 }}
          columns={[
            { title: t('billing_payments.receivedOn'), dataIndex: 'received_on', key: 'received_on', sorter: true, width: 110, render: (d: string, p: Payment) => <Link to={`/billing/payments/${p.id}`}>{d}</Link> },
            ...(isCustomer ? [] : [{ title: t('billing_payments.customer'), dataIndex: ['customer', 'name'], key: 'customer', sorter: true, render: (n: string, p: Payment) => <Link to={`/customers/${p.customer.id}`}>{n}</Link> }]),
            { title: t('billing_payments.amount'), dataIndex: 'amount_fen', key: 'amount', sorter: true, align: 'right' as const, render: (v: number) => <Money fen={v} strong /> },
            { title: t('billing_payments.method'), dataIndex: 'method', render: (m: string) => t(`billing_payments.methods.${m}`) },
            { title: t('billing_payments.bankReference'), dataIndex: 'bank_reference', ellipsis: true },
            { title: t('billing_payments.allocated'), dataIndex: 'allocated_fen', align: 'right' as const, render: (v: number) => <Money fen={v} /> },
            { title: t('billing_payments.unallocated'), dataIndex: 'unallocated_fen', align: 'right' as const, render: (v: number) => <Money fen={v} /> },
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s: string) => <PaymentStatus value={s} /> },
          ]}
        />
      </Card>
      <FormModal<Values>
        open={recording}
        title={t('billing_payments.record')}
        width={640}
        initialValues={{ method: 'bank_transfer', received_on: businessToday(), customer_id: f.customer ? Number(f.customer) : undefined }}
        onClose={() => {
          setRecording(false);
          setPreview(null);
        }}
        testId="payment-form"
        alias={{ amount_fen: 'amount_yuan' }}
        onValuesChange={(_, all) => void refresh(all)}
        okText={t('billing_payments.recordOk')}
        onSubmit={async (v) => {
          const d = await api.post<PaymentDetail>('/api/v1/billing/payments', body(v));
          message.success(t('billing_payments.recorded'));
          setPreview(null);
          ref.current?.reload();
          navigate(`/billing/payments/${d.id}`);
        }}
      >
        <Form.Item name="customer_id" label={t('billing_payments.customer')} rules={[{ required: true }]}>
          <RefSelect kind="customers" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="amount_yuan" label={t('billing_payments.amountYuan')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="payment-amount" />
          </Form.Item>
          <Form.Item name="received_on" label={t('billing_payments.receivedOn')} rules={[{ required: true }]} style={{ flex: 1, marginLeft: 12 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="method" label={t('billing_payments.method')}>
          <Select options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`billing_payments.methods.${m}`) }))} />
        </Form.Item>
        <Form.Item name="bank_reference" label={t('billing_payments.bankReference')} extra={t('billing_payments.bankReferenceHint')}>
          <Input maxLength={100} data-testid="payment-reference" />
        </Form.Item>
        <Form.Item name="payer_name" label={t('billing_payments.payerName')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label={t('billing_payments.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {preview && (
          <div data-testid="payment-preview">
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 8 }}
              message={t('billing_payments.previewSummary', { allocated: fmtYuan(preview.allocated_fen), credit: fmtYuan(preview.credit_fen) })}
            />
            <Table
              size="small"
              rowKey={(a) => a.invoice.id}
              pagination={false}
              dataSource={preview.allocations}
              locale={{ emptyText: t('billing_payments.noOpenInvoices') }}
              columns={[
                { title: t('billing_payments.invoice'), dataIndex: ['invoice', 'name'] },
                { title: t('billing_payments.dueDate'), dataIndex: 'due_date' },
                { title: t('billing_payments.outstanding'), dataIndex: 'outstanding_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
                { title: t('billing_payments.allocate'), dataIndex: 'amount_fen', align: 'right', render: (v: number) => <Money fen={v} strong /> },
              ]}
            />
          </div>
        )}
      </FormModal>
    </PageContainer>
  );
}
