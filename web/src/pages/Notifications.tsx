// The person's notifications, newest first: application steps, contract events, change
// agreements. Opening one marks it read.
import { CheckOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Segmented, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { Notification } from '../api/types';
import DateTime from '../components/DateTime';
import { notificationsChanged } from '../components/NotificationBell';
import PageContainer from '../components/PageContainer';
import ServerTable, { type ServerTableHandle } from '../components/ServerTable';
import { useTableQuery } from '../lib/useTableQuery';

export default function Notifications() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const unread = table.filters.unread === 'true';
  const title = (n: Notification) => (i18n.language === 'zh-CN' ? n.title_zh : n.title_en) || n.title;

  const markRead = async (n: Notification) => {
    if (n.read) return;
    try {
      await api.post(`/api/v1/notifications/${n.id}/read`);
      notificationsChanged();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  const open = async (n: Notification) => {
    await markRead(n);
    if (n.link) navigate(n.link);
    else ref.current?.reload();
  };

  return (
    <PageContainer title={t('notifications.title')} crumbs={[{ title: t('notifications.title') }]} testId="notifications-page">
      <Card>
        <div className="filter-bar">
          <Segmented<string>
            value={unread ? 'unread' : 'all'}
            onChange={(v) => table.setFilter('unread', v === 'unread' ? 'true' : undefined)}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unread') },
            ]}
          />
        </div>
        <ServerTable<Notification>
          ref={ref}
          path="/api/v1/notifications"
          query={{ unread: unread ? true : undefined }}
          filterKeys={['unread']}
          table={table}
          testId="notifications-table"
          emptyText={t('notifications.empty')}
          showHeader={false}
          rowClassName={(n) => (n.read ? 'notification-read' : 'notification-unread')}
          columns={[
            {
              key: 'title',
              render: (_, n) => (
                <Space align="start">
                  <Badge status={n.read ? 'default' : 'processing'} />
                  <div>
                    <Typography.Link strong={!n.read} onClick={() => void open(n)} data-testid="notification-title">
                      {title(n)}
                    </Typography.Link>
                    {n.body && <div className="muted">{n.body}</div>}
                  </div>
                </Space>
              ),
            },
            { key: 'at', width: 180, render: (_, n) => <DateTime value={n.created_at} /> },
            {
              key: 'read',
              width: 120,
              align: 'right',
              render: (_, n) =>
                !n.read && (
                  <Button
                    size="small"
                    type="text"
                    icon={<CheckOutlined />}
                    onClick={async () => {
                      await markRead(n);
                      ref.current?.reload();
                    }}
                  >
                    {t('notifications.markRead')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
