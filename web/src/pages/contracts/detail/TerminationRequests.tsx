// A customer's requests to end the contract early (R11.2.2): the customer asks with a reason and a
// desired date; the business department accepts (the contract ends on the date) or declines with
// a comment. Move-out tasks follow an ended contract with devices still installed.
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Empty, Form, Input, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Contract, MoveOutTask, TerminationRequest } from '../../../api/types';
import { businessToday } from '../../../lib/format';
import DateTime from '../../../components/DateTime';
import FormModal from '../../../components/FormModal';

const REQUEST_COLOURS: Record<string, string> = { open: 'blue', accepted: 'green', declined: 'red', closed: 'default' };

export function TerminationRequestsTable({ contract: c, onChange }: { contract: Contract; onChange: (c: Contract) => void }) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<{ r: TerminationRequest; action: 'accept' | 'decline' } | null>(null);
  const canDecide = c.actions.includes('decide_termination_request');
  return (
    <>
      <Table<TerminationRequest>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.termination_requests}
        data-testid="termination-requests"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('terminationRequests.empty')} /> }}
        columns={[
          { title: t('terminationRequests.requestedAt'), dataIndex: 'created_at', render: (v: string) => <DateTime value={v} /> },
          { title: t('terminationRequests.requestedBy'), dataIndex: ['requested_by', 'name'] },
          { title: t('terminationRequests.desiredDate'), dataIndex: 'desired_date' },
          { title: t('terminationRequests.reason'), dataIndex: 'reason', ellipsis: true },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={REQUEST_COLOURS[s] ?? 'default'} bordered={false}>
                {t(`terminationRequests.status.${s}`, { defaultValue: s })}
              </Tag>
            ),
          },
          {
            title: t('terminationRequests.answer'),
            render: (_, r) => (r.decided_by ? <span>{r.decided_by}{r.decision_comment ? `：${r.decision_comment}` : ''}</span> : '—'),
          },
          ...(canDecide
            ? [
                {
                  title: '',
                  key: 'decide',
                  fixed: 'right' as const,
                  render: (_: unknown, r: TerminationRequest) =>
                    r.status === 'open' && (
                      <Space size={4}>
                        <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setDeciding({ r, action: 'accept' })} data-testid="termination-accept">
                          {t('terminationRequests.accept')}
                        </Button>
                        <Button size="small" danger icon={<CloseOutlined />} onClick={() => setDeciding({ r, action: 'decline' })} data-testid="termination-decline">
                          {t('terminationRequests.decline')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <DecisionForm contract={c} deciding={deciding} onClose={() => setDeciding(null)} onDone={onChange} />
    </>
  );
}

function DecisionForm({
  contract: c,
  deciding,
  onClose,
  onDone,
}: {
  contract: Contract;
  deciding: { r: TerminationRequest; action: 'accept' | 'decline' } | null;
  onClose: () => void;
  onDone: (c: Contract) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const accept = deciding?.action === 'accept';
  return (
    <FormModal<{ comment?: string; date?: Dayjs }>
      open={deciding !== null}
      title={accept ? t('terminationRequests.acceptTitle') : t('terminationRequests.declineTitle')}
      okText={accept ? t('terminationRequests.accept') : t('terminationRequests.decline')}
      initialValues={{ date: deciding ? dayjs(deciding.r.desired_date) : undefined }}
      onClose={onClose}
      testId="termination-decision-form"
      onSubmit={async (v) => {
        if (!deciding) return;
        const next = await api.post<Contract>(`/api/v1/contracts/${c.id}/termination-requests/${deciding.r.id}/decision`, {
          action: deciding.action,
          comment: v.comment?.trim() ?? '',
          ...(accept && v.date ? { date: v.date.format('YYYY-MM-DD') } : {}),
        });
        message.success(accept ? t('terminationRequests.accepted') : t('terminationRequests.declined'));
        onDone(next);
      }}
    >
      {accept && (
        <Form.Item name="date" label={t('terminationRequests.endDate')} extra={t('terminationRequests.endDateHelp')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('terminationRequests.comment')} rules={accept ? [] : [{ required: true, whitespace: true, message: t('terminationRequests.commentRequired') }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** The customer's request to end the contract early. */
export function RequestTerminationForm({ open, contract: c, onClose, onDone }: { open: boolean; contract: Contract; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <FormModal<{ reason: string; desired_date: Dayjs }>
      open={open}
      title={t('terminationRequests.request')}
      okText={t('terminationRequests.submit')}
      initialValues={{ desired_date: businessToday().add(c.notice_days, 'day') }}
      onClose={onClose}
      testId="termination-request-form"
      onSubmit={async (v) => {
        await api.post(`/api/v1/contracts/${c.id}/termination-requests`, { reason: v.reason.trim(), desired_date: v.desired_date.format('YYYY-MM-DD') });
        message.success(t('terminationRequests.sent'));
        onDone();
      }}
    >
      <p className="muted">{t('terminationRequests.requestHelp', { days: c.notice_days })}</p>
      <Form.Item name="reason" label={t('terminationRequests.reason')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="desired_date" label={t('terminationRequests.desiredDate')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(businessToday())} />
      </Form.Item>
    </FormModal>
  );
}

export function MoveOutTable({ tasks, staff }: { tasks: MoveOutTask[]; staff: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<MoveOutTask>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={tasks}
      data-testid="move-out-tasks"
      columns={[
        { title: t('moveOut.device'), render: (_, k) => (staff ? <Link to={`/dcim/devices/${k.device.id}`}>{k.device.name}</Link> : k.device.name) },
        { title: t('moveOut.deviceStatus'), dataIndex: 'device_status', render: (s: string) => (s === 'gone' ? t('moveOut.gone') : t(`status.device.${s}`, { defaultValue: s })) },
        {
          title: t('common.status'),
          dataIndex: 'done',
          render: (d: boolean) => (d ? <Tag color="green" bordered={false}>{t('moveOut.done')}</Tag> : <Tag color="orange" bordered={false}>{t('moveOut.open')}</Tag>),
        },
        { title: t('common.createdAt'), dataIndex: 'created_at', render: (v: string) => <DateTime value={v} /> },
      ]}
    />
  );
}
