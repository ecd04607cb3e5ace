// Payment reminders (催收提醒, R9.1.2) sent before, on and after each invoice's due date, once each:
// what was owed and the penalty so far when it went out.
import { Card, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import DateTime from '../../../components/DateTime';
import PageContainer from '../../../components/PageContainer';
import { RefSelect } from '../../../components/Ref';
import ServerTable from '../../../components/ServerTable';
import { fmtYuan } from '../../../lib/format';
import { useTableQuery } from '../../../lib/useTableQuery';
import { offsetText } from './shared';

export default function Reminders() {
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const table = useTableQuery();
  const f = table.filters;
  const title = t('nav.reminders');
  return (
    <PageContainer
      title={title}
      subTitle={t('billing_collections.remindersSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.finance') }, { title }]}
      testId="reminders-page"
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('billing_collections.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          {!isCustomer && (
            <RefSelect kind="customers" placeholder={t('dcim.customer')} value={f.customer ? Number(f.customer) : undefined} onChange={(v) => table.setFilter('customer', v)} style={{ width: 240 }} />
          )}
        </div>
        <ServerTable<Reminder>
          path="/api/v1/billing/reminders"
          query={{ q: f.q, customer: f.customer, invoice: f.invoice }}
          filterKeys={['q', 'customer', 'invoice']}
          table={table}
          testId="reminders-table"
          listKey="billing.reminders"
          exportName={t('nav.reminders')}
          emptyText={t('billing_collections.noReminders')}
          columns={[
            { title: t('billing_collections.sentAt'), dataIndex: 'sent_at', render: (v: string) => <DateTime value={v} /> },
            { title: t('billing_collections.invoice'), dataIndex: 'invoice_number', render: (n: string) => <span className="mono">{n}</span> },
            { title: t('billing_collections.which'), dataIndex: 'offset_days', render: (o: number) => <span className="nowrap">{offsetText(t, o)}</span> },
            { title: t('billing_collections.dueDate'), dataIndex: 'due_date', render: (d: string) => <span className="nowrap">{d}</span> },
            { title: t('billing_collections.outstanding'), dataIndex: 'outstanding_fen', align: 'right', render: (v: number) => <span className="money">{fmtYuan(v)}</span> },
            { title: t('billing_collections.penaltySoFar'), dataIndex: 'penalty_fen', align: 'right', render: (v: number) => <span className="money">{fmtYuan(v)}</span> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
