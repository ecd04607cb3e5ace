// Alerts raised by the monitoring rules: severity, what fired and on which series, when, and its
// state; staff with monitoring.write acknowledge and resolve with a comment, customers read their
// own. A row expands to the alert's history (who, when, comment).
import { Button, Card, Form, Input, Select, Space, Tag, Timeline } from 'antd';
import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Alert, AlertDetail } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { fmtInstant } from '../../lib/format';
import { useTableQuery } from '../../lib/useTableQuery';
import { ruleLabel } from '../../lib/alertRule';

const STATES = ['open', 'firing', 'acknowledged', 'resolved'] as const;
const SEVERITY_COLOR: Record<string, string> = { critical: 'red', warning: 'orange', info: 'blue' };
const STATE_COLOR: Record<string, string> = { firing: 'red', acknowledged: 'gold', resolved: 'green' };

function History({ id }: { id: number }) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState<AlertDetail>();
  useEffect(() => {
    api.get<AlertDetail>(`/api/v1/monitoring/alerts/${id}`).then(setDetail);
  }, [id]);
  if (!detail) return null;
  return (
    <Timeline
      data-testid={`alert-history-${id}`}
      items={detail.history.map((e) => ({
        children: (
          <span>
            {fmtInstant(e.at, 'seconds')} · {t(`alerts.event.${e.kind}`)}
            {e.comment ? ` · ${e.comment}` : ''}
          </span>
        ),
      }))}
    />
  );
}

export default function Alerts() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [acting, setActing] = useState<{ alert: Alert; action: 'acknowledge' | 'resolve' } | null>(null);
  const writer = can('monitoring.write');
  const f = table.filters;
  const labels = (a: Alert) => (a.labels ?? []).filter((l) => l.name !== 'customer_id').map((l) => `${l.name}=${l.value}`).join(' ');
  return (
    <PageContainer title={t('nav.alerts')} crumbs={[{ title: t('nav.group.monitoring') }, { title: t('nav.alerts') }]} testId="alerts-page">
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('alerts.search')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240, maxWidth: '100%' }} />
          <Select allowClear placeholder={t('alerts.state')} value={f.state} onChange={(v) => table.setFilter('state', v)} style={{ width: 150 }} options={STATES.map((s) => ({ value: s, label: t(`alerts.states.${s}`) }))} />
          <Select allowClear placeholder={t('alerts.severity')} value={f.severity} onChange={(v) => table.setFilter('severity', v)} style={{ width: 150 }} options={['critical', 'warning', 'info'].map((s) => ({ value: s, label: t(`alerts.severities.${s}`) }))} />
        </div>
        <ServerTable<Alert>
          ref={ref}
          path="/api/v1/monitoring/alerts"
          rowKey="id"
          query={{ q: f.q, state: f.state, severity: f.severity }}
          filterKeys={['q', 'state', 'severity']}
          table={table}
          testId="alerts-table"
          listKey="monitoring.alerts"
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowRender: (a: Alert) => <History id={a.id} /> }}
          columns={[
            { title: t('alerts.severity'), dataIndex: 'severity', key: 'severity', sorter: true, render: (s: string) => <Tag color={SEVERITY_COLOR[s]}>{t(`alerts.severities.${s}`)}</Tag> },
            { title: t('alerts.rule'), dataIndex: 'rule_key', render: (k: string, a: Alert) => (<span>{ruleLabel(k, t)}<div className="muted">{k} {labels(a)}</div></span>) },
            { title: t('alerts.value'), key: 'value', render: (_: unknown, a: Alert) => t('alerts.valueOver', { value: +a.value.toFixed(2), threshold: +a.threshold.toFixed(2) }) },
            { title: t('alerts.firedAt'), dataIndex: 'fired_at', key: 'fired_at', sorter: true, render: (v: string) => fmtInstant(v) },
            {
              title: t('alerts.state'),
              dataIndex: 'state',
              key: 'state',
              sorter: true,
              render: (s: string, a: Alert) => (
                <Space size={4}>
                  <Tag color={STATE_COLOR[s]}>{t(`alerts.states.${s}`)}</Tag>
                  {a.silenced && <Tag>{t('alerts.silenced')}</Tag>}
                </Space>
              ),
            },
            ...(writer
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, a: Alert) => (
                      <Space size={0}>
                        {a.state === 'firing' && (
                          <Button type="link" size="small" onClick={() => setActing({ alert: a, action: 'acknowledge' })} data-testid={`alert-ack-${a.id}`}>
                            {t('alerts.acknowledge')}
                          </Button>
                        )}
                        {a.state !== 'resolved' && (
                          <Button type="link" size="small" onClick={() => setActing({ alert: a, action: 'resolve' })} data-testid={`alert-resolve-${a.id}`}>
                            {t('alerts.resolve')}
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<{ comment?: string }>
        open={acting !== null}
        title={acting ? t(`alerts.${acting.action}`) : ''}
        onClose={() => setActing(null)}
        testId="alert-action-form"
        onSubmit={async (v) => {
          if (!acting) return;
          await api.post(`/api/v1/monitoring/alerts/${acting.alert.id}/${acting.action}`, { comment: v.comment ?? '' });
          message.success(t('common.saved'));
          ref.current?.reload();
        }}
      >
        <Form.Item name="comment" label={t('alerts.comment')}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
