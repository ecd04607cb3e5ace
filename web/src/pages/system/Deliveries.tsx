// 通知投递: every attempt to deliver a notification by e-mail or an event to a webhook, with the
// state of its entry; an administrator retries an entry that failed or was given up.
import { RedoOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES, type Delivery } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';

const STATUS_COLOURS: Record<string, string> = { delivered: 'green', failed: 'red', not_configured: 'orange' };
const OUTBOX_COLOURS: Record<string, string> = { pending: 'blue', delivered: 'green', dead: 'default' };

export default function Deliveries() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery(50);
  const ref = useRef<ServerTableHandle>(null);
  const f = table.filters;
  const retry = async (d: Delivery) => {
    try {
      await api.post(`/api/v1/deliveries/${d.outbox_id}/retry`);
      message.success(t('delivery.retried'));
      ref.current?.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  const reason = (d: Delivery) => {
    if (d.status === 'not_configured') return t('delivery.notConfiguredHelp');
    return d.error ?? d.reply ?? '';
  };
  return (
    <PageContainer
      title={t('nav.deliveries')}
      subTitle={t('delivery.subtitle')}
      crumbs={[{ title: t('nav.group.system') }, { title: t('nav.deliveries') }]}
      testId="deliveries-page"
    >
      <Card>
        <div className="filter-bar">
          <Input.Search allowClear placeholder={t('delivery.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <Select
            allowClear
            data-testid="delivery-filter-channel"
            placeholder={t('delivery.channel')}
            value={f.channel || undefined}
            onChange={(v) => table.setFilter('channel', v)}
            options={DELIVERY_CHANNELS.map((c) => ({ value: c, label: t(`delivery.channels.${c}`) }))}
            style={{ width: 130 }}
          />
          <Select
            allowClear
            data-testid="delivery-filter-status"
            placeholder={t('delivery.result')}
            value={f.status || undefined}
            onChange={(v) => table.setFilter('status', v)}
            options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`delivery.statuses.${s}`) }))}
            style={{ width: 130 }}
          />
          <Input.Search allowClear placeholder={t('delivery.topic')} defaultValue={f.topic} onSearch={(v) => table.setFilter('topic', v)} style={{ width: 200 }} />
        </div>
        <ServerTable<Delivery>
          ref={ref}
          path="/api/v1/deliveries"
          query={{ q: f.q, channel: f.channel, status: f.status, topic: f.topic }}
          filterKeys={['q', 'channel', 'status', 'topic']}
          table={table}
          testId="deliveries-table"
          exportName={t('nav.deliveries')}
          // Fixed columns with the reply taking what is left, so that the entry's state and the
          // retry stay on screen; long targets and replies are cut with their full text on hover.
          scroll={{ x: 1100 }}
          tableLayout="fixed"
          columns={[
            { title: t('delivery.at'), dataIndex: 'attempted_at', width: 150, sorter: true, key: 'attempted_at', render: (v) => <DateTime value={v} /> },
            { title: t('delivery.channel'), dataIndex: 'channel', width: 80, render: (c) => <Tag bordered={false} color={c === 'email' ? 'geekblue' : 'purple'}>{t(`delivery.channels.${c}`)}</Tag> },
            { title: t('delivery.target'), dataIndex: 'target', width: 240, ellipsis: true, render: (v) => <span className="mono">{v}</span> },
            { title: t('delivery.topic'), dataIndex: 'topic', width: 190, ellipsis: true, render: (v) => <span className="mono">{v}</span> },
            {
              title: t('delivery.result'),
              dataIndex: 'status',
              width: 110,
              render: (s, d) => (
                <Space size={4}>
                  <Tag color={STATUS_COLOURS[s]}>{t(`delivery.statuses.${s}`)}</Tag>
                  {d.response_code !== null && <span className="mono muted">{d.response_code}</span>}
                </Space>
              ),
            },
            {
              title: t('delivery.detail'),
              key: 'detail',
              ellipsis: { showTitle: false },
              render: (_, d) => (
                <Tooltip title={reason(d)} placement="topLeft">
                  <Typography.Text type={d.status === 'delivered' ? 'secondary' : d.status === 'failed' ? 'danger' : 'warning'}>{reason(d) || '—'}</Typography.Text>
                </Tooltip>
              ),
            },
            {
              title: t('delivery.entry'),
              dataIndex: 'outbox_status',
              width: 140,
              render: (s, d) => (
                <Space size={4} wrap>
                  <Tag color={OUTBOX_COLOURS[s]}>{t(`delivery.outbox.${s}`)}</Tag>
                  {s !== 'delivered' && d.attempts > 0 && <span className="muted">{t('delivery.attempts', { count: d.attempts })}</span>}
                </Space>
              ),
            },
            ...(can('deliveries.retry')
              ? [
                  {
                    title: '',
                    key: 'retry',
                    width: 80,
                    render: (_: unknown, d: Delivery) =>
                      d.outbox_status !== 'delivered' && (
                        <Button size="small" icon={<RedoOutlined />} onClick={() => retry(d)} data-testid={`delivery-retry-${d.id}`}>
                          {t('delivery.retry')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </PageContainer>
  );
}
