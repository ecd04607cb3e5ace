// Improvement actions (R7.3): problem records linked to incidents and complaints, with an owner and
// a due date, overdue ones flagged; an action is started, its effect verified (with how), and only
// then closed. Staff only.
import { Button, Card, DatePicker, Empty, Form, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import FormModal from '../../../components/FormModal';
import { useApi } from '../../../lib/useApi';
import { StatusTag, type Action } from './shared';

type Actions = components['schemas']['ImprovementActions'];
type Step = 'start' | 'verify' | 'reject' | 'close';

const STEPS: Record<string, Step[]> = { open: ['start'], in_progress: ['verify'], verifying: ['close', 'reject'], closed: [] };

function NewAction({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<{ title: string; description?: string; owner_name: string; due: Dayjs; tickets?: string }>
      open={open}
      title={t('servicedesk_sla.actions.new')}
      okText={t('servicedesk_sla.actions.create')}
      testId="action-new-form"
      alias={{ due_date: 'due', ticket_ids: 'tickets' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const ticket_ids = (v.tickets ?? '')
          .split(/[\s,，]+/)
          .filter(Boolean)
          .map(Number);
        await api.post('/api/v1/servicedesk/levels/actions', {
          title: v.title.trim(),
          description: v.description?.trim() ?? '',
          owner_name: v.owner_name.trim(),
          due_date: v.due.format('YYYY-MM-DD'),
          ticket_ids,
        });
        onDone();
      }}
    >
      <Form.Item name="title" label={t('servicedesk_sla.actions.titleLabel')} rules={[{ required: true, whitespace: true, message: t('servicedesk_sla.actions.required') }]}>
        <Input maxLength={200} data-testid="action-title" />
      </Form.Item>
      <Form.Item name="description" label={t('servicedesk_sla.actions.description')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="owner_name" label={t('servicedesk_sla.actions.owner')} rules={[{ required: true, whitespace: true, message: t('servicedesk_sla.actions.required') }]}>
          <Input maxLength={100} data-testid="action-owner" />
        </Form.Item>
        <Form.Item name="due" label={t('servicedesk_sla.actions.due')} rules={[{ required: true, message: t('servicedesk_sla.actions.required') }]}>
          <DatePicker data-testid="action-due" />
        </Form.Item>
      </Space>
      <Form.Item name="tickets" label={t('servicedesk_sla.actions.tickets')} extra={t('servicedesk_sla.actions.ticketsHelp')}>
        <Input data-testid="action-tickets" />
      </Form.Item>
    </FormModal>
  );
}

function StepForm({ action, step, onClose, onDone }: { action: Action | null; step: Step | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<{ verification?: string }>
      open={action !== null && step !== null}
      title={step ? t(`servicedesk_sla.actions.steps.${step}`) : ''}
      okText={step ? t(`servicedesk_sla.actions.steps.${step}`) : undefined}
      testId="action-step-form"
      onClose={onClose}
      onSubmit={async (v) => {
        const body: Record<string, unknown> = { action: step, row_version: action!.row_version };
        if (v.verification?.trim()) body.verification = v.verification.trim();
        await api.post(`/api/v1/servicedesk/levels/actions/${action!.id}/steps`, body);
        onDone();
      }}
    >
      <Typography.Paragraph type="secondary">{step ? t(`servicedesk_sla.actions.help.${step}`) : ''}</Typography.Paragraph>
      {step === 'verify' && (
        <Form.Item name="verification" label={t('servicedesk_sla.actions.verification')} rules={[{ required: true, whitespace: true, message: t('servicedesk_sla.actions.required') }]}>
          <Input.TextArea rows={3} maxLength={4000} showCount data-testid="action-verification" />
        </Form.Item>
      )}
    </FormModal>
  );
}

export default function ImprovementActions() {
  const { t } = useTranslation();
  const [overdue, setOverdue] = useState(false);
  const actions = useApi<Actions>('/api/v1/servicedesk/levels/actions', { overdue });
  const [creating, setCreating] = useState(false);
  const [stepping, setStepping] = useState<{ action: Action; step: Step } | null>(null);
  return (
    <Card
      size="small"
      title={t('servicedesk_sla.actions.title')}
      extra={
        <Space wrap>
          <Space size={4}>
            <Switch size="small" checked={overdue} onChange={setOverdue} data-testid="actions-overdue" />
            <span>{t('servicedesk_sla.actions.onlyOverdue')}</span>
          </Space>
          <Button type="primary" onClick={() => setCreating(true)} data-testid="action-new">
            {t('servicedesk_sla.actions.new')}
          </Button>
        </Space>
      }
    >
      <Table<Action>
        data-testid="service-levels-actions"
        rowKey="id"
        size="small"
        loading={actions.loading}
        dataSource={actions.data?.results ?? []}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={t('servicedesk_sla.actions.none')} /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          rowExpandable: (a) => !!(a.description || a.verification),
          expandedRowRender: (a) => (
            <Space direction="vertical" size={4}>
              {a.description && <span>{a.description}</span>}
              {a.verification && (
                <span>
                  {t('servicedesk_sla.actions.verification')}：{a.verification}（{a.verified_by ?? ''}）
                </span>
              )}
            </Space>
          ),
        }}
        columns={[
          { title: t('servicedesk_sla.actions.number'), dataIndex: 'number' },
          { title: t('servicedesk_sla.actions.titleLabel'), dataIndex: 'title' },
          { title: t('servicedesk_sla.actions.owner'), dataIndex: 'owner_name' },
          {
            title: t('servicedesk_sla.actions.due'),
            render: (_, a) => (
              <Space size={4}>
                {a.due_date}
                {a.overdue && <Tag color="red" data-testid={`action-overdue-${a.id}`}>{t('servicedesk_sla.actions.overdue')}</Tag>}
              </Space>
            ),
          },
          { title: t('servicedesk_sla.status'), render: (_, a) => <StatusTag group="actionStatuses" status={a.status} /> },
          { title: t('servicedesk_sla.actions.tickets'), render: (_, a) => (a.ticket_ids.length ? a.ticket_ids.join(', ') : '—') },
          {
            title: t('servicedesk_sla.actionsColumn'),
            render: (_, a) => (
              <Space size={0} wrap>
                {(STEPS[a.status] ?? []).map((s) => (
                  <Button key={s} type="link" size="small" danger={s === 'reject'} onClick={() => setStepping({ action: a, step: s })} data-testid={`action-${s}-${a.id}`}>
                    {t(`servicedesk_sla.actions.steps.${s}`)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <NewAction open={creating} onClose={() => setCreating(false)} onDone={() => { setCreating(false); actions.reload(); }} />
      <StepForm
        action={stepping?.action ?? null}
        step={stepping?.step ?? null}
        onClose={() => setStepping(null)}
        onDone={() => { setStepping(null); actions.reload(); }}
      />
    </Card>
  );
}
