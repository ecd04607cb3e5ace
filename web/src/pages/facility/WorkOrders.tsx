// 设施维护 — maintenance work orders of the infrastructure (generated ahead from the plans by the
// daily job): overdue ones flagged, each filled in on the floor from a phone (yes/no items,
// readings in the checklist's unit with its acceptable range, photos), completed, and signed off
// by a second person. The second tab lists the assets themselves.
import { App, Button, Card, Descriptions, InputNumber, Radio, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { ChecklistAnswer, FacilityAsset, MaintenancePlan, WorkOrder } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import { AssetList } from './Assets';
import MaintenancePlanForm from './MaintenancePlanForm';

interface Page<T> {
  count: number;
  results: T[];
}

const STATUS_COLOURS: Record<string, string> = { open: 'gold', assigned: 'blue', completed: 'purple', closed: 'default' };

function StatusTags({ w }: { w: WorkOrder }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLOURS[w.status]}>{t(`facility_maintenance.woStatus.${w.status}`)}</Tag>
      {w.overdue && (
        <Tag color="red" data-testid="overdue-tag">
          {t('facility_maintenance.overdue')}
        </Tag>
      )}
    </Space>
  );
}

type Draft = Record<string, { ok?: boolean; value?: number | null }>;

function WorkOrderDetail({ id, onBack }: { id: number; onBack: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user, can } = useAuth();
  const [w, setW] = useState<WorkOrder>();
  const [draft, setDraft] = useState<Draft>({});
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    api.get<WorkOrder>(`/api/v1/facility/work-orders/${id}`).then((o) => {
      setW(o);
      const d: Draft = {};
      for (const r of o.results ?? []) d[r.key] = { ok: r.ok ?? undefined, value: r.value ?? undefined };
      setDraft(d);
    });
  }, [id]);
  useEffect(load, [load]);
  const run = async (f: () => Promise<WorkOrder>, done: string) => {
    setError(undefined);
    try {
      const o = await f();
      message.success(t(done));
      setW(o);
      load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!w) return <Card loading />;
  const editable = w.status === 'open' || w.status === 'assigned';
  const answer = (key: string): ChecklistAnswer | undefined => (w.results ?? []).find((r) => r.key === key);
  const save = () =>
    run(async () => {
      const results = (w.checklist ?? [])
        .filter((i) => i.kind !== 'photo' && draft[i.key] && (i.kind === 'check' ? draft[i.key].ok !== undefined : draft[i.key].value != null))
        .map((i) => (i.kind === 'check' ? { key: i.key, ok: draft[i.key].ok } : { key: i.key, value: draft[i.key].value, unit: i.unit }));
      return api.put<WorkOrder>(`/api/v1/facility/work-orders/${id}/results`, { results });
    }, 'facility_maintenance.saved');
  const upload = (key: string, file: File) =>
    run(() => api.upload<WorkOrder>(`/api/v1/facility/work-orders/${id}/photos`, file, file.type, { item: key }), 'facility_maintenance.photoUploaded');
  return (
    <Card
      data-testid="work-order-detail"
      title={
        <Space wrap>
          <Button size="small" onClick={onBack}>
            {t('facility_maintenance.back')}
          </Button>
          <span>{w.asset_code}</span>
        </Space>
      }
      styles={{ body: { padding: 12 } }}
    >
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('facility_maintenance.asset')}>
          {w.asset_name} · {t(`facility_maintenance.kinds.${w.asset_kind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('facility_maintenance.plan')}>{w.plan_name}</Descriptions.Item>
        <Descriptions.Item label={t('facility_maintenance.dueOn')}>{w.due_on}</Descriptions.Item>
        <Descriptions.Item label={t('facility_maintenance.status')}>
          <StatusTags w={w} />
        </Descriptions.Item>
        <Descriptions.Item label={t('facility_maintenance.assignee')}>{w.assignee ?? '—'}</Descriptions.Item>
        {w.completed_by && <Descriptions.Item label={t('facility_maintenance.completedBy')}>{w.completed_by}</Descriptions.Item>}
        {w.signed_by && <Descriptions.Item label={t('facility_maintenance.signedBy')}>{w.signed_by}</Descriptions.Item>}
        {w.next_due_on && <Descriptions.Item label={t('facility_maintenance.nextDueOn')}>{w.next_due_on}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('facility_maintenance.checklist')}
      </Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }} data-testid="checklist">
        {(w.checklist ?? []).map((item) => {
          const a = answer(item.key);
          const photos = (w.photos ?? []).filter((p) => p.item_key === item.key);
          return (
            <Card size="small" key={item.key} data-testid={`item-${item.key}`} styles={{ body: { padding: 10 } }}>
              <Space direction="vertical" style={{ width: '100%' }} size={6}>
                <Space wrap>
                  <Typography.Text strong>{item.label}</Typography.Text>
                  {item.kind === 'reading' && (
                    <Typography.Text type="secondary">
                      {t('facility_maintenance.range', { min: item.min ?? '—', max: item.max ?? '—', unit: item.unit })}
                    </Typography.Text>
                  )}
                  {a?.failed && <Tag color="red">{t('facility_maintenance.failed')}</Tag>}
                </Space>
                {item.kind === 'check' && (
                  <Radio.Group
                    disabled={!editable}
                    value={draft[item.key]?.ok}
                    onChange={(e) => setDraft({ ...draft, [item.key]: { ok: e.target.value } })}
                    optionType="button"
                    options={[
                      { value: true, label: t('facility_maintenance.yes') },
                      { value: false, label: t('facility_maintenance.no') },
                    ]}
                  />
                )}
                {item.kind === 'reading' && (
                  <InputNumber
                    disabled={!editable}
                    value={draft[item.key]?.value}
                    onChange={(v) => setDraft({ ...draft, [item.key]: { value: v } })}
                    addonAfter={item.unit}
                    style={{ width: 200 }}
                    inputMode="decimal"
                    data-testid={`reading-${item.key}`}
                  />
                )}
                {item.kind === 'photo' && (
                  <Space wrap>
                    {photos.length > 0 && <Tag color="green">{t('facility_maintenance.photos', { count: photos.length })}</Tag>}
                    {editable && (
                      <input
                        type="file"
                        accept="image/jpeg,image/png"
                        capture="environment"
                        data-testid={`photo-${item.key}`}
                        onChange={(e) => e.target.files?.[0] && upload(item.key, e.target.files[0])}
                        style={{ maxWidth: 220 }}
                      />
                    )}
                  </Space>
                )}
              </Space>
            </Card>
          );
        })}
      </Space>
      {error && (
        <Typography.Paragraph type="danger" style={{ marginTop: 12 }} data-testid="work-order-error">
          {error}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginTop: 12 }}>
        {editable && can('facility.maintenance.write') && w.assignee !== user?.username && (
          <Button
            onClick={() =>
              run(() => api.post<WorkOrder>(`/api/v1/facility/work-orders/${id}/assign`, { assignee: user?.username }), 'facility_maintenance.assigned')
            }
          >
            {t('facility_maintenance.takeIt')}
          </Button>
        )}
        {editable && can('facility.maintenance.write') && (
          <Button type="primary" onClick={save} data-testid="save-results">
            {t('facility_maintenance.save')}
          </Button>
        )}
        {editable && can('facility.maintenance.write') && (
          <Button onClick={() => run(() => api.post<WorkOrder>(`/api/v1/facility/work-orders/${id}/complete`), 'facility_maintenance.completed')} data-testid="complete">
            {t('facility_maintenance.complete')}
          </Button>
        )}
        {w.status === 'completed' && can('facility.maintenance.sign') && w.completed_by !== user?.username && (
          <Button type="primary" onClick={() => run(() => api.post<WorkOrder>(`/api/v1/facility/work-orders/${id}/sign-off`), 'facility_maintenance.signed')} data-testid="sign-off">
            {t('facility_maintenance.signOff')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

function WorkOrderList({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<string>(params.get('overdue') === 'true' ? 'overdue' : 'open');
  const [rows, setRows] = useState<WorkOrder[]>();
  useEffect(() => {
    const q = new URLSearchParams({ limit: '200' });
    if (filter === 'overdue') q.set('overdue', 'true');
    if (filter === 'completed') q.set('status', 'completed');
    if (filter === 'closed') {
      q.set('status', 'closed');
      q.set('sort', '-due_on');
    }
    if (filter === 'open') q.set('overdue', 'false');
    setRows(undefined);
    api.get<Page<WorkOrder>>(`/api/v1/facility/work-orders?${q}`).then((p) => setRows(p.results.filter((w) => filter !== 'open' || w.status === 'open' || w.status === 'assigned')));
  }, [filter]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented
        value={filter}
        onChange={(v) => setFilter(String(v))}
        data-testid="work-order-filter"
        options={[
          { value: 'overdue', label: t('facility_maintenance.filter.overdue') },
          { value: 'open', label: t('facility_maintenance.filter.open') },
          { value: 'completed', label: t('facility_maintenance.filter.completed') },
          { value: 'closed', label: t('facility_maintenance.filter.closed') },
        ]}
      />
      <Table<WorkOrder>
        size="small"
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        data-testid="work-order-table"
        onRow={(w) => ({ onClick: () => onOpen(w.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('facility_maintenance.dueOn'), dataIndex: 'due_on', width: 110 },
          { title: t('facility_maintenance.asset'), key: 'a', render: (_, w) => `${w.asset_code} ${w.asset_name}` },
          { title: t('facility_maintenance.plan'), dataIndex: 'plan_name' },
          { title: t('facility_maintenance.status'), key: 's', render: (_, w) => <StatusTags w={w} /> },
          { title: t('facility_maintenance.assignee'), dataIndex: 'assignee', render: (a) => a ?? '—' },
        ]}
      />
    </Space>
  );
}

// The plans: what each covers, how often it falls due, its checklist; paused or resumed here.
function PlanList() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [rows, setRows] = useState<MaintenancePlan[]>();
  const [codes, setCodes] = useState<Record<number, string>>({});
  const load = useCallback(() => {
    api.get<Page<MaintenancePlan>>('/api/v1/facility/maintenance-plans?limit=200').then((p) => setRows(p.results));
    api
      .get<Page<FacilityAsset>>('/api/v1/facility/assets?limit=500')
      .then((p) => setCodes(Object.fromEntries(p.results.map((a) => [a.id, `${a.code} ${a.name}`]))));
  }, []);
  useEffect(load, [load]);
  const toggle = async (p: MaintenancePlan) => {
    await api.post(`/api/v1/facility/maintenance-plans/${p.id}/active`, { active: !p.active });
    load();
  };
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<MaintenancePlan>();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {can('facility.maintenance.write') && (
        <Button type="primary" onClick={() => setAdding(true)} data-testid="add-plan">
          {t('facility_patrol.planForm.add')}
        </Button>
      )}
      <MaintenancePlanForm
        open={adding || !!editing}
        plan={editing}
        onClose={() => {
          setAdding(false);
          setEditing(undefined);
        }}
        onSaved={() => {
          setAdding(false);
          setEditing(undefined);
          message.success(t('facility_patrol.planForm.saved'));
          load();
        }}
      />
      <Table<MaintenancePlan>
        size="small"
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        data-testid="plan-table"
        columns={[
          { title: t('facility_maintenance.plan'), dataIndex: 'name' },
          {
            title: t('facility_maintenance.covers'),
            key: 'c',
            render: (_, p) =>
              p.asset_kind ? t('facility_maintenance.everyOfKind', { kind: t(`facility_maintenance.kinds.${p.asset_kind}`) }) : (codes[p.asset_id ?? 0] ?? `#${p.asset_id}`),
          },
          { title: t('facility_maintenance.schedule'), key: 's', render: (_, p) => t(`facility_maintenance.every.${p.unit}`, { count: p.every }) },
          { title: t('facility_maintenance.firstDue'), dataIndex: 'first_due' },
          {
            title: t('facility_maintenance.checklist'),
            key: 'k',
            render: (_, p) => (
              <Space size={4} wrap>
                {p.checklist.map((i) => (
                  <Tag key={i.key}>{i.kind === 'reading' ? `${i.label} (${i.unit})` : i.label}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('facility_maintenance.status'),
            key: 'a',
            render: (_, p) => (
              <Space>
                <Tag color={p.active ? 'green' : 'default'}>{t(p.active ? 'facility_maintenance.active' : 'facility_maintenance.paused')}</Tag>
                {can('facility.maintenance.write') && (
                  <Button size="small" onClick={() => toggle(p)}>
                    {t(p.active ? 'facility_maintenance.pause' : 'facility_maintenance.resume')}
                  </Button>
                )}
                {can('facility.maintenance.write') && (
                  <Button size="small" onClick={() => setEditing(p)} data-testid={`edit-plan-${p.id}`}>
                    {t('facility_maintenance.editPlan')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}

export default function WorkOrders() {
  const { t } = useTranslation();
  // ?work_order=ID (from the shift's today view) opens that work order.
  const [params] = useSearchParams();
  const [open, setOpen] = useState<number | undefined>(Number(params.get('work_order')) || undefined);
  return (
    <PageContainer title={t('facility_maintenance.title')}>
      <Tabs
        items={[
          {
            key: 'orders',
            label: t('facility_maintenance.tab.workOrders'),
            children: open ? <WorkOrderDetail id={open} onBack={() => setOpen(undefined)} /> : <WorkOrderList onOpen={setOpen} />,
          },
          { key: 'plans', label: t('facility_maintenance.tab.plans'), children: <PlanList /> },
          { key: 'assets', label: t('facility_maintenance.tab.assets'), children: <AssetList /> },
        ]}
      />
    </PageContainer>
  );
}
