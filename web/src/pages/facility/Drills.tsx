// 应急预案与演练 — emergency plans per scenario with their versions (never edited; a new version
// supersedes the last), the drill calendar, drill records with participants, timeline, findings
// and follow-up actions tracked to closure, and the yearly drill plan report (R4.2.3).
import { App, Button, Card, Descriptions, Drawer, Form, Input, InputNumber, List, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Drill, DrillBrief, DrillReport, EmergencyPlan, EmergencyPlanBrief } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import { useSubmit } from '../../lib/useSubmit';
import { businessTodayIso, fmtInstant } from '../../lib/format';

interface Page<T> {
  count: number;
  results: T[];
}

const SCENARIOS = ['power_failure', 'fire', 'cooling_failure', 'network_outage', 'flooding'];
const today = () => businessTodayIso();

function Flag({ needs }: { needs: boolean }) {
  const { t } = useTranslation();
  return needs ? <Tag color="red">{t('facility_ops.drills.needsDrill')}</Tag> : <Tag color="green">{t('facility_ops.drills.drilled')}</Tag>;
}

function PlanDrawer({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [plan, setPlan] = useState<EmergencyPlan>();
  const [form] = Form.useForm();
  const submit = useSubmit(form);
  useEffect(() => {
    api.get<EmergencyPlan>(`/api/v1/facility/plans/${id}`).then(setPlan);
  }, [id]);
  const revise = async (v: { body: string; owner?: string }) => {
    const p = await submit.run(() => api.post<EmergencyPlan>(`/api/v1/facility/plans/${id}/versions`, { body: v.body, ...(v.owner ? { owner: v.owner } : {}) }));
    if (p) {
      setPlan(p);
      form.resetFields();
      onChanged();
    }
  };
  return (
    <Drawer open width={Math.min(640, window.innerWidth)} title={plan?.title} onClose={onClose} data-testid="plan-drawer">
      {plan && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('facility_ops.drills.scenario')}>{t(`facility_ops.scenario.${plan.scenario}`)}</Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.drills.owner')}>{plan.owner}</Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.drills.version')}>v{plan.version}</Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.drills.lastHeld')}>
              <Space>
                {plan.last_held_on ?? '—'}
                <Flag needs={plan.needs_drill} />
              </Space>
            </Descriptions.Item>
          </Descriptions>
          <List
            data-testid="plan-versions"
            dataSource={plan.versions}
            renderItem={(v) => (
              <List.Item>
                <Space direction="vertical" style={{ width: '100%' }} size={2}>
                  <Space wrap>
                    <Typography.Text strong>v{v.version}</Typography.Text>
                    {v.superseded_at ? <Tag>{t('facility_ops.drills.superseded')}</Tag> : <Tag color="blue">{t('facility_ops.drills.inForce')}</Tag>}
                    <Typography.Text type="secondary">
                      {v.owner} · {fmtInstant(v.created_at)}
                    </Typography.Text>
                  </Space>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v.body}</Typography.Paragraph>
                </Space>
              </List.Item>
            )}
          />
          {can('facility.drills.write') && (
            <Card size="small" title={t('facility_ops.drills.newVersion')}>
              {submit.alert}
              <Form form={form} layout="vertical" onFinish={revise}>
                <Form.Item name="body" label={t('facility_ops.drills.body')} rules={[{ required: true }]}>
                  <Input.TextArea rows={4} />
                </Form.Item>
                <Form.Item name="owner" label={t('facility_ops.drills.owner')}>
                  <Input />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={submit.submitting}>
                  {t('facility_ops.submit')}
                </Button>
              </Form>
            </Card>
          )}
        </Space>
      )}
    </Drawer>
  );
}

function Plans() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [rows, setRows] = useState<EmergencyPlanBrief[]>();
  const [open, setOpen] = useState<number>();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const submit = useSubmit(form);
  const load = useCallback(() => {
    api.get<Page<EmergencyPlanBrief>>('/api/v1/facility/plans?limit=200').then((p) => setRows(p.results));
  }, []);
  useEffect(load, [load]);
  const create = async (v: Record<string, string>) => {
    const p = await submit.run(() => api.post<EmergencyPlan>('/api/v1/facility/plans', v));
    if (p) {
      setCreating(false);
      form.resetFields();
      load();
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {can('facility.drills.write') && (
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('facility_ops.drills.newPlan')}
        </Button>
      )}
      <Table<EmergencyPlanBrief>
        size="small"
        rowKey="id"
        data-testid="plans-table"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        onRow={(p) => ({ onClick: () => setOpen(p.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('facility_ops.drills.scenario'), dataIndex: 'scenario', render: (s) => t(`facility_ops.scenario.${s}`) },
          { title: t('facility_ops.drills.plan'), dataIndex: 'title' },
          { title: t('facility_ops.drills.owner'), dataIndex: 'owner' },
          { title: t('facility_ops.drills.version'), dataIndex: 'version', render: (v) => `v${v}` },
          { title: t('facility_ops.drills.lastHeld'), dataIndex: 'last_held_on', render: (d) => d ?? '—' },
          { title: '', dataIndex: 'needs_drill', render: (n) => <Flag needs={n} /> },
        ]}
      />
      <Modal open={creating} title={t('facility_ops.drills.newPlan')} onCancel={() => setCreating(false)} footer={null} destroyOnClose>
        {submit.alert}
        <Form form={form} layout="vertical" onFinish={create} initialValues={{ scenario: 'power_failure' }}>
          <Form.Item name="scenario" label={t('facility_ops.drills.scenario')} rules={[{ required: true }]}>
            <Select options={SCENARIOS.map((s) => ({ value: s, label: t(`facility_ops.scenario.${s}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('facility_ops.drills.plan')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="owner" label={t('facility_ops.drills.owner')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="body" label={t('facility_ops.drills.body')} rules={[{ required: true }]}>
            <Input.TextArea rows={5} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submit.submitting}>
            {t('facility_ops.submit')}
          </Button>
        </Form>
      </Modal>
      {open && <PlanDrawer id={open} onClose={() => setOpen(undefined)} onChanged={load} />}
    </Space>
  );
}

function DrillDrawer({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [drill, setDrill] = useState<Drill>();
  const submit = useSubmit();
  const [participants, setParticipants] = useState('');
  const [entry, setEntry] = useState('');
  const [kind, setKind] = useState('timeline');
  const [action, setAction] = useState({ text: '', owner: '', due_on: today() });
  const [notes, setNotes] = useState<Record<number, string>>({});
  useEffect(() => {
    api.get<Drill>(`/api/v1/facility/drills/${id}`).then(setDrill);
  }, [id]);
  const run = async (fn: () => Promise<Drill>) => {
    const d = await submit.run(fn);
    if (d) {
      setDrill(d);
      message.success(t('facility_ops.done'));
      onChanged();
    }
    return d;
  };
  const write = can('facility.drills.write');
  return (
    <Drawer open width={Math.min(680, window.innerWidth)} title={drill ? `${drill.title}` : ''} onClose={onClose} data-testid="drill-drawer">
      {drill && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('facility_ops.drills.plan')}>
              {drill.plan_title} {drill.plan_version ? `v${drill.plan_version}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.drills.scheduledOn')}>{drill.scheduled_on}</Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.field.status')}>{t(`facility_ops.drills.status.${drill.status}`)}</Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.drills.heldOn')}>{drill.held_on ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('facility_ops.drills.participants')}>{drill.participants.join('、') || '—'}</Descriptions.Item>
          </Descriptions>
          {submit.alert}
          {write && drill.status === 'scheduled' && (
            <Space wrap>
              <Input style={{ width: 260 }} placeholder={t('facility_ops.drills.participantsHint')} value={participants} onChange={(e) => setParticipants(e.target.value)} />
              <Button
                type="primary"
                onClick={() =>
                  run(() =>
                    api.post<Drill>(`/api/v1/facility/drills/${id}/record`, {
                      held_on: today(),
                      participants: participants.split(/[,，、\s]+/).filter(Boolean),
                    }),
                  )
                }
              >
                {t('facility_ops.drills.record')}
              </Button>
            </Space>
          )}
          <Typography.Title level={5}>{t('facility_ops.drills.entries')}</Typography.Title>
          <List
            size="small"
            data-testid="drill-entries"
            dataSource={drill.entries}
            locale={{ emptyText: t('facility_ops.today.none') }}
            renderItem={(e) => (
              <List.Item>
                <Space wrap>
                  <Tag color={e.kind === 'finding' ? 'orange' : 'blue'}>{t(`facility_ops.drills.kind.${e.kind}`)}</Tag>
                  <Typography.Text type="secondary">{fmtInstant(e.at, 'seconds').slice(11)}</Typography.Text>
                  {e.text}
                </Space>
              </List.Item>
            )}
          />
          {write && drill.status === 'held' && (
            <Space wrap>
              <Select value={kind} onChange={setKind} style={{ width: 110 }} options={['timeline', 'finding'].map((k) => ({ value: k, label: t(`facility_ops.drills.kind.${k}`) }))} />
              <Input style={{ width: 260 }} value={entry} onChange={(e) => setEntry(e.target.value)} data-testid="drill-entry-text" />
              <Button
                onClick={async () => {
                  if (await run(() => api.post<Drill>(`/api/v1/facility/drills/${id}/entries`, { kind, text: entry }))) setEntry('');
                }}
              >
                {t('facility_ops.drills.addEntry')}
              </Button>
            </Space>
          )}
          <Typography.Title level={5}>{t('facility_ops.drills.actions')}</Typography.Title>
          <List
            size="small"
            data-testid="drill-actions"
            dataSource={drill.actions}
            locale={{ emptyText: t('facility_ops.today.none') }}
            renderItem={(a) => (
              <List.Item>
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    <Tag color={a.status === 'closed' ? 'green' : a.overdue ? 'red' : 'gold'}>
                      {a.status === 'closed' ? t('facility_ops.drills.closed') : a.overdue ? t('facility_ops.today.overdue') : t('facility_ops.drills.open')}
                    </Tag>
                    {a.text}
                    <Typography.Text type="secondary">
                      {a.owner} · {a.due_on}
                    </Typography.Text>
                  </Space>
                  {a.status === 'closed' ? (
                    <Typography.Text type="secondary">{a.closing_note}</Typography.Text>
                  ) : (
                    write && (
                      <Space wrap>
                        <Input style={{ width: 240 }} placeholder={t('facility_ops.drills.closingNote')} value={notes[a.id] ?? ''} onChange={(e) => setNotes({ ...notes, [a.id]: e.target.value })} />
                        <Button size="small" onClick={() => run(() => api.post<Drill>(`/api/v1/facility/drill-actions/${a.id}/close`, { note: notes[a.id] ?? '' }))}>
                          {t('facility_ops.drills.close')}
                        </Button>
                      </Space>
                    )
                  )}
                </Space>
              </List.Item>
            )}
          />
          {write && drill.status === 'held' && (
            <Space wrap>
              <Input style={{ width: 220 }} placeholder={t('facility_ops.drills.actionText')} value={action.text} onChange={(e) => setAction({ ...action, text: e.target.value })} />
              <Input style={{ width: 120 }} placeholder={t('facility_ops.drills.owner')} value={action.owner} onChange={(e) => setAction({ ...action, owner: e.target.value })} />
              <Input type="date" style={{ width: 150 }} value={action.due_on} onChange={(e) => setAction({ ...action, due_on: e.target.value })} />
              <Button
                onClick={async () => {
                  if (await run(() => api.post<Drill>(`/api/v1/facility/drills/${id}/actions`, action))) setAction({ text: '', owner: '', due_on: today() });
                }}
              >
                {t('facility_ops.drills.addAction')}
              </Button>
            </Space>
          )}
        </Space>
      )}
    </Drawer>
  );
}

function Calendar({ year }: { year: number }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [rows, setRows] = useState<DrillBrief[]>();
  const [plans, setPlans] = useState<EmergencyPlanBrief[]>([]);
  const [open, setOpen] = useState<number>();
  const [form] = Form.useForm();
  const submit = useSubmit(form);
  const load = useCallback(() => {
    api.get<Page<DrillBrief>>(`/api/v1/facility/drills?limit=500&sort=scheduled_on&year=${year}`).then((p) => setRows(p.results));
  }, [year]);
  useEffect(load, [load]);
  useEffect(() => {
    api.get<Page<EmergencyPlanBrief>>('/api/v1/facility/plans?limit=200').then((p) => setPlans(p.results));
  }, []);
  const schedule = async (v: { plan_id: number; title: string; scheduled_on: string }) => {
    if (await submit.run(() => api.post<Drill>('/api/v1/facility/drills', v))) {
      form.resetFields();
      load();
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {can('facility.drills.write') && (
        <Card size="small" title={t('facility_ops.drills.schedule')}>
          {submit.alert}
          <Form form={form} layout="inline" onFinish={schedule}>
            <Form.Item name="plan_id" rules={[{ required: true }]}>
              <Select style={{ width: 200 }} placeholder={t('facility_ops.drills.plan')} options={plans.map((p) => ({ value: p.id, label: p.title }))} />
            </Form.Item>
            <Form.Item name="title" rules={[{ required: true }]}>
              <Input placeholder={t('facility_ops.drills.title')} />
            </Form.Item>
            <Form.Item name="scheduled_on" rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('facility_ops.submit')}
            </Button>
          </Form>
        </Card>
      )}
      <Table<DrillBrief>
        size="small"
        rowKey="id"
        data-testid="drills-table"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        onRow={(d) => ({ onClick: () => setOpen(d.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('facility_ops.drills.scheduledOn'), dataIndex: 'scheduled_on' },
          { title: t('facility_ops.drills.title'), dataIndex: 'title' },
          { title: t('facility_ops.drills.scenario'), dataIndex: 'scenario', render: (s) => t(`facility_ops.scenario.${s}`) },
          { title: t('facility_ops.field.status'), dataIndex: 'status', render: (s) => t(`facility_ops.drills.status.${s}`) },
          { title: t('facility_ops.drills.openActions'), dataIndex: 'open_actions' },
        ]}
      />
      {open && <DrillDrawer id={open} onClose={() => setOpen(undefined)} onChanged={load} />}
    </Space>
  );
}

function Report({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<DrillReport>();
  useEffect(() => {
    api.get<DrillReport>(`/api/v1/facility/drill-report?year=${year}`).then(setReport);
  }, [year]);
  const lang = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button href={`/api/v1/facility/drill-report/pdf?year=${year}&lang=${lang}`} target="_blank" data-testid="drill-report-pdf">
        {t('facility_ops.drills.reportPdf')}
      </Button>
    <Table
      size="small"
      rowKey={(l) => l.plan.id}
      data-testid="drill-report"
      loading={!report}
      dataSource={report?.plans}
      scroll={{ x: true }}
      pagination={false}
      columns={[
        { title: t('facility_ops.drills.scenario'), key: 's', render: (_, l) => t(`facility_ops.scenario.${l.plan.scenario}`) },
        { title: t('facility_ops.drills.plan'), key: 'p', render: (_, l) => l.plan.title },
        { title: t('facility_ops.drills.scheduled'), dataIndex: 'scheduled' },
        { title: t('facility_ops.drills.held'), dataIndex: 'held' },
        { title: t('facility_ops.drills.findings'), dataIndex: 'findings' },
        { title: t('facility_ops.drills.openActions'), dataIndex: 'actions_open' },
        { title: t('facility_ops.drills.closedActions'), dataIndex: 'actions_closed' },
        { title: '', key: 'f', render: (_, l) => <Flag needs={l.plan.needs_drill} /> },
      ]}
    />
    </Space>
  );
}

export default function Drills() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  return (
    <PageContainer
      title={t('facility_ops.drills.title_page')}
      testId="facility-drills"
      extra={<InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} addonBefore={t('facility_ops.drills.year')} style={{ width: 150 }} />}
    >
      <Tabs
        items={[
          { key: 'plans', label: t('facility_ops.drills.tabPlans'), children: <Plans /> },
          { key: 'calendar', label: t('facility_ops.drills.tabCalendar'), children: <Calendar year={year} /> },
          { key: 'report', label: t('facility_ops.drills.tabReport'), children: <Report year={year} /> },
        ]}
      />
    </PageContainer>
  );
}
