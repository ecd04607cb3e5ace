// The header's bell: how many of the person's notifications are unread, linking to the list.
// The count follows navigation, a slow poll and the list page's "read" events.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { useApiPaths } from '../api/openapi';
import { useAuth } from '../auth/AuthContext';

/** Fired (on window) when notifications were read, so the bell counts again. */
export const NOTIFICATIONS_CHANGED = 'colo:notifications-changed';

export function notificationsChanged() {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}

const POLL_MS = 60_000;

export default function NotificationBell({ dark }: { dark?: boolean }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const paths = useApiPaths();
  const navigate = useNavigate();
  const location = useLocation();
  const [count, setCount] = useState(0);
  const enabled = !!paths?.has('/api/v1/notifications/unread-count') && can('notifications.read');

  const refresh = useCallback(() => {
    if (!enabled) return;
    api
      .get<{ count: number }>('/api/v1/notifications/unread-count')
      .then((r) => setCount(r.count))
      .catch(() => undefined);
  }, [enabled]);

  useEffect(() => {
    refresh();
  }, [refresh, location.pathname]);
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(refresh, POLL_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
    };
  }, [enabled, refresh]);

  if (!enabled) return null;
  const label = count > 0 ? t('notifications.unreadCount', { count }) : t('notifications.title');
  return (
    <Tooltip title={label}>
      <Button
        type="text"
        aria-label={label}
        onClick={() => navigate('/notifications')}
        data-testid="notification-bell"
        style={dark ? { color: '#fff' } : undefined}
        icon={
          <Badge count={count} size="small" overflowCount={99} data-testid="notification-count">
            <BellOutlined style={{ fontSize: 17 }} />
          </Badge>
        }
      />
    </Tooltip>
  );
}
