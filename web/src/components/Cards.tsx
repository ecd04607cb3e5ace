// Cards shared by the staff dashboard and the customer portal home.
import { Card, Empty, List, Skeleton, Space, Statistic, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Page } from '../api/client';
import { useApi } from '../lib/useApi';
import DateTime from './DateTime';
import ProblemAlert from './ProblemAlert';

export function StatCard({ title, path, query, icon, to, testId }: { title: string; path: string; query?: Record<string, string | number>; icon: ReactNode; to: string; testId?: string }) {
  const s = useApi<Page<unknown>>(path, { limit: 1, ...query });
  return (
    <Card className="stat-card" size="small" data-testid={testId}>
      <Link to={to}>
        <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }}>
          <Statistic title={title} value={s.data?.count ?? 0} loading={!s.data && !s.error} valueStyle={{ fontWeight: 600 }} />
          <span style={{ fontSize: 26, color: '#1668dc', opacity: 0.8 }}>{icon}</span>
        </Space>
      </Link>
    </Card>
  );
}

/** Applications waiting for the signed-in person: their department's review steps, or a
 *  customer's drafts and returned applications (shown once the applications API exists). */
export function PendingApprovals({ title }: { title?: string }) {
  const { t } = useTranslation();
  const s = useApi<Page<PendingApplication>>('/api/v1/applications', { pending_for: 'me', limit: 6 });
  // A server whose applications module differs answers 400 or 404: leave the card out.
  if (s.error && (s.error.status === 400 || s.error.status === 404)) return null;
  return (
    <Card title={title ?? t('dashboard.pendingApprovals')} data-testid="pending-approvals" extra={<Link to="/applications">{t('common.viewAll')}</Link>}>
      {s.error ? (
        <ProblemAlert error={s.error} />
      ) : !s.data ? (
        <Skeleton active />
      ) : (
        <List
          dataSource={s.data.results}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.nothingPending')} /> }}
          renderItem={(a) => (
            <List.Item extra={<Tag bordered={false}>{t(`status.application.${a.status}`, { defaultValue: a.status })}</Tag>}>
              <List.Item.Meta
                title={<Link to={`/applications/${a.id}`}>{a.number ?? `#${a.id}`}</Link>}
                description={
                  <Space size="small" wrap>
                    <span>{a.customer?.name}</span>
                    {a.submitted_at && (
                      <span className="muted">
                        <DateTime value={a.submitted_at} relative />
                      </span>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

interface PendingApplication {
  id: number;
  number?: string;
  status: string;
  customer?: { id: number; name: string };
  submitted_at?: string | null;
}

/** Contracts that end within 60 days (shown once the contracts API exists). */
export function ExpiringContracts() {
  const { t } = useTranslation();
  const s = useApi<Page<Record<string, unknown>>>('/api/v1/contracts', { expiring_within_days: 60, limit: 6 });
  if (s.error && (s.error.status === 400 || s.error.status === 404)) return null;
  return (
    <Card title={t('dashboard.expiringContracts')} data-testid="expiring-contracts" extra={<Link to="/contracts">{t('common.viewAll')}</Link>}>
      {s.error ? (
        <ProblemAlert error={s.error} />
      ) : !s.data ? (
        <Skeleton active />
      ) : (
        <List
          dataSource={s.data.results}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noneExpiring')} /> }}
          renderItem={(c) => (
            <List.Item extra={c.end_date ? <DateTime value={String(c.end_date)} date /> : null}>
              <List.Item.Meta
                title={<Link to={`/contracts/${c.id}`}>{String(c.number ?? `#${c.id}`)}</Link>}
                description={String((c.customer as { name?: string } | undefined)?.name ?? c.customer_name ?? '')}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
