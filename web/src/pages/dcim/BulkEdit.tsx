// Bulk edit of the rows selected in the rack and device lists: one PATCH for all of them, which the
// server applies to all or none; the ids it refuses are listed with the reason.
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Popconfirm, Select } from 'antd';
import { useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { BulkReport } from '../../api/types';
import FormModal from '../../components/FormModal';
import ProblemAlert, { useProblemText } from '../../components/ProblemAlert';
import { RefSelect } from '../../components/Ref';
import { DEVICE_ROLES, DEVICE_STATUSES } from './DeviceForm';
import { RACK_STATUSES } from './RackForm';

interface Values {
  status?: string;
  role?: string;
  customer_id?: number;
  clear_customer?: boolean;
  rack_id?: number;
}

/** The PATCH body for the fields filled in; null when nothing would change. */
export function bulkBody(ids: Key[], v: Values): Record<string, unknown> | null {
  const body: Record<string, unknown> = {};
  if (v.status) body.status = v.status;
  if (v.role) body.role = v.role;
  if (v.clear_customer) body.customer_id = null;
  else if (v.customer_id) body.customer_id = v.customer_id;
  if (v.rack_id) body.rack_id = v.rack_id;
  if (Object.keys(body).length === 0) return null;
  return { ids: ids.map(Number), ...body };
}

export default function BulkEdit({ kind, ids, onDone }: { kind: 'devices' | 'racks'; ids: Key[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const problemText = useProblemText();
  const [open, setOpen] = useState(false);
  const statuses = kind === 'devices' ? DEVICE_STATUSES : RACK_STATUSES;
  const statusKey = kind === 'devices' ? 'device' : 'rack';
  return (
    <>
      <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="bulk-edit">
        {t('tables.bulk.edit')}
      </Button>
      {/* Racks and devices are never deleted (the audit may ask about them): they are decommissioned. */}
      <Popconfirm
        title={t('tables.bulk.decommissionConfirm', { count: ids.length })}
        description={t('tables.bulk.decommissionHelp')}
        okText={t('tables.bulk.decommission')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'bulk-decommission-ok' } as never}
        onConfirm={async () => {
          try {
            const r = await api.patch<BulkReport>(`/api/v1/dcim/${kind}`, { ids: ids.map(Number), status: 'decommissioned' });
            message.success(t('tables.bulk.done', { ...r }));
            onDone();
          } catch (e) {
            if (!(e instanceof ApiError)) throw e;
            modal.error({ title: problemText(e).title, content: <ProblemAlert error={e} rest={e.problem.errors} /> });
          }
        }}
      >
        <Button size="small" danger icon={<StopOutlined />} data-testid="bulk-decommission">
          {t('tables.bulk.decommission')}
        </Button>
      </Popconfirm>
      <FormModal<Values>
        open={open}
        title={t('tables.bulk.title', { count: ids.length })}
        onClose={() => setOpen(false)}
        testId="bulk-form"
        onSubmit={async (v) => {
          const body = bulkBody(ids, v);
          if (!body) throw new ApiError({ status: 400, title: t('tables.bulk.nothingChosen') });
          const r = await api.patch<BulkReport>(`/api/v1/dcim/${kind}`, body);
          message.success(t('tables.bulk.done', { ...r }));
          setOpen(false);
          onDone();
        }}
      >
        <p className="muted">{t('tables.bulk.hint')}</p>
        <Form.Item name="status" label={t('tables.bulk.status')}>
          <Select allowClear options={statuses.map((s) => ({ value: s, label: t(`status.${statusKey}.${s}`) }))} data-testid="bulk-status" />
        </Form.Item>
        {kind === 'devices' && (
          <Form.Item name="role" label={t('tables.bulk.role')}>
            <Select allowClear options={DEVICE_ROLES.map((r) => ({ value: r, label: t(`devices.roles.${r}`) }))} />
          </Form.Item>
        )}
        <Form.Item label={t('tables.bulk.customer')}>
          <Form.Item name="customer_id" noStyle>
            <RefSelect kind="customers" allowClear style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="clear_customer" valuePropName="checked" noStyle>
            <Checkbox style={{ marginTop: 8 }}>{t('tables.bulk.clearCustomer')}</Checkbox>
          </Form.Item>
        </Form.Item>
        {kind === 'devices' && (
          <Form.Item name="rack_id" label={t('tables.bulk.rack')}>
            <RefSelect kind="racks" allowClear style={{ width: '100%' }} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
