// Cards shared by the staff dashboard and the customer portal home.
import { Badge, Card, Empty, List, Skeleton, Space, Statistic, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Page } from '../api/client';
import type { ApplicationSummary, ContractSummary } from '../api/types';
import { useApi } from '../lib/useApi';
import DateTime from './DateTime';
import ProblemAlert from './ProblemAlert';
import StatusTag from './StatusTag';

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
 *  customer's drafts and returned applications. */
export function PendingApprovals({ title }: { title?: string }) {
  const { t } = useTranslation();
  const s = useApi<Page<ApplicationSummary>>('/api/v1/applications', { pending_for: 'me', limit: 6 });
  // A server whose applications module differs answers 400 or 404: leave the card out.
  if (s.error && (s.error.status === 400 || s.error.status === 404)) return null;
  return (
    <Card
      title={
        <Space>
          {title ?? t('dashboard.pendingApprovals')}
          {!!s.data?.count && <Badge count={s.data.count} color="#1668dc" />}
        </Space>
      }
      data-testid="pending-approvals"
      extra={<Link to="/applications?view=inbox">{t('common.viewAll')}</Link>}
    >
      {s.error ? (
        <ProblemAlert error={s.error} />
      ) : !s.data ? (
        <Skeleton active />
      ) : (
        <List
          dataSource={s.data.results}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.nothingPending')} /> }}
          renderItem={(a) => (
            <List.Item extra={<StatusTag kind="application" value={a.status} />}>
              <List.Item.Meta
                title={<Link to={`/applications/${a.id}`}>{a.number}</Link>}
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

/** Live contracts that end within 60 days. */
export function ExpiringContracts() {
  const { t } = useTranslation();
  const s = useApi<Page<ContractSummary>>('/api/v1/contracts', { expiring_within_days: 60, limit: 6 });
  if (s.error && (s.error.status === 400 || s.error.status === 404)) return null;
  return (
    <Card title={t('dashboard.expiringContracts')} data-testid="expiring-contracts" extra={<Link to="/contracts?expiring=60">{t('common.viewAll')}</Link>}>
      {s.error ? (
        <ProblemAlert error={s.error} />
      ) : !s.data ? (
        <Skeleton active />
      ) : (
        <List
          dataSource={s.data.results}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noneExpiring')} /> }}
          renderItem={(c) => (
            <List.Item
              extra={
                <Space size="small">
                  <span className="nowrap">{c.end_date}</span>
                  <Tag bordered={false} color={c.auto_renew ? 'blue' : 'orange'}>
                    {c.auto_renew ? t('contracts.renewsAutomatically') : t('contracts.endsWithoutRenewal')}
                  </Tag>
                </Space>
              }
            >
              <List.Item.Meta title={<Link to={`/contracts/${c.id}`}>{c.number}</Link>} description={c.customer.name} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
