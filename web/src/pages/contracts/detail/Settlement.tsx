// The settlement checklist after a contract ends early (R11.2.3): each item closed with a note,
// or opened again.
import { CheckOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import type { Contract, SettlementItem } from '../../../api/types';
import DateTime from '../../../components/DateTime';
import FormModal from '../../../components/FormModal';

/** The checklist; with `canSettle`, each item can be closed (`onSettle`) or opened again. `onChange` gets the contract after a change. */
// These follow the equipment ledger and IPAM; the server refuses to tick them by hand.
const LEDGER_ITEMS = ['equipment_move_out', 'reservations_released', 'addresses_reclaimed'];
// These follow billing's records (the final invoice paid or offset, the deposit released or offset).
const BILLING_ITEMS = ['final_invoice', 'deposit'];

export function SettlementTable({ contract: c, canSettle, onSettle, onChange }: { contract: Contract; canSettle: boolean; onSettle: (s: SettlementItem) => void; onChange: (c: Contract) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reopen = async (item: SettlementItem) => {
    try {
      onChange(await api.patch<Contract>(`/api/v1/contracts/${c.id}/settlement/${item.id}`, { done: false }));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
<Table<SettlementItem>
  rowKey="id"
  size="small"
  pagination={false}
  dataSource={c.settlement}
  data-testid="settlement-table"
  columns={[
    { title: t('settlement.item'), dataIndex: 'kind', render: (k: string) => t(`settlement.kinds.${k}`, { defaultValue: k }) },
    {
      title: t('common.status'),
      dataIndex: 'done',
      render: (d: boolean) => (d ? <Tag color="green" bordered={false}>{t('settlement.done')}</Tag> : <Tag color="orange" bordered={false}>{t('settlement.open')}</Tag>),
    },
    { title: t('settlement.note'), dataIndex: 'note', render: (n: string) => n || '—' },
    { title: t('settlement.doneBy'), render: (_, s) => (s.done_by ? <span>{s.done_by} · <DateTime value={s.done_at} /></span> : '—') },
    ...(canSettle
      ? [
          {
            title: '',
            width: 110,
            render: (_: unknown, s: SettlementItem) =>
              LEDGER_ITEMS.includes(s.kind) ? (
                <span className="muted">{t('settlement.fromLedger')}</span>
              ) : BILLING_ITEMS.includes(s.kind) ? (
                <span className="muted">{t('billing_payments.fromBilling')}</span>
              ) : s.done ? (
                <Popconfirm title={t('settlement.reopenConfirm')} okText={t('settlement.reopen')} cancelText={t('common.cancel')} onConfirm={() => reopen(s)}>
                  <Button size="small" icon={<UndoOutlined />}>
                    {t('settlement.reopen')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => onSettle(s)} data-testid={`settle-${s.kind}`}>
                  {t('settlement.close')}
                </Button>
              ),
          },
        ]
      : []),
  ]}
/>
  );
}

/** Closing one settlement item with a note. */
export function SettleForm({ contract: c, item: settling, onClose, onDone }: { contract: Contract; item: SettlementItem | null; onClose: () => void; onDone: (c: Contract) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <FormModal<{ note?: string }>
      open={settling !== null}
      title={settling ? `${t('settlement.close')}: ${t(`settlement.kinds.${settling.kind}`, { defaultValue: settling.kind })}` : ''}
      okText={t('settlement.close')}
      initialValues={{ note: settling?.note ?? '' }}
      onClose={onClose}
      testId="settle-form"
      onSubmit={async (v) => {
        if (!settling) return;
        onDone(await api.patch<Contract>(`/api/v1/contracts/${c.id}/settlement/${settling.id}`, { done: true, note: v.note?.trim() ?? '' }));
        message.success(t('settlement.closed'));
      }}
    >
      <Form.Item name="note" label={t('settlement.note')}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="settle-note" />
      </Form.Item>
    </FormModal>
  );
}
