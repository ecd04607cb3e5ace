// 财务 → 账龄: what customers owe by days past due on a day (current, 1–30, 31–60, 61–90, more
// than 90), the totals above the table; exported like every list.
import { Card, Col, DatePicker, Input, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import PageContainer from '../../../components/PageContainer';
import ServerTable from '../../../components/ServerTable';
import { businessToday } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useTableQuery } from '../../../lib/useTableQuery';
import { AGEING_BUCKETS, Money, type AgeingRow, type AgeingSummary } from './shared';

export default function Ageing() {
  const { t } = useTranslation();
  const table = useTableQuery();
  const f = table.filters;
  const query = { as_of: f.as_of, q: f.q };
  const summary = useApi<AgeingSummary>('/api/v1/billing/ageing/summary', query);
  const totals = summary.data?.totals;
  const bucket = (b: string) => `${b}_fen` as keyof AgeingRow;
  return (
    <PageContainer title={t('nav.ageing')} crumbs={[{ title: t('nav.group.finance') }, { title: t('nav.ageing') }]} testId="ageing-page">
      <Row gutter={[12, 12]} data-testid="ageing-summary">
        {AGEING_BUCKETS.map((b) => (
          <Col key={b} xs={12} sm={8} lg={4}>
            <Card size="small">
              <Statistic title={t(`billing_payments.buckets.${b}`)} value={totals ? (Number(totals[bucket(b) as keyof typeof totals]) / 100).toFixed(2) : '—'} prefix="¥" valueStyle={{ fontSize: 18, color: b === 'd90_plus' ? '#cf1322' : undefined }} />
            </Card>
          </Col>
        ))}
        <Col xs={12} sm={8} lg={4}>
          <Card size="small">
            <Statistic title={t('billing_payments.totalOutstanding')} value={totals ? (totals.total_fen / 100).toFixed(2) : '—'} prefix="¥" valueStyle={{ fontSize: 18, fontWeight: 600 }} />
          </Card>
        </Col>
      </Row>
      <Card style={{ marginTop: 16 }}>
        <div className="filter-bar">
          <DatePicker allowClear={false} value={f.as_of ? dayjs(f.as_of) : businessToday()} onChange={(d) => table.setFilter('as_of', d ? d.format('YYYY-MM-DD') : undefined)} aria-label={t('billing_payments.asOf')} />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('billing_payments.searchCustomer')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <span className="muted">{t('billing_payments.customersOwing', { count: summary.data?.customers ?? 0 })}</span>
        </div>
        <ServerTable<AgeingRow>
          path="/api/v1/billing/ageing"
          query={query}
          filterKeys={['q']}
          table={table}
          testId="ageing-table"
          listKey="billing.ageing"
          rowKey={(r) => r.customer.id}
          exportName={t('nav.ageing')}
          scroll={{ x: 900 }}
          columns={[
            { title: t('billing_payments.customer'), dataIndex: ['customer', 'name'], key: 'customer', sorter: true, fixed: 'left', render: (n: string, r: AgeingRow) => <Link to={`/customers/${r.customer.id}?tab=account`}>{n}</Link> },
            ...AGEING_BUCKETS.map((b) => ({ title: t(`billing_payments.buckets.${b}`), dataIndex: `${b}_fen`, key: b, sorter: true, align: 'right' as const, render: (v: number) => <Money fen={v} /> })),
            { title: t('billing_payments.total'), dataIndex: 'total_fen', key: 'total', sorter: true, align: 'right' as const, render: (v: number) => <Money fen={v} strong /> },
            { title: t('billing_payments.invoices'), dataIndex: 'invoices', align: 'right' as const },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
