// Invoices and credit notes (账单): finance's list of everything issued, a customer's own bills.
import { Card, Input, Select, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Invoice } from '../../../api/schema';
import { useAuth } from '../../../auth/AuthContext';
import ExportButton from '../../../components/ExportButton';
import PageContainer from '../../../components/PageContainer';
import { RefSelect } from '../../../components/Ref';
import ServerTable from '../../../components/ServerTable';
import { businessTodayIso } from '../../../lib/format';
import { useTableQuery } from '../../../lib/useTableQuery';
import { InvoiceStatus, KindTag, Money } from './shared';

const STATUSES = ['issued', 'partially_paid', 'paid', 'credited'];

export default function Invoices() {
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const title = isCustomer ? t('nav.myBills') : t('nav.billingInvoices');
  const overdue = f.overdue === 'true';
  const today = businessTodayIso();
  const query = {
    q: f.q,
    status: f.status,
    kind: f.kind,
    customer: f.customer,
    overdue: overdue ? 'true' : undefined,
  };
  return (
    <PageContainer
      title={title}
      subTitle={isCustomer ? undefined : t('billing.invoicesSubtitle')}
      crumbs={[{ title: t('nav.group.finance') }, { title }]}
      testId="invoices-page"
    >
      <Card>
        <div className="filter-bar">
          <Segmented<string>
            value={overdue ? 'overdue' : 'all'}
            onChange={(v) => table.setFilters({ overdue: v === 'overdue' ? 'true' : undefined })}
            options={[
              { value: 'all', label: t('billing.viewAll') },
              { value: 'overdue', label: <span data-testid="view-overdue">{t('billing.overdue')}</span> },
            ]}
          />
          <Select
            allowClear
            placeholder={t('common.status')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 130 }}
            options={STATUSES.map((s) => ({ value: s, label: t(`billing.status.${s}`) }))}
          />
          <Select
            allowClear
            placeholder={t('billing.kindLabel')}
            value={f.kind}
            onChange={(v) => table.setFilter('kind', v)}
            style={{ width: 130 }}
            options={['invoice', 'credit_note'].map((k) => ({ value: k, label: t(`billing.kind.${k}`) }))}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('billing.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 220 }} />
          {!isCustomer && (
            <RefSelect kind="customers" placeholder={t('dcim.customer')} value={f.customer ? Number(f.customer) : undefined} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          )}
        </div>
        <ServerTable<Invoice>
          path="/api/v1/billing/invoices"
          query={query}
          filterKeys={['q', 'status', 'kind', 'customer', 'overdue']}
          table={table}
          testId="invoices-table"
          listKey="billing-invoices"
          emptyText={t('billing.empty')}
          toolbar={
            !isCustomer && (
              <ExportButton path="/api/v1/billing/invoices" query={query} name={t('nav.billingInvoices')} columns={[
                { key: 'number', label: t('billing.number') },
                { key: 'kind', label: t('billing.kindLabel') },
                { key: 'customer.name', label: t('dcim.customer') },
                { key: 'contract.number', label: t('billing.contract') },
                { key: 'issue_date', label: t('billing.issueDate') },
                { key: 'due_date', label: t('billing.dueDate') },
                { key: 'period_start', label: t('billing.periodStart') },
                { key: 'period_end', label: t('billing.periodEnd') },
                { key: 'subtotal_fen', label: t('billing.subtotalFen') },
                { key: 'tax_fen', label: t('billing.taxFen') },
                { key: 'total_fen', label: t('billing.totalFen') },
                { key: 'paid_fen', label: t('billing.paidFen') },
                { key: 'credited_fen', label: t('billing.creditedFen') },
                { key: 'outstanding_fen', label: t('billing.outstandingFen') },
                { key: 'status', label: t('common.status') },
                { key: 'fapiao_number', label: t('billing.fapiaoNumber') },
              ]} />
            )
          }
          onRow={(i) => ({ onDoubleClick: () => navigate(`/billing/invoices/${i.id}`) })}
          columns={[
            {
              title: t('billing.number'),
              dataIndex: 'number',
              fixed: 'left',
              render: (n: string, i) => (
                <Link to={`/billing/invoices/${i.id}`} className="mono">
                  {n}
                </Link>
              ),
            },
            { title: t('billing.kindLabel'), dataIndex: 'kind', render: (k: string) => <KindTag kind={k} /> },
            ...(isCustomer ? [] : [{ title: t('dcim.customer'), render: (_: unknown, i: Invoice) => <Link to={`/customers/${i.customer.id}`}>{i.customer.name}</Link> }]),
            { title: t('billing.contract'), render: (_, i) => <Link to={`/contracts/${i.contract.id}`} className="mono">{i.contract.number}</Link> },
            { title: t('billing.period'), render: (_, i) => <span className="nowrap">{i.period_start} ~ {i.period_end}</span> },
            { title: t('billing.issueDate'), dataIndex: 'issue_date', sorter: true, key: 'issue_date' },
            { title: t('billing.dueDate'), dataIndex: 'due_date', sorter: true, key: 'due_date' },
            { title: t('billing.total'), dataIndex: 'total_fen', align: 'right', sorter: true, key: 'total', render: (v: number) => <Money fen={v} /> },
            { title: t('billing.outstanding'), dataIndex: 'outstanding_fen', align: 'right', sorter: true, key: 'outstanding', render: (v: number) => <Money fen={v} /> },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (s: string, i) => <InvoiceStatus status={s} overdue={i.kind === 'invoice' && i.outstanding_fen > 0 && i.due_date < today} />,
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
