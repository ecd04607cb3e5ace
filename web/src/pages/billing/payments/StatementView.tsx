// A customer's statement of account for a period: opening balance, every invoice, credit note,
// payment, reversal, refund and deposit movement with the running balance, closing balance; and
// the month's statement as the PDF the customer files (对账单).
import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Descriptions, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import ProblemAlert from '../../../components/ProblemAlert';
import { businessToday } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { Money, type Statement, type StatementEntry } from './shared';

export default function StatementView({ customer }: { customer: number }) {
  const { t, i18n } = useTranslation();
  // Today is the business zone's, as the statement's days are.
  const [month, setMonth] = useState<Dayjs>(businessToday().startOf('month'));
  const [range, setRange] = useState<[Dayjs, Dayjs]>([businessToday().startOf('month'), businessToday()]);
  const s = useApi<Statement>(`/api/v1/billing/customers/${customer}/statement`, {
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
  });
  const d = s.data;
  return (
    <div data-testid="statement">
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker allowClear={false} value={range} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} />
        <Space.Compact>
          <DatePicker picker="month" allowClear={false} value={month} onChange={(v) => v && setMonth(v)} aria-label={t('billing_payments.statementMonth')} data-testid="statement-month" />
          <Button
            icon={<FilePdfOutlined />}
            href={`/api/v1/billing/customers/${customer}/statement/pdf?month=${month.format('YYYY-MM')}&lang=${i18n.language === 'en-US' ? 'en-US' : 'zh-CN'}`}
            target="_blank"
            data-testid="statement-pdf"
          >
            {t('billing_payments.statementPdf')}
          </Button>
        </Space.Compact>
      </Space>
      {s.error && <ProblemAlert error={s.error} />}
      {d && (
        <>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={{ xs: 2, sm: 4 }}>
              <Descriptions.Item label={t('billing_payments.opening')}>
                <Money fen={d.opening_fen} />
              </Descriptions.Item>
              <Descriptions.Item label={t('billing_payments.debits')}>
                <Money fen={d.debit_fen} />
              </Descriptions.Item>
              <Descriptions.Item label={t('billing_payments.credits')}>
                <Money fen={d.credit_fen} />
              </Descriptions.Item>
              <Descriptions.Item label={t('billing_payments.closing')}>
                <Money fen={d.closing_fen} strong />
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Table<StatementEntry>
            rowKey={(e) => `${e.kind}-${e.ref_id}`}
            size="small"
            pagination={false}
            dataSource={d.entries}
            scroll={{ x: 560 }}
            locale={{ emptyText: t('billing_payments.noEntries') }}
            columns={[
              { title: t('billing_payments.date'), dataIndex: 'date', width: 110 },
              { title: t('billing_payments.entry'), dataIndex: 'kind', render: (k: string) => t(`billing_payments.entryKinds.${k}`) },
              {
                title: t('billing_payments.reference'),
                dataIndex: 'reference',
                ellipsis: true,
                render: (r: string, e: StatementEntry) =>
                  e.kind === 'invoice' || e.kind === 'credit_note' ? <Link to={`/billing/invoices/${e.ref_id}`}>{r}</Link> : e.kind === 'payment' || e.kind === 'reversal' ? <Link to={`/billing/payments/${e.ref_id}`}>{r || '—'}</Link> : r,
              },
              { title: t('billing_payments.debit'), dataIndex: 'debit_fen', align: 'right', render: (v: number) => (v ? <Money fen={v} /> : '') },
              { title: t('billing_payments.credit'), dataIndex: 'credit_fen', align: 'right', render: (v: number) => (v ? <Money fen={v} /> : '') },
              { title: t('billing_payments.balance'), dataIndex: 'balance_fen', align: 'right', render: (v: number) => <Money fen={v} strong /> },
            ]}
          />
        </>
      )}
    </div>
  );
}
