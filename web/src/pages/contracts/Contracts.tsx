// Colocation service contracts (托管服务合同): status, term and renewal at a glance, with the
// ones ending soon one click away.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Segmented, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { ContractSummary } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import { RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import { useTableQuery } from '../../lib/useTableQuery';
import { fmtYuan } from '../../lib/format';
import { CONTRACT_STATUSES } from './shared';
import { businessToday } from '../../lib/format';

const EXPIRY_WINDOWS = [30, 60, 90];

export default function Contracts() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  const expiring = num(f.expiring);
  const title = isCustomer ? t('nav.myContracts') : t('nav.contracts');
  return (
    <PageContainer
      title={title}
      subTitle={isCustomer ? undefined : t('contracts.subtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.business') }, { title }]}
      testId="contracts-page"
      extra={
        !isCustomer &&
        can('contracts.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/contracts/new')} data-testid="contract-new">
            {t('contracts.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Segmented<string>
            value={expiring ? 'expiring' : 'all'}
            onChange={(v) => table.setFilters({ expiring: v === 'expiring' ? 60 : undefined, status: undefined })}
            options={[
              { value: 'all', label: t('contracts.viewAll') },
              { value: 'expiring', label: <span data-testid="view-expiring">{t('contracts.viewExpiring')}</span> },
            ]}
          />
          {expiring ? (
            <Select
              value={expiring}
              onChange={(v) => table.setFilter('expiring', v)}
              style={{ width: 160 }}
              options={EXPIRY_WINDOWS.map((d) => ({ value: d, label: t('contracts.withinDays', { count: d }) }))}
            />
          ) : (
            <Select
              allowClear
              placeholder={t('common.status')}
              value={f.status}
              onChange={(v) => table.setFilter('status', v)}
              style={{ width: 140 }}
              options={CONTRACT_STATUSES.map((s) => ({ value: s, label: t(`status.contract.${s}`) }))}
              data-testid="contracts-status"
            />
          )}
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('contracts.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          {!isCustomer && (
            <RefSelect kind="customers" placeholder={t('dcim.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 240 }} />
          )}
        </div>
        <ServerTable<ContractSummary>
          path="/api/v1/contracts"
          query={{ q: f.q, status: expiring ? undefined : f.status, customer: f.customer, expiring_within_days: expiring }}
          filterKeys={['q', 'status', 'customer', 'expiring_within_days']}
          table={table}
          testId="contracts-table"
          listKey="contracts"
          emptyText={expiring ? t('dashboard.noneExpiring') : t('contracts.empty')}
          onRow={(c) => ({ onDoubleClick: () => navigate(`/contracts/${c.id}`) })}
          columns={[
            {
              title: t('contracts.number'),
              dataIndex: 'number',
              fixed: 'left',
              render: (n: string, c) => (
                <Link to={`/contracts/${c.id}`} className="mono">
                  {n}
                </Link>
              ),
            },
            ...(isCustomer
              ? []
              : [{ title: t('dcim.customer'), render: (_: unknown, c: ContractSummary) => <Link to={`/customers/${c.customer.id}`}>{c.customer.name}</Link> }]),
            { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag kind="contract" value={s} /> },
            { title: t('contracts.effectiveDate'), dataIndex: 'effective_date' },
            {
              title: t('contracts.endDate'),
              dataIndex: 'end_date',
              render: (d: string, c) => {
                const left = dayjs(d).diff(businessToday(), 'day');
                const live = c.status === 'active' || c.status === 'signed';
                return (
                  <span className="nowrap">
                    {d}
                    {live && left >= 0 && left <= 60 && (
                      <Tag color={left <= 7 ? 'red' : left <= 30 ? 'orange' : 'gold'} bordered={false} style={{ marginInlineStart: 6 }}>
                        {t('contracts.daysLeft', { count: left })}
                      </Tag>
                    )}
                  </span>
                );
              },
            },
            { title: t('applications.termMonths'), dataIndex: 'term_months', render: (m: number) => t('applications.months', { count: m }) },
            { title: t('contracts.monthlyAmount'), key: 'monthly', align: 'right', render: (_, c) => <span className="money">{fmtYuan(c.amounts?.monthly_fen)}</span> },
            { title: t('contracts.totalAmount'), key: 'total', align: 'right', render: (_, c) => <span className="money">{fmtYuan(c.amounts?.total_fen)}</span> },
            { title: t('contracts.autoRenew'), dataIndex: 'auto_renew', render: (v: boolean) => (v ? t('common.yes') : t('common.no')) },
            { title: t('contracts.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
            { title: t('contracts.signedOn'), render: (_, c) => c.signing?.signed_on ?? '—' },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
