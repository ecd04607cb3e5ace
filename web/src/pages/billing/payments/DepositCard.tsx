// The contract page's deposit card (保证金): deposits received for the contract, received here by
// finance, and released or offset against the contract's open invoices once it has ended.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import { businessToday, yuanToFen } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { DepositStatus, Money, type Deposit } from './shared';

export default function DepositCard({ contract, ended }: { contract: number; ended: boolean }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const deposits = useApi<Deposit[]>('/api/v1/billing/deposits', { contract });
  const [receiving, setReceiving] = useState(false);
  const [settling, setSettling] = useState<Deposit | null>(null);
  const writer = can('billing.write');
  return (
    <Card
      size="small"
      title={t('billing_payments.deposits')}
      style={{ marginTop: 16 }}
      data-testid="deposit-card"
      extra={
        writer && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setReceiving(true)} data-testid="deposit-receive">
            {t('billing_payments.receiveDeposit')}
          </Button>
        )
      }
    >
      <Table<Deposit>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={deposits.data ?? []}
        loading={deposits.loading}
        locale={{ emptyText: t('billing_payments.noDeposits') }}
        columns={[
          {
            title: t('billing_payments.amount'),
            dataIndex: 'amount_fen',
            render: (v: number, d: Deposit) => (
              <div>
                <Money fen={v} strong />
                <div className="muted" style={{ fontSize: 12 }}>
                  {d.received_on}
                  {d.status !== 'held' && (
                    <>
                      <br />
                      {t('billing_payments.offsetAmount')} <Money fen={d.offset_fen} /> · {t('billing_payments.releasedAmount')} <Money fen={d.released_fen} />
                    </>
                  )}
                </div>
              </div>
            ),
          },
          { title: t('common.status'), dataIndex: 'status', width: 80, render: (s: string) => <DepositStatus value={s} /> },
          ...(writer && ended
            ? [
                {
                  title: '',
                  render: (_: unknown, d: Deposit) =>
                    d.status === 'held' && (
                      <Button size="small" type="primary" onClick={() => setSettling(d)} data-testid="deposit-settle">
                        {t('billing_payments.settleDeposit')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<{ amount_yuan: number; received_on: Dayjs; reference?: string; note?: string }>
        open={receiving}
        title={t('billing_payments.receiveDeposit')}
        initialValues={{ received_on: businessToday() }}
        alias={{ amount_fen: 'amount_yuan' }}
        onClose={() => setReceiving(false)}
        testId="deposit-form"
        onSubmit={async (v) => {
          await api.post('/api/v1/billing/deposits', {
            contract_id: contract,
            amount_fen: yuanToFen(v.amount_yuan),
            received_on: v.received_on.format('YYYY-MM-DD'),
            reference: v.reference ?? '',
            note: v.note ?? '',
          });
          message.success(t('common.created'));
          deposits.reload();
        }}
      >
        <Form.Item name="amount_yuan" label={t('billing_payments.amountYuan')} rules={[{ required: true }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="received_on" label={t('billing_payments.receivedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reference" label={t('billing_payments.bankReference')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t('billing_payments.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ action: string; reference?: string; note?: string }>
        open={settling !== null}
        title={t('billing_payments.settleDeposit')}
        initialValues={{ action: 'offset' }}
        onClose={() => setSettling(null)}
        testId="deposit-settle-form"
        onSubmit={async (v) => {
          await api.post(`/api/v1/billing/deposits/${settling?.id}/settle`, { action: v.action, reference: v.reference ?? '', note: v.note ?? '' });
          message.success(t('common.saved'));
          deposits.reload();
        }}
      >
        <Form.Item name="action" label={t('billing_payments.settleAction')}>
          <Select options={['offset', 'release'].map((a) => ({ value: a, label: t(`billing_payments.settleActions.${a}`) }))} />
        </Form.Item>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Form.Item name="reference" label={t('billing_payments.refundReference')} extra={t('billing_payments.refundReferenceHint')}>
            <Input maxLength={100} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('billing_payments.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
