// 变更管理 — change control (R4.3.2): change requests with their risk, rollback plan, window and
// the customers they affect; technical approves (and management, at high risk); the change runs
// with its checklist and closes with the result.
import { App, Button, Checkbox, Descriptions, Drawer, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { ChangeRequestBrief, ChangeRequestView } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import WorkflowTimeline from '../../components/WorkflowTimeline';
import { businessWallToInstant, fmtInstant } from '../../lib/format';
import { useSubmit } from '../../lib/useSubmit';

interface Page<T> {
  count: number;
  results: T[];
}

const RISK_COLOURS: Record<string, string> = { low: 'green', medium: 'orange', high: 'red' };
const STATUS_COLOURS: Record<string, string> = {
  submitted: 'gold',
  technical_approved: 'gold',
  approved: 'green',
  in_progress: 'blue',
  closed: 'default',
  rejected: 'red',
  cancelled: 'default',
};
const when = (s?: string | null) => fmtInstant(s);
const ids = (s?: string) =>
  String(s ?? '')
    .split(/[\s,，]+/)
    .filter(Boolean)
    .map(Number);
// <input type="datetime-local"> gives a wall-clock time, read in the business zone; the API takes instants.
const instant = (local?: string) => businessWallToInstant(local);

function Risk({ risk }: { risk: string }) {
  const { t } = useTranslation();
  return <Tag color={RISK_COLOURS[risk]}>{t(`facility_ops.risk.${risk}`)}</Tag>;
}

function Status({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`facility_ops.status.${status}`)}</Tag>;
}

function RequestForm({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const submit = useSubmit(form);
  const finish = async (v: Record<string, string>) => {
    const created = await submit.run(() =>
      api.post<ChangeRequestView>('/api/v1/facility/changes', {
        title: v.title,
        reason: v.reason,
        risk: v.risk,
        rollback_plan: v.rollback_plan,
        window_start: instant(v.window_start),
        window_end: instant(v.window_end),
        rooms: ids(v.rooms),
        racks: ids(v.racks),
        devices: ids(v.devices),
        feeds: ids(v.feeds),
        steps: String(v.steps ?? '')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      }),
    );
    if (created) {
      form.resetFields();
      onCreated(created.change.id);
    }
  };
  return (
    <Modal open={open} title={t('facility_ops.newChange')} onCancel={onClose} footer={null} destroyOnClose width={640}>
      {submit.alert}
      <Form form={form} layout="vertical" onFinish={finish} data-testid="change-form" initialValues={{ risk: 'medium' }}>
        <Form.Item name="title" label={t('facility_ops.field.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="reason" label={t('facility_ops.field.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="risk" label={t('facility_ops.field.risk')} rules={[{ required: true }]}>
          <Select options={['low', 'medium', 'high'].map((r) => ({ value: r, label: t(`facility_ops.risk.${r}`) }))} />
        </Form.Item>
        <Form.Item name="rollback_plan" label={t('facility_ops.field.rollback')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="window_start" label={t('facility_ops.field.windowStart')} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="window_end" label={t('facility_ops.field.windowEnd')} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
        </Space>
        <Space wrap>
          {(['rooms', 'racks', 'devices', 'feeds'] as const).map((k) => (
            <Form.Item key={k} name={k} label={t(`facility_ops.field.${k}`)} tooltip={t('facility_ops.idsHint')}>
              <Input style={{ width: 130 }} />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="steps" label={t('facility_ops.field.steps')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.submitting}>
          {t('facility_ops.submit')}
        </Button>
      </Form>
    </Modal>
  );
}

function ChangeDrawer({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [view, setView] = useState<ChangeRequestView>();
  const [comment, setComment] = useState('');
  const [result, setResult] = useState<string>();
  const submit = useSubmit();
  const [names, setNames] = useState<Record<number, string>>({});
  useEffect(() => {
    api.get<ChangeRequestView>(`/api/v1/facility/changes/${id}`).then(setView);
  }, [id]);
  // The customers by name (a change touches a handful).
  const customers = view?.change.customers.join(',');
  useEffect(() => {
    if (!customers) return;
    Promise.all(
      customers.split(',').map((c) =>
        api
          .get<{ id: number; name: string }>(`/api/v1/customers/${c}`)
          .then((r) => [Number(c), r.name] as const)
          .catch(() => [Number(c), `#${c}`] as const),
      ),
    ).then((pairs) => setNames(Object.fromEntries(pairs)));
  }, [customers]);
  const act = async (action: string) => {
    const v = await submit.run(() =>
      api.post<ChangeRequestView>(`/api/v1/facility/changes/${id}/actions`, {
        action,
        ...(comment ? { comment } : {}),
        ...(action === 'close' && result ? { result } : {}),
      }),
    );
    if (v) {
      setView(v);
      setComment('');
      message.success(t('facility_ops.done'));
      onChanged();
    }
  };
  const tick = async (step: number, done: boolean) => {
    const v = await submit.run(() => api.post<ChangeRequestView>(`/api/v1/facility/changes/${id}/checklist`, { step, done }));
    if (v) setView(v);
  };
  const c = view?.change;
  return (
    <Drawer open width={Math.min(640, window.innerWidth)} title={c ? `${c.number} · ${c.title}` : ''} onClose={onClose} data-testid="change-drawer">
      {c && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('facility_ops.field.status')}>
              <Space wrap>
                <Status status={c.status} />
                {c.result && <Tag>{t(`facility_ops.result.${c.result}`)}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.field.risk')}>
              <Risk risk={c.risk} />
            </Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.field.window')}>
              {when(c.window_start)} – {when(c.window_end)}
            </Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.field.reason')}>{c.reason}</Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.field.rollback')}>{c.rollback_plan}</Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.field.customers')}>
              <span data-testid="change-customers">{c.customers.length ? c.customers.map((id) => names[id] ?? `#${id}`).join('、') : t('facility_ops.noCustomers')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.field.notifiedAt')}>{when(c.notified_at)}</Descriptions.Item>
            {c.result_note ? <Descriptions.Item label={t('facility_ops.field.resultNote')}>{c.result_note}</Descriptions.Item> : null}
          </Descriptions>
          {!!c.steps?.length && (
            <div data-testid="change-checklist">
              <Typography.Title level={5}>{t('facility_ops.checklist')}</Typography.Title>
              <Space direction="vertical">
                {c.steps.map((s) => (
                  <Checkbox
                    key={s.position}
                    checked={!!s.done_at}
                    disabled={c.status !== 'in_progress' || !can('facility.changes.execute')}
                    onChange={(e) => tick(s.position, e.target.checked)}
                  >
                    {s.position}. {s.text}
                    {s.done_by && <Typography.Text type="secondary"> · {s.done_by}</Typography.Text>}
                  </Checkbox>
                ))}
              </Space>
            </div>
          )}
          {submit.alert}
          {view.actions.length > 0 && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input.TextArea rows={2} placeholder={t('facility_ops.field.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
              {view.actions.includes('close') && (
                <Select
                  style={{ width: 200 }}
                  placeholder={t('facility_ops.field.result')}
                  value={result}
                  onChange={setResult}
                  options={['successful', 'rolled_back', 'failed'].map((r) => ({ value: r, label: t(`facility_ops.result.${r}`) }))}
                />
              )}
              <Space wrap>
                {view.actions.map((a) => (
                  <Button key={a} type={a === 'approve' || a === 'start' ? 'primary' : 'default'} danger={a === 'reject' || a === 'cancel'} onClick={() => act(a)}>
                    {t(`facility_ops.action.${a}`)}
                  </Button>
                ))}
              </Space>
            </Space>
          )}
          <Typography.Title level={5}>{t('facility_ops.timeline')}</Typography.Title>
          <WorkflowTimeline steps={view.timeline} vocabulary="facility_ops" testId="change-timeline" />
        </Space>
      )}
    </Drawer>
  );
}

export default function Changes() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const [rows, setRows] = useState<ChangeRequestBrief[]>();
  const [creating, setCreating] = useState(false);
  const open = Number(params.get('open')) || undefined;
  const load = useCallback(() => {
    api.get<Page<ChangeRequestBrief>>('/api/v1/facility/changes?limit=200').then((p) => setRows(p.results));
  }, []);
  useEffect(load, [load]);
  const show = (id?: number) => setParams(id ? { open: String(id) } : {});
  return (
    <PageContainer
      title={t('facility_ops.changesTitle')}
      testId="facility-changes"
      extra={
        can('facility.changes.write') && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('facility_ops.newChange')}
          </Button>
        )
      }
    >
      <Table<ChangeRequestBrief>
        size="small"
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        onRow={(c) => ({ onClick: () => show(c.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('facility_ops.field.number'), dataIndex: 'number' },
          { title: t('facility_ops.field.title'), dataIndex: 'title' },
          { title: t('facility_ops.field.risk'), dataIndex: 'risk', render: (r) => <Risk risk={r} /> },
          { title: t('facility_ops.field.window'), key: 'w', render: (_, c) => `${when(c.window_start)} – ${when(c.window_end)}` },
          { title: t('facility_ops.field.status'), dataIndex: 'status', render: (s) => <Status status={s} /> },
          { title: t('facility_ops.field.customers'), key: 'c', render: (_, c) => c.customers.length },
        ]}
      />
      <RequestForm
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          load();
          show(id);
        }}
      />
      {open && <ChangeDrawer id={open} onClose={() => show()} onChanged={load} />}
    </PageContainer>
  );
}
