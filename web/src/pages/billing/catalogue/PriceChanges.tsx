// Price changes (调价, R8.3): change agreements that raise a price, with the notice sent to the
// customer, the earliest day each may take effect and whether the customer agreed. Pending ones
// by default; customers see their own and agree or reject on the contract page.
import { Card, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { priceChangeStatusValues } from '../../../api/schema';
import type { PriceChange } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import PageContainer from '../../../components/PageContainer';
import ServerTable from '../../../components/ServerTable';
import StatusTag from '../../../components/StatusTag';
import { fmtInstant } from '../../../lib/format';
import { useTableQuery } from '../../../lib/useTableQuery';
import { RiseLines } from './shared';

export default function PriceChanges() {
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const title = t('nav.priceChanges');
  return (
    <PageContainer
      title={title}
      subTitle={isCustomer ? t('billing_catalogue.changesPortalSubtitle') : t('billing_catalogue.changesSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.finance') }, { title }]}
      testId="price-changes-page"
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('billing_catalogue.changesSearch')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <Select
            allowClear
            placeholder={t('billing_catalogue.pending')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 160 }}
            options={priceChangeStatusValues.map((s) => ({ value: s, label: t(`status.amendment.${s}`) }))}
            data-testid="price-changes-status"
          />
        </div>
        <ServerTable<PriceChange>
          path="/api/v1/billing/price-changes"
          query={{ q: f.q, status: f.status }}
          filterKeys={['q', 'status']}
          table={table}
          testId="price-changes-table"
          listKey="billing.priceChanges"
          exportName={title}
          emptyText={t('billing_catalogue.noChanges')}
          onRow={(r) => ({ onDoubleClick: () => navigate(`/contracts/${r.contract.id}`) })}
          columns={[
            {
              title: t('contracts.number'),
              key: 'contract',
              sorter: true,
              fixed: 'left',
              render: (_, r) => (
                <span className="nowrap">
                  <Link to={`/contracts/${r.contract.id}`} className="mono">
                    {r.contract.name}
                  </Link>{' '}
                  <span className="muted">#{r.number}</span>
                </span>
              ),
            },
            ...(isCustomer ? [] : [{ title: t('dcim.customer'), key: 'customer', sorter: true, render: (_: unknown, r: PriceChange) => r.customer.name }]),
            { title: t('billing_catalogue.raisedLines'), key: 'lines', render: (_, r) => <RiseLines rises={r.price_rises} /> },
            { title: t('billing_catalogue.notifiedAt'), dataIndex: 'notified_at', key: 'notified_at', sorter: true, render: (v: string | null) => (v ? fmtInstant(v) : '—') },
            { title: t('billing_catalogue.earliest'), dataIndex: 'earliest_date', key: 'earliest_date', sorter: true, render: (v: string | null) => v ?? '—' },
            { title: t('amendments.effectiveDate'), dataIndex: 'effective_date', key: 'effective_date', sorter: true },
            { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag kind="amendment" value={s} /> },
            {
              title: t('billing_catalogue.accepted'),
              dataIndex: 'accepted',
              render: (v: boolean) => (v ? <Tag color="green">{t('billing_catalogue.acceptedYes')}</Tag> : <Tag color="orange">{t('billing_catalogue.acceptedNo')}</Tag>),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
