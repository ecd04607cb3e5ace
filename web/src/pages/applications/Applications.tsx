// Hosting applications (托管申请, R3.1): staff see every customer's with a per-department inbox
// ("awaiting me"); customers see their own, with their drafts and returned ones as the inbox.
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Page } from '../../api/client';
import type { ApplicationSummary } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import { RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import { useApi } from '../../lib/useApi';
import { useTableQuery } from '../../lib/useTableQuery';
import { APPLICATION_STATUSES } from './shared';

type View = 'all' | 'inbox' | 'mine';

export default function Applications() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const view: View = f.view === 'inbox' || f.view === 'mine' ? f.view : 'all';
  const reviewer = can(['applications.review.business', 'applications.review.technical', 'applications.review.management']);
  const hasInbox = isCustomer || reviewer;
  // How many wait in the inbox, for the badge on its tab.
  const inbox = useApi<Page<unknown>>(hasInbox ? '/api/v1/applications' : null, { pending_for: 'me', limit: 1, brief: true });
  const num = (v?: string) => (v ? Number(v) : undefined);
  const title = isCustomer ? t('nav.myApplications') : t('nav.applications');
  const inboxLabel = isCustomer ? t('applications.viewInboxCustomer') : t('applications.viewInbox');
  return (
    <PageContainer
      title={title}
      subTitle={isCustomer ? undefined : t('applications.subtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.business') }, { title }]}
      testId="applications-page"
      extra={
        can('applications.create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/applications/new')} data-testid="application-create">
            {isCustomer ? t('applications.apply') : t('applications.createForCustomer')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Segmented<View>
            value={view}
            onChange={(v) => table.setFilters({ view: v === 'all' ? undefined : v, status: undefined })}
            data-testid="applications-view"
            options={[
              { value: 'all', label: t('applications.viewAll') },
              ...(hasInbox
                ? [
                    {
                      value: 'inbox' as View,
                      label: (
                        <span data-testid="view-inbox">
                          {inboxLabel} <Badge count={inbox.data?.count ?? 0} size="small" showZero={false} />
                        </span>
                      ),
                    },
                  ]
                : []),
              ...(can('applications.create') ? [{ value: 'mine' as View, label: t('applications.viewMine') }] : []),
            ]}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('applications.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          {view !== 'inbox' && (
            <Select
              allowClear
              placeholder={t('common.status')}
              value={f.status}
              onChange={(v) => table.setFilter('status', v)}
              style={{ width: 160 }}
              options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`status.application.${s}`) }))}
              data-testid="applications-status"
            />
          )}
          {!isCustomer && (
            <RefSelect kind="customers" placeholder={t('dcim.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 240 }} />
          )}
        </div>
        <ServerTable<ApplicationSummary>
          path="/api/v1/applications"
          query={{
            q: f.q,
            status: view === 'inbox' ? undefined : f.status,
            customer: f.customer,
            pending_for: view === 'inbox' ? 'me' : undefined,
            mine: view === 'mine' ? true : undefined,
          }}
          filterKeys={['q', 'status', 'customer']}
          table={table}
          testId="applications-table"
          listKey="applications"
          emptyText={view === 'inbox' ? t('dashboard.nothingPending') : t('applications.empty')}
          onRow={(a) => ({ onDoubleClick: () => navigate(`/applications/${a.id}`) })}
          columns={[
            {
              title: t('applications.number'),
              dataIndex: 'number',
              key: 'number',
              sorter: true,
              fixed: 'left',
              render: (n: string, a) => (
                <Link to={`/applications/${a.id}`} className="mono">
                  {n}
                </Link>
              ),
            },
            ...(isCustomer
              ? []
              : [
                  {
                    title: t('dcim.customer'),
                    key: 'customer',
                    sorter: true,
                    render: (_: unknown, a: ApplicationSummary) => <Link to={`/customers/${a.customer.id}`}>{a.customer.name}</Link>,
                  },
                ]),
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s: string) => <StatusTag kind="application" value={s} /> },
            { title: t('applications.deviceCount'), dataIndex: 'device_count', align: 'right' },
            { title: t('applications.startDate'), dataIndex: 'start_date', key: 'start_date', sorter: true, render: (d: string | null) => d ?? '—' },
            { title: t('applications.term'), dataIndex: 'term_months', render: (m: number) => (m ? t('applications.months', { count: m }) : '—') },
            { title: t('applications.createdBy'), dataIndex: ['created_by', 'name'] },
            { title: t('applications.submittedAt'), dataIndex: 'submitted_at', render: (v: string | null) => <DateTime value={v} /> },
            { title: t('common.updatedAt'), dataIndex: 'updated_at', key: 'updated_at', sorter: true, render: (v: string) => <DateTime value={v} relative /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
