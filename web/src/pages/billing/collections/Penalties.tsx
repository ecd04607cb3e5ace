// Late-payment penalties (违约金, R9.1.1) per overdue invoice: accrued at the contract's daily rate up
// to its cap, waived by finance with a reason, billed on the next invoice. Customers see their own
// overdue amounts and penalties here, with a notice when their service is suspended.
import { Alert, Card, Form, Input, Segmented, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Penalty, PenaltyDetail, Suspension } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import PageContainer from '../../../components/PageContainer';
import { RefSelect } from '../../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../../components/ServerTable';
import { fmtBp, fmtYuan } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useTableQuery } from '../../../lib/useTableQuery';
import { MoneyInput } from '../../contracts/shared';
import type { Page } from '../../../api/client';

type Modal = { kind: 'waive' | 'pause'; p: Penalty } | null;

/** For a customer: the suspensions of its service in force, as a notice above its penalties. */
function SuspendedNotice() {
  const { t } = useTranslation();
  const active = useApi<Page<Suspension>>('/api/v1/billing/suspensions', { status: 'active' });
  const rows = active.data?.results ?? [];
  if (!rows.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="suspension-notice"
      message={t('billing_collections.suspendedNotice')}
      description={rows.map((s) => (
        <div key={s.id}>
          <Link to={`/contracts/${s.contract_id}`} className="mono">
            {s.contract_number}
          </Link>{' '}
          · {t(`billing_collections.reason.${s.reason}`)}
          {s.reason === 'non_payment' && ` · ${t('billing_collections.overdue')} ${fmtYuan(s.overdue_fen)}`}
        </div>
      ))}
    />
  );
}

export default function Penalties() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const table = useTableQuery();
  const f = table.filters;
  const [modal, setModal] = useState<Modal>(null);
  const ref = useRef<ServerTableHandle>(null);
  const canWrite = !isCustomer && can('billing.write');
  const title = isCustomer ? t('nav.myPenalties') : t('nav.penalties');
  const done = () => {
    setModal(null);
    ref.current?.reload();
  };
  return (
    <PageContainer
      title={title}
      subTitle={t('billing_collections.penaltiesSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.finance') }, { title }]}
      testId="penalties-page"
    >
      {isCustomer && <SuspendedNotice />}
      <Card>
        <div className="filter-bar">
          <Segmented<string>
            value={f.waivable === 'true' ? 'waivable' : 'all'}
            onChange={(v) => table.setFilter('waivable', v === 'waivable' ? 'true' : undefined)}
            options={[
              { value: 'all', label: t('billing_collections.viewAll') },
              { value: 'waivable', label: t('billing_collections.viewWaivable') },
            ]}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('billing_collections.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          {!isCustomer && (
            <RefSelect kind="customers" placeholder={t('dcim.customer')} value={f.customer ? Number(f.customer) : undefined} onChange={(v) => table.setFilter('customer', v)} style={{ width: 240 }} />
          )}
        </div>
        <ServerTable<Penalty>
          ref={ref}
          path="/api/v1/billing/penalties"
          query={{ q: f.q, customer: f.customer, waivable: f.waivable }}
          filterKeys={['q', 'customer', 'waivable']}
          table={table}
          rowKey="invoice_id"
          testId="penalties-table"
          listKey="billing.penalties"
          exportName={t('nav.penalties')}
          emptyText={t('billing_collections.noPenalties')}
          columns={[
            { title: t('billing_collections.invoice'), dataIndex: 'invoice_number', fixed: 'left', render: (n: string) => <span className="mono">{n}</span> },
            ...(isCustomer ? [] : [{ title: t('dcim.customer'), dataIndex: 'customer_name', render: (n: string, p: Penalty) => <Link to={`/customers/${p.customer_id}`}>{n}</Link> }]),
            { title: t('billing_collections.contract'), dataIndex: 'contract_number', render: (n: string, p) => <Link to={`/contracts/${p.contract_id}`} className="mono">{n}</Link> },
            { title: t('billing_collections.dueDate'), dataIndex: 'due_date', render: (d: string) => <span className="nowrap">{d}</span> },
            { title: t('billing_collections.outstanding'), dataIndex: 'outstanding_fen', align: 'right', render: (v: number) => <span className="money">{fmtYuan(v)}</span> },
            {
              title: t('billing_collections.rate'),
              key: 'rate',
              render: (_, p) => (
                <Tooltip title={t('billing_collections.capOf', { cap: fmtBp(p.cap_bp), amount: fmtYuan(p.cap_fen) })}>
                  <span className="nowrap">{t('billing_collections.perDay', { rate: fmtBp(p.bp_per_day) })}</span>
                </Tooltip>
              ),
            },
            {
              title: t('billing_collections.accrued'),
              dataIndex: 'accrued_fen',
              align: 'right',
              render: (v: number, p) => (
                <Space size={4}>
                  <span className="money">{fmtYuan(v)}</span>
                  {p.paused && <Tag color="blue" bordered={false}>{t('billing_collections.paused')}</Tag>}
                </Space>
              ),
            },
            { title: t('billing_collections.accruedThrough'), dataIndex: 'accrued_through', render: (d: string | null) => d ?? '—' },
            { title: t('billing_collections.waived'), dataIndex: 'waived_fen', align: 'right', render: (v: number) => <span className="money">{fmtYuan(v)}</span> },
            { title: t('billing_collections.billed'), dataIndex: 'billed_fen', align: 'right', render: (v: number) => <span className="money">{fmtYuan(v)}</span> },
            { title: t('billing_collections.pending'), dataIndex: 'pending_fen', align: 'right', render: (v: number) => <span className="money">{fmtYuan(v)}</span> },
            ...(canWrite
              ? [
                  {
                    title: t('billing_collections.operations'),
                    key: 'actions',
                    fixed: 'right' as const,
                    render: (_: unknown, p: Penalty) => (
                      <Space size={4} wrap>
                        <Typography.Link disabled={p.waivable_fen <= 0} onClick={() => setModal({ kind: 'waive', p })} data-testid={`waive-${p.invoice_number}`}>
                          {t('billing_collections.waive')}
                        </Typography.Link>
                        <Typography.Link onClick={() => setModal({ kind: 'pause', p })}>{p.paused ? t('billing_collections.resume') : t('billing_collections.pause')}</Typography.Link>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<{ amount_fen: number; reason: string }>
        open={modal?.kind === 'waive'}
        title={modal ? t('billing_collections.waiveTitle', { number: modal.p.invoice_number }) : ''}
        okText={t('billing_collections.waive')}
        initialValues={modal ? { amount_fen: modal.p.waivable_fen } : undefined}
        onClose={() => setModal(null)}
        testId="waive-form"
        onSubmit={async (v) => {
          await api.post<PenaltyDetail>(`/api/v1/billing/invoices/${modal!.p.invoice_id}/penalties/waive`, { amount_fen: v.amount_fen, reason: v.reason.trim() });
          done();
        }}
      >
        <Typography.Paragraph type="secondary">
          {t('billing_collections.waiveHelp', { amount: fmtYuan(modal?.p.waivable_fen) })}
        </Typography.Paragraph>
        <Form.Item name="amount_fen" label={t('billing_collections.waiveAmount')} rules={[{ required: true, message: t('billing_collections.amountRequired') }]}>
          <MoneyInput min={0.01} max={(modal?.p.waivable_fen ?? 0) / 100} data-testid="waive-amount" />
        </Form.Item>
        <Form.Item name="reason" label={t('billing_collections.reasonLabel')} rules={[{ required: true, whitespace: true, message: t('billing_collections.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="waive-reason" />
        </Form.Item>
      </FormModal>
      <FormModal<{ paused: boolean; reason?: string }>
        open={modal?.kind === 'pause'}
        title={modal ? t(modal.p.paused ? 'billing_collections.resumeTitle' : 'billing_collections.pauseTitle', { number: modal.p.invoice_number }) : ''}
        okText={modal?.p.paused ? t('billing_collections.resume') : t('billing_collections.pause')}
        initialValues={{ paused: !modal?.p.paused }}
        onClose={() => setModal(null)}
        testId="pause-form"
        onSubmit={async (v) => {
          await api.post<PenaltyDetail>(`/api/v1/billing/invoices/${modal!.p.invoice_id}/penalties/pause`, { paused: !modal!.p.paused, reason: v.reason?.trim() ?? '' });
          done();
        }}
      >
        <Typography.Paragraph type="secondary">{t('billing_collections.pauseHelp')}</Typography.Paragraph>
        <Form.Item name="paused" hidden valuePropName="checked">
          <Switch />
        </Form.Item>
        {!modal?.p.paused && (
          <Form.Item name="reason" label={t('billing_collections.disputeReason')} rules={[{ required: true, whitespace: true, message: t('billing_collections.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        )}
      </FormModal>
    </PageContainer>
  );
}
