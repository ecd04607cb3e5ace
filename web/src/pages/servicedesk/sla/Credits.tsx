// SLA credits of a month (R9.2.1) with how each was computed; finance approves one as computed or
// adjusts it with a reason, and keeps each contract's credit table (the ladder of thresholds and the
// cap). Customers read their own credits and tables.
import { Button, Card, Empty, Form, Input, InputNumber, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import { useApi } from '../../../lib/useApi';
import { useSubmit } from '../../../lib/useSubmit';
import { ContractNumber, percent, StatusTag, target, useContractNumbers, yuan, type Credit } from './shared';

type Credits = components['schemas']['SlaCredits'];

/** The computation kept with each credit: the ladder, the cap and every service's share. */
interface Computation {
  cap_bp: number;
  services: { service: string; monthly_fee_fen: number; measured: boolean; availability_ppm: number | null; credit_bp: number; credit_fen: number }[];
}

function parseComputation(text: string): Computation | null {
  try {
    const c = JSON.parse(text) as Computation;
    return Array.isArray(c.services) ? c : null;
  } catch {
    return null;
  }
}

/** How a credit was computed, service by service: what the customer is shown (R9.2.1). */
function ComputationTable({ credit }: { credit: Credit }) {
  const { t } = useTranslation();
  const c = parseComputation(credit.computation);
  if (!c) return null;
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid={`credit-computation-${credit.id}`}>
      <Table
        rowKey="service"
        size="small"
        pagination={false}
        dataSource={c.services}
        scroll={{ x: 520 }}
        columns={[
          { title: t('servicedesk_sla.report.service'), dataIndex: 'service' },
          { title: t('servicedesk_sla.monthFee'), align: 'right', render: (_, s) => yuan(s.monthly_fee_fen) },
          { title: t('servicedesk_sla.availability'), align: 'right', render: (_, s) => (s.measured ? percent(s.availability_ppm) : t('servicedesk_sla.notMeasured')) },
          { title: t('servicedesk_sla.computation.share'), align: 'right', render: (_, s) => `${(s.credit_bp / 100).toFixed(2)} %` },
          { title: t('servicedesk_sla.computed'), align: 'right', render: (_, s) => yuan(s.credit_fen) },
        ]}
      />
      <Typography.Text type="secondary">
        {t('servicedesk_sla.computation.cap', { cap: (c.cap_bp / 100).toFixed(2), amount: yuan(credit.cap_fen), uncapped: yuan(credit.uncapped_fen) })}
      </Typography.Text>
    </Space>
  );
}
type CreditTable = components['schemas']['SlaCreditTable'];

function ReviewModal({ credit, onClose, onDone }: { credit: Credit | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'approve' | 'adjust'>('approve');
  return (
    <FormModal<{ amount_yuan?: number; reason?: string }>
      open={credit !== null}
      title={t('servicedesk_sla.review.title')}
      okText={t('servicedesk_sla.review.submit')}
      testId="credit-review-form"
      onClose={() => {
        setMode('approve');
        onClose();
      }}
      onSubmit={async (v) => {
        const body: Record<string, unknown> = { row_version: credit!.row_version };
        if (mode === 'adjust') {
          body.amount_fen = Math.round((v.amount_yuan ?? 0) * 100);
          body.reason = v.reason?.trim();
        }
        await api.post(`/api/v1/servicedesk/levels/credits/${credit!.id}/review`, body);
        setMode('approve');
        onDone();
      }}
      alias={{ amount_fen: 'amount_yuan' }}
    >
      {credit && (
        <Typography.Paragraph type="secondary">
          {t('servicedesk_sla.review.computed', { amount: yuan(credit.computed_fen), cap: yuan(credit.cap_fen) })}
        </Typography.Paragraph>
      )}
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} style={{ marginBottom: 12 }} data-testid="credit-review-mode">
        <Radio value="approve">{t('servicedesk_sla.review.approve')}</Radio>
        <Radio value="adjust">{t('servicedesk_sla.review.adjust')}</Radio>
      </Radio.Group>
      {mode === 'adjust' && (
        <>
          <Form.Item name="amount_yuan" label={t('servicedesk_sla.review.amount')} rules={[{ required: true, message: t('servicedesk_sla.review.amountRequired') }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="credit-review-amount" />
          </Form.Item>
          <Form.Item name="reason" label={t('servicedesk_sla.review.reason')} rules={[{ required: true, whitespace: true, message: t('servicedesk_sla.review.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount data-testid="credit-review-reason" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

/** A contract's credit table: read by everyone who sees the contract, set by finance. */
function TableModal({ contract, number, onClose }: { contract: number | null; number: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const editable = can('service_levels.review');
  const table = useApi<CreditTable>(contract == null ? null : `/api/v1/servicedesk/contracts/${contract}/credit-table`);
  if (contract == null || !table.data) return null;
  return (
    <FormModal<{ steps: { below: number; credit: number }[]; cap: number }>
      open
      title={t('servicedesk_sla.table.title', { contract: number })}
      okText={editable ? t('common.save') : t('servicedesk_sla.table.close')}
      testId="credit-table-form"
      onClose={onClose}
      initialValues={{
        steps: table.data.steps.map((s) => ({ below: s.below_bp / 100, credit: s.credit_bp / 100 })),
        cap: table.data.cap_bp / 100,
      }}
      onSubmit={async (v) => {
        if (!editable) return;
        await api.put(`/api/v1/servicedesk/contracts/${contract}/credit-table`, {
          steps: v.steps.map((s) => ({ below_bp: Math.round(s.below * 100), credit_bp: Math.round(s.credit * 100) })),
          cap_bp: Math.round(v.cap * 100),
        });
        onClose();
      }}
    >
      <Typography.Paragraph type="secondary">{t('servicedesk_sla.table.help')}</Typography.Paragraph>
      <Form.List name="steps">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} wrap align="baseline" data-testid={`credit-step-${i}`}>
                <Form.Item name={[f.name, 'below']} label={t('servicedesk_sla.table.below')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={100} precision={2} addonAfter="%" disabled={!editable} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'credit']} label={t('servicedesk_sla.table.credit')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={100} precision={2} addonAfter="%" disabled={!editable} style={{ width: 140 }} />
                </Form.Item>
                {editable && (
                  <Button type="link" danger onClick={() => remove(f.name)}>
                    {t('servicedesk_sla.table.remove')}
                  </Button>
                )}
              </Space>
            ))}
            {editable && (
              <Button onClick={() => add({ below: 99, credit: 10 })} style={{ marginBottom: 12 }} data-testid="credit-step-add">
                {t('servicedesk_sla.table.add')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Form.Item name="cap" label={t('servicedesk_sla.table.cap')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100} precision={2} addonAfter="%" disabled={!editable} style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}

export default function Credits({ month }: { month: string }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const reviewer = can('service_levels.review');
  const numbers = useContractNumbers();
  const credits = useApi<Credits>('/api/v1/servicedesk/levels/credits', { month });
  const [reviewing, setReviewing] = useState<Credit | null>(null);
  const [table, setTable] = useState<number | null>(null);
  const run = useSubmit();
  return (
    <Card
      size="small"
      title={t('servicedesk_sla.credits')}
      extra={
        reviewer && (
          <Button
            loading={run.submitting}
            data-testid="month-end"
            onClick={() => run.run(() => api.post('/api/v1/servicedesk/levels/month-end', { month })).then((r) => r && credits.reload())}
          >
            {t('servicedesk_sla.monthEnd')}
          </Button>
        )
      }
    >
      {run.alert}
      <Table<Credit>
        data-testid="service-levels-credits"
        rowKey="id"
        size="small"
        loading={credits.loading}
        dataSource={credits.data?.results ?? []}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={t('servicedesk_sla.noCredits')} /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (c) => <ComputationTable credit={c} />, rowExpandable: (c) => !!parseComputation(c.computation) }}
        columns={[
          { title: t('servicedesk_sla.contract'), render: (_, c) => <ContractNumber id={c.contract_id} numbers={numbers} /> },
          {
            title: t('servicedesk_sla.availability'),
            render: (_, c) => (c.measured ? percent(c.availability_ppm) : <StatusTag group="measure" status="unmeasured" />),
          },
          { title: t('servicedesk_sla.report.target'), align: 'right', render: (_, c) => target(c.target_bp) },
          { title: t('servicedesk_sla.monthFee'), align: 'right', render: (_, c) => yuan(c.month_fee_fen) },
          { title: t('servicedesk_sla.computed'), align: 'right', render: (_, c) => yuan(c.computed_fen) },
          { title: t('servicedesk_sla.amount'), align: 'right', render: (_, c) => yuan(c.amount_fen) },
          {
            title: t('servicedesk_sla.status'),
            render: (_, c) => (
              <Space direction="vertical" size={0}>
                <StatusTag group="statuses" status={c.status} />
                {c.adjust_reason && <Typography.Text type="secondary">{c.adjust_reason}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('servicedesk_sla.actionsColumn'),
            render: (_, c) => (
              <Space size={0} wrap>
                {reviewer && c.status === 'pending_review' && (
                  <Button type="link" size="small" onClick={() => setReviewing(c)} data-testid={`credit-review-${c.id}`}>
                    {t('servicedesk_sla.review.open')}
                  </Button>
                )}
                <Button type="link" size="small" onClick={() => setTable(c.contract_id)} data-testid={`credit-table-${c.contract_id}`}>
                  {t('servicedesk_sla.table.open')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ReviewModal credit={reviewing} onClose={() => setReviewing(null)} onDone={() => { setReviewing(null); credits.reload(); }} />
      <TableModal contract={table} number={table == null ? '' : numbers.get(table) ?? `#${table}`} onClose={() => setTable(null)} />
    </Card>
  );
}
