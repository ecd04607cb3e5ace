// Early termination of a contract (R11.2.2): the notice on the page and the form.
import { Alert, App, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Contract } from '../../../api/types';
import FormModal from '../../../components/FormModal';
import { SIDES } from '../shared';
import { businessToday } from '../../../lib/format';

/** Who ended the contract, when and why; nothing unless it is terminated. */
export function TerminationAlert({ contract: c }: { contract: Contract }) {
  const { t } = useTranslation();
  if (!(c.status === 'terminated' && c.termination)) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="termination"
      message={t('contracts.terminatedOn', { date: c.termination.date, side: t(`contracts.sides.${c.termination.initiated_by ?? 'operator'}`) })}
      description={c.termination.reason}
    />
  );
}

/** Ending the contract early: who initiates, why, and from which day. */
export function TerminateForm({ open, contract: c, onClose, onDone }: { open: boolean; contract: Contract; onClose: () => void; onDone: (c: Contract) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <FormModal<{ initiated_by: string; reason: string; date: Dayjs }>
      open={open}
      title={t('contracts.terminate')}
      okText={t('contracts.terminate')}
      initialValues={{ initiated_by: 'operator', date: businessToday() }}
      onClose={onClose}
      testId="terminate-form"
      onSubmit={async (v) => {
        onDone(
          await api.post<Contract>(`/api/v1/contracts/${c.id}/terminate`, {
            initiated_by: v.initiated_by,
            reason: v.reason.trim(),
            date: v.date.format('YYYY-MM-DD'),
          }),
        );
        message.success(t('contracts.terminated'));
      }}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('contracts.terminateHelp')} />
      <Form.Item name="initiated_by" label={t('contracts.initiatedBy')} rules={[{ required: true }]}>
        <Radio.Group options={SIDES.map((s) => ({ value: s, label: t(`contracts.sides.${s}`) }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('contracts.terminationReason')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="date" label={t('contracts.terminationDate')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(businessToday().endOf('day'))} />
      </Form.Item>
    </FormModal>
  );
}
