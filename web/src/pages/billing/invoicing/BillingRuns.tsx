// Billing runs (账单运行): what a run on a chosen day would bill, per contract, before issuing
// anything; the run itself after a confirmation; and the history of runs with their counts,
// notes and errors.
import { App, Button, Card, DatePicker, Popconfirm, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../../../api/client';
import type { BillingPreview, BillingRun } from '../../../api/schema';
import PageContainer from '../../../components/PageContainer';
import ServerTable from '../../../components/ServerTable';
import { businessToday, fmtInstant } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useTableQuery } from '../../../lib/useTableQuery';
import { fmtMilli, KindTag, Money, useUnit } from './shared';

type ContractBill = BillingPreview['contracts'][number];

const RUN_COLOURS: Record<string, string> = { running: 'processing', completed: 'green', failed: 'red' };

export default function BillingRuns() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const unit = useUnit();
  const [date, setDate] = useState<Dayjs>(businessToday());
  const iso = date.format('YYYY-MM-DD');
  const preview = useApi<BillingPreview>('/api/v1/billing/runs/preview', { date: iso });
  const table = useTableQuery(10, 'runs_');
  const [running, setRunning] = useState(false);
  const [tick, setTick] = useState(0);

  const run = async () => {
    setRunning(true);
    try {
      const r = await api.post<BillingRun>('/api/v1/billing/runs', { date: iso });
      message.success(t('billing.runDone', { invoices: r.invoices, creditNotes: r.credit_notes }));
      preview.reload();
      setTick((n) => n + 1);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  const p = preview.data;
  return (
    <PageContainer
      title={t('nav.billingRuns')}
      subTitle={t('billing.runsSubtitle')}
      crumbs={[{ title: t('nav.group.finance') }, { title: t('nav.billingRuns') }]}
      testId="billing-runs-page"
    >
      <Card
        title={t('billing.preview')}
        extra={
          <Space wrap>
            <DatePicker value={date} onChange={(d) => d && setDate(d)} allowClear={false} data-testid="run-date" />
            <Popconfirm
              title={t('billing.runConfirm', { date: iso, count: p?.count ?? 0 })}
              onConfirm={run}
              okText={t('billing.runNow')}
              cancelText={t('common.cancel')}
            >
              <Button type="primary" loading={running} disabled={!p} data-testid="run-now">
                {t('billing.runNow')}
              </Button>
            </Popconfirm>
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        <Space size="large" wrap style={{ marginBottom: 12 }}>
          <Statistic title={t('billing.contractsToBill')} value={p?.count ?? 0} loading={preview.loading} />
          <Statistic title={t('billing.previewTotal')} value={p ? (p.total_fen / 100).toFixed(2) : '0.00'} prefix="¥" loading={preview.loading} />
        </Space>
        {p && p.notes.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('billing.notesCount', { count: p.notes.length })}: {p.notes.slice(0, 3).join('；')}
          </Typography.Paragraph>
        )}
        <Table<ContractBill>
          rowKey={(b) => b.contract.id}
          size="small"
          loading={preview.loading}
          dataSource={p?.contracts ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          data-testid="preview-table"
          locale={{ emptyText: t('billing.nothingToBill') }}
          expandable={{
            expandedRowRender: (b) => (
              <Table
                rowKey={(l) => `${l.position}`}
                size="small"
                pagination={false}
                dataSource={b.lines}
                columns={[
                  { title: t('billing.item'), dataIndex: 'description' },
                  { title: t('billing.period'), render: (_, l) => (l.period_start ? `${l.period_start} ~ ${l.period_end}` : '—') },
                  { title: t('billing.quantity'), align: 'right', render: (_, l) => `${fmtMilli(l.quantity_milli)} ${unit(l.unit)}` },
                  { title: t('billing.amount'), dataIndex: 'amount_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
                  { title: t('billing.tax'), dataIndex: 'tax_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
                ]}
              />
            ),
          }}
          columns={[
            { title: t('billing.contract'), render: (_, b) => <Link to={`/contracts/${b.contract.id}`} className="mono">{b.contract.number}</Link> },
            { title: t('dcim.customer'), render: (_, b) => b.customer.name },
            { title: t('billing.kindLabel'), render: (_, b) => <Space size={4}><KindTag kind={b.kind} />{b.is_final && <Tag bordered={false}>{t('billing.final')}</Tag>}</Space> },
            { title: t('billing.linesCount'), render: (_, b) => b.lines.length, align: 'right' },
            { title: t('billing.total'), dataIndex: 'total_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
          ]}
        />
      </Card>

      <Card title={t('billing.history')}>
        <ServerTable<BillingRun>
          key={tick}
          path="/api/v1/billing/runs"
          table={table}
          testId="runs-table"
          listKey="billing-runs"
          emptyText={t('billing.noRuns')}
          expandable={{
            rowExpandable: (r) => r.notes.length + r.errors.length > 0,
            expandedRowRender: (r) => (
              <div style={{ fontSize: 12 }}>
                {r.errors.map((e, i) => (
                  <div key={`e${i}`}><Typography.Text type="danger">{e}</Typography.Text></div>
                ))}
                {r.notes.map((n, i) => (
                  <div key={`n${i}`}><Typography.Text type="secondary">{n}</Typography.Text></div>
                ))}
              </div>
            ),
          }}
          columns={[
            { title: t('billing.runDate'), dataIndex: 'run_date' },
            { title: t('common.status'), dataIndex: 'status', render: (s: string) => <Tag color={RUN_COLOURS[s]} bordered={false}>{t(`billing.runStatus.${s}`)}</Tag> },
            { title: t('billing.origin'), dataIndex: 'origin', render: (o: string) => t(`billing.runOrigin.${o}`) },
            { title: t('billing.contractsSeen'), dataIndex: 'contracts_seen', align: 'right' },
            { title: t('billing.invoicesIssued'), dataIndex: 'invoices', align: 'right' },
            { title: t('billing.creditNotesIssued'), dataIndex: 'credit_notes', align: 'right' },
            { title: t('billing.total'), dataIndex: 'total_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
            { title: t('billing.errors'), render: (_, r) => (r.errors.length ? <Tag color="red" bordered={false}>{r.errors.length}</Tag> : '0'), align: 'right' },
            { title: t('billing.startedAt'), render: (_, r) => <span className="nowrap">{fmtInstant(r.started_at)} · {r.started_by}</span> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}

