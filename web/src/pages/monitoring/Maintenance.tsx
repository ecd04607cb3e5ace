// Maintenance windows on a device, rack or room: planned ones are announced to the affected
// customers ahead of time (the server refuses short notice unless it is an emergency with a
// reason); a window is changed before it starts and cancelled until it ends. A row expands to the
// alerts the window silenced.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api/client';
import type { Alert, MaintenanceWindow } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import { fmtInstant } from '../../lib/format';
import type { RefKind } from '../../lib/refs';

const SCOPES = ['device', 'rack', 'room'] as const;
type Scope = (typeof SCOPES)[number];
const REF_OF: Record<Scope, RefKind> = { device: 'devices', rack: 'racks', room: 'rooms' };

type Phase = 'upcoming' | 'active' | 'over';
export function phaseOf(w: MaintenanceWindow, now: number): Phase {
  if (Date.parse(w.starts_at) > now) return 'upcoming';
  return Date.parse(w.ends_at) > now ? 'active' : 'over';
}
const PHASE_COLOR: Record<Phase, string> = { upcoming: 'blue', active: 'orange', over: 'default' };

interface Values {
  scope: Scope;
  scope_id?: number;
  period?: [Dayjs, Dayjs];
  title?: string;
  emergency?: boolean;
  reason?: string;
}

function Silenced({ w }: { w: MaintenanceWindow }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Alert[]>();
  useEffect(() => {
    api
      .get<Page<Alert>>('/api/v1/monitoring/alerts', { [w.scope]: w.scope_id, limit: 200 })
      .then((p) => setRows(p.results.filter((a) => a.silenced && a.fired_at >= w.starts_at && a.fired_at < w.ends_at)))
      .catch(() => setRows([]));
  }, [w]);
  if (!rows) return null;
  if (rows.length === 0) return <Typography.Text type="secondary">{t('monitoring_pages.maintenance.noSilenced')}</Typography.Text>;
  return (
    <Space direction="vertical" size={2} data-testid={`silenced-${w.id}`}>
      <Typography.Text strong>{t('monitoring_pages.maintenance.silenced', { n: rows.length })}</Typography.Text>
      {rows.map((a) => (
        <span key={a.id}>
          <Tag color={a.severity === 'critical' ? 'red' : 'orange'}>{t(`alerts.severities.${a.severity}`)}</Tag>
          {a.rule_key} · {fmtInstant(a.fired_at)} · {t(`alerts.states.${a.state}`)}
        </span>
      ))}
    </Space>
  );
}

export default function Maintenance() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const writer = can('monitoring.write');
  const [rows, setRows] = useState<MaintenanceWindow[]>();
  const [editing, setEditing] = useState<MaintenanceWindow | 'new' | null>(null);
  const [scope, setScope] = useState<Scope>('device');
  const [now, setNow] = useState(() => Date.now());
  const load = useCallback(() => {
    setNow(Date.now());
    api
      .get<{ items: MaintenanceWindow[] }>('/api/v1/monitoring/maintenance')
      .then((r) => setRows([...r.items].sort((a, b) => b.starts_at.localeCompare(a.starts_at))))
      .catch((e) => {
        setRows([]);
        message.error(e instanceof Error ? e.message : String(e));
      });
  }, [message]);
  useEffect(load, [load]);
  const open = (w: MaintenanceWindow | 'new') => {
    setScope(w === 'new' ? 'device' : (w.scope as Scope));
    setEditing(w);
  };
  const initial: Partial<Values> | undefined =
    editing && editing !== 'new'
      ? { scope: editing.scope as Scope, scope_id: editing.scope_id, period: [dayjs(editing.starts_at), dayjs(editing.ends_at)], title: editing.title, emergency: editing.emergency, reason: editing.reason }
      : { scope: 'device', emergency: false };
  return (
    <PageContainer
      title={t('nav.maintenanceWindows')}
      crumbs={[{ title: t('nav.group.monitoring') }, { title: t('nav.maintenanceWindows') }]}
      testId="maintenance-page"
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="maintenance-new">
            {t('monitoring_pages.maintenance.new')}
          </Button>
        )
      }
    >
      <Card>
        <Table<MaintenanceWindow>
          data-testid="maintenance-table"
          rowKey="id"
          size="middle"
          loading={!rows}
          dataSource={rows}
          pagination={rows && rows.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('monitoring_pages.maintenance.none') }}
          expandable={{ expandedRowRender: (w) => <Silenced w={w} /> }}
          columns={[
            {
              title: t('monitoring_pages.maintenance.title'),
              dataIndex: 'title',
              render: (v: string, w) => (
                <span>
                  {v} {w.emergency && <Tag color="red">{t('monitoring_pages.maintenance.emergency')}</Tag>}
                  {w.reason && <div className="muted">{w.reason}</div>}
                </span>
              ),
            },
            {
              title: t('monitoring_pages.maintenance.scope'),
              key: 'scope',
              render: (_: unknown, w) => (
                <span>
                  {t(`monitoring_pages.maintenance.scopes.${w.scope}`)} · <RefName kind={REF_OF[w.scope as Scope]} id={w.scope_id} />
                </span>
              ),
            },
            { title: t('monitoring_pages.maintenance.starts'), dataIndex: 'starts_at', render: (v: string) => fmtInstant(v) },
            { title: t('monitoring_pages.maintenance.ends'), dataIndex: 'ends_at', render: (v: string) => fmtInstant(v) },
            {
              title: t('monitoring_pages.maintenance.phase'),
              key: 'phase',
              render: (_: unknown, w) => {
                const p = phaseOf(w, now);
                return <Tag color={PHASE_COLOR[p]}>{t(`monitoring_pages.maintenance.phases.${p}`)}</Tag>;
              },
            },
            ...(writer
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, w: MaintenanceWindow) => {
                      const p = phaseOf(w, now);
                      return (
                        <Space size={0}>
                          {p === 'upcoming' && (
                            <Button type="link" size="small" onClick={() => open(w)} data-testid={`maintenance-edit-${w.id}`}>
                              {t('common.edit')}
                            </Button>
                          )}
                          {p !== 'over' && (
                            <Popconfirm
                              title={t(p === 'upcoming' ? 'monitoring_pages.maintenance.cancelConfirm' : 'monitoring_pages.maintenance.endConfirm')}
                              okText={t('monitoring_pages.maintenance.cancel')}
                              cancelText={t('common.cancel')}
                              onConfirm={async () => {
                                await api.post(`/api/v1/monitoring/maintenance/${w.id}/cancel`);
                                message.success(t('common.saved'));
                                load();
                              }}
                            >
                              <Button type="link" size="small" danger data-testid={`maintenance-cancel-${w.id}`}>
                                {t('monitoring_pages.maintenance.cancel')}
                              </Button>
                            </Popconfirm>
                          )}
                        </Space>
                      );
                    },
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<Values>
        // A fresh form per window: the values of the last one edited must not carry over.
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.id}
        open={editing !== null}
        title={editing === 'new' ? t('monitoring_pages.maintenance.new') : t('monitoring_pages.maintenance.edit')}
        initialValues={initial}
        onClose={() => setEditing(null)}
        testId="maintenance-form"
        alias={{ starts_at: 'period', ends_at: 'period' }}
        onValuesChange={(changed) => {
          if (changed.scope) setScope(changed.scope);
        }}
        onSubmit={async (v) => {
          const body = {
            scope: v.scope,
            scope_id: v.scope_id,
            starts_at: v.period?.[0]?.toISOString(),
            ends_at: v.period?.[1]?.toISOString(),
            title: v.title,
            emergency: !!v.emergency,
            reason: v.reason ?? '',
          };
          if (editing === 'new') await api.post('/api/v1/monitoring/maintenance', body);
          else if (editing) await api.put(`/api/v1/monitoring/maintenance/${editing.id}`, body);
          message.success(t('common.saved'));
          load();
        }}
      >
        <Typography.Paragraph type="secondary">{t('monitoring_pages.maintenance.announceNote')}</Typography.Paragraph>
        <Form.Item name="scope" label={t('monitoring_pages.maintenance.scope')} rules={[{ required: true }]}>
          <Select options={SCOPES.map((s) => ({ value: s, label: t(`monitoring_pages.maintenance.scopes.${s}`) }))} />
        </Form.Item>
        <Form.Item name="scope_id" label={t(`monitoring_pages.maintenance.scopes.${scope}`)} rules={[{ required: true }]}>
          <RefSelect key={scope} kind={REF_OF[scope]} />
        </Form.Item>
        <Form.Item name="period" label={t('monitoring_pages.maintenance.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label={t('monitoring_pages.maintenance.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="emergency" label={t('monitoring_pages.maintenance.emergency')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="reason" label={t('monitoring_pages.maintenance.reason')}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
