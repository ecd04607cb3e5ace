// One invoice or credit note (账单详情): the lines with their tax, the totals, the buyer and the
// seller as issued, credit notes, and finance's two actions (a credit note, the fapiao number).
import { App, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Segmented, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { InvoiceDetail as Detail, InvoiceLine, Invoice } from '../../../api/schema';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import PageContainer from '../../../components/PageContainer';
import { LoadError } from '../../../components/Results';
import { yuanToFen } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { fmtMilli, fmtRate, InvoiceStatus, KindTag, Money, useUnit } from './shared';

interface CreditValues {
  mode: 'amount' | 'lines';
  amount_yuan?: number;
  lines?: Record<string, number | undefined>;
  reason: string;
}

export default function InvoiceDetail() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { isCustomer } = useAuth();
  const unit = useUnit();
  const inv = useApi<Detail>(`/api/v1/billing/invoices/${id}`);
  const [modal, setModal] = useState<'credit' | 'fapiao' | null>(null);
  const [mode, setMode] = useState<'amount' | 'lines'>('amount');
  if (inv.error) return <LoadError error={inv.error} />;
  if (!inv.data) return <Skeleton active />;
  const d = inv.data;
  const listTitle = isCustomer ? t('nav.myBills') : t('nav.billingInvoices');
  const creditable = d.lines.filter((l) => l.amount_fen - l.credited_fen > 0);

  const submitCredit = async (v: CreditValues) => {
    const body: Record<string, unknown> = { reason: v.reason };
    if (mode === 'amount') body.amount_fen = yuanToFen(v.amount_yuan);
    else
      body.lines = Object.entries(v.lines ?? {})
        .filter(([, yuan]) => yuan)
        .map(([line, yuan]) => ({ line_id: Number(line), amount_fen: yuanToFen(yuan) }));
    const cn = await api.post<Detail>(`/api/v1/billing/invoices/${d.id}/credit-notes`, body);
    message.success(t('billing.creditNoteIssued', { number: cn.number }));
    inv.reload();
  };
  const submitFapiao = async (v: { fapiao_number: string }) => {
    inv.setData(await api.post<Detail>(`/api/v1/billing/invoices/${d.id}/fapiao`, v));
    message.success(t('billing.fapiaoRecorded'));
  };

  return (
    <PageContainer
      title={d.number}
      tags={
        <>
          <KindTag kind={d.kind} />
          <InvoiceStatus status={d.status} overdue={d.overdue} />
          {d.is_final && <Typography.Text type="secondary">{t('billing.final')}</Typography.Text>}
        </>
      }
      crumbs={[{ title: t('nav.group.finance') }, { title: listTitle, path: '/billing/invoices' }, { title: d.number }]}
      testId="invoice-detail"
      extra={
        <>
          <Button href={`/api/v1/billing/invoices/${d.id}/pdf?lang=${i18n.language === 'en-US' ? 'en-US' : 'zh-CN'}`} target="_blank" data-testid="invoice-pdf">
            {t('billing.pdf')}
          </Button>
          {d.actions.includes('credit_note') && (
            <Button onClick={() => setModal('credit')} data-testid="invoice-credit">
              {t('billing.issueCreditNote')}
            </Button>
          )}
          {d.actions.includes('record_fapiao') && (
            <Button onClick={() => setModal('fapiao')} data-testid="invoice-fapiao">
              {t('billing.recordFapiao')}
            </Button>
          )}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('billing.overview')}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('dcim.customer')}>{d.customer.name}</Descriptions.Item>
              <Descriptions.Item label={t('billing.contract')}>
                <Link to={`/contracts/${d.contract.id}`} className="mono">{d.contract.number}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('billing.period')}>{d.period_start} ~ {d.period_end}</Descriptions.Item>
              <Descriptions.Item label={t('billing.issueDate')}>{d.issue_date}</Descriptions.Item>
              <Descriptions.Item label={t('billing.dueDate')}>{d.due_date}</Descriptions.Item>
              <Descriptions.Item label={t('billing.fapiaoNumber')}>
                <span className="mono">{d.fapiao_number ?? '—'}</span>
              </Descriptions.Item>
              {d.original && (
                <Descriptions.Item label={t('billing.original')}>
                  <Link to={`/billing/invoices/${d.original.id}`} className="mono">{d.original.number}</Link>
                </Descriptions.Item>
              )}
              {d.reason && <Descriptions.Item label={t('billing.reason')}>{d.reason}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('billing.amounts')}>
            <Descriptions column={1} size="small" className="money-list">
              <Descriptions.Item label={t('billing.subtotal')}><Money fen={d.subtotal_fen} /></Descriptions.Item>
              <Descriptions.Item label={t('billing.tax')}><Money fen={d.tax_fen} /></Descriptions.Item>
              <Descriptions.Item label={t('billing.total')}><strong><Money fen={d.total_fen} /></strong></Descriptions.Item>
              {d.kind === 'invoice' && (
                <>
                  <Descriptions.Item label={t('billing.paid')}><Money fen={d.paid_fen} /></Descriptions.Item>
                  <Descriptions.Item label={t('billing.credited')}><Money fen={d.credited_fen} /></Descriptions.Item>
                  <Descriptions.Item label={t('billing.outstanding')}><strong data-testid="invoice-outstanding"><Money fen={d.outstanding_fen} /></strong></Descriptions.Item>
                </>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('billing.lines')}>
            <Table<InvoiceLine>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={d.lines}
              data-testid="invoice-lines"
              columns={[
                { title: '#', dataIndex: 'position', width: 40 },
                {
                  title: t('billing.item'),
                  render: (_, l) => (
                    <div>
                      <div>{l.description}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t(`billing.lineKind.${l.kind}`)}
                        {l.note === 'adjustment' ? ` · ${t('billing.adjustment')}` : ''}
                      </Typography.Text>
                    </div>
                  ),
                },
                { title: t('billing.period'), render: (_, l) => (l.period_start ? <span className="nowrap">{l.period_start} ~ {l.period_end}</span> : '—') },
                {
                  title: t('billing.quantity'),
                  align: 'right',
                  render: (_, l) => (
                    <span className="nowrap">
                      {fmtMilli(l.quantity_milli)} {unit(l.unit)}
                      {l.days != null && l.period_days != null && l.days !== l.period_days ? ` · ${t('billing.daysOf', { days: l.days, of: l.period_days })}` : ''}
                    </span>
                  ),
                },
                { title: t('billing.unitPrice'), dataIndex: 'unit_price_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
                { title: t('billing.amount'), dataIndex: 'amount_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
                { title: t('billing.taxRate'), dataIndex: 'tax_rate_bp', align: 'right', render: (v: number) => fmtRate(v) },
                { title: t('billing.tax'), dataIndex: 'tax_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
                { title: t('billing.lineTotal'), dataIndex: 'total_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('billing.buyer')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('billing.profile.name')}>{d.buyer.name}</Descriptions.Item>
              <Descriptions.Item label={t('billing.profile.taxpayerId')}><span className="mono">{d.buyer.taxpayer_id || '—'}</span></Descriptions.Item>
              <Descriptions.Item label={t('billing.profile.addressPhone')}>{[d.buyer.address, d.buyer.phone].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('billing.profile.bank')}>{[d.buyer.bank_name, d.buyer.bank_account].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('billing.seller')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('billing.profile.name')}>{d.seller.name || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('billing.profile.taxpayerId')}><span className="mono">{d.seller.taxpayer_id || '—'}</span></Descriptions.Item>
              <Descriptions.Item label={t('billing.profile.addressPhone')}>{d.seller.address_phone || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('billing.profile.bank')}>{d.seller.bank_account || '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        {d.credit_notes.length > 0 && (
          <Col span={24}>
            <Card title={t('billing.creditNotes')}>
              <Table<Invoice>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={d.credit_notes}
                columns={[
                  { title: t('billing.number'), dataIndex: 'number', render: (n: string, c) => <Link to={`/billing/invoices/${c.id}`} className="mono">{n}</Link> },
                  { title: t('billing.issueDate'), dataIndex: 'issue_date' },
                  { title: t('billing.reason'), dataIndex: 'reason' },
                  { title: t('billing.total'), dataIndex: 'total_fen', align: 'right', render: (v: number) => <Money fen={v} /> },
                ]}
              />
            </Card>
          </Col>
        )}
      </Row>

      <FormModal<CreditValues>
        open={modal === 'credit'}
        title={t('billing.issueCreditNote')}
        onClose={() => setModal(null)}
        onSubmit={submitCredit}
        alias={{ amount_fen: 'amount_yuan' }}
        testId="credit-note-modal"
      >
        <Form.Item label={t('billing.creditBy')}>
          <Segmented<'amount' | 'lines'>
            value={mode}
            onChange={setMode}
            options={[
              { value: 'amount', label: t('billing.creditByAmount') },
              { value: 'lines', label: t('billing.creditByLines') },
            ]}
          />
        </Form.Item>
        {mode === 'amount' ? (
          <Form.Item name="amount_yuan" label={t('billing.creditAmount')} extra={t('billing.creditAmountHint', { max: (d.total_fen - d.credited_fen) / 100 })} rules={[{ required: true }]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} addonAfter="元" data-testid="credit-amount" />
          </Form.Item>
        ) : (
          creditable.map((l) => (
            <Form.Item key={l.id} name={['lines', String(l.id)]} label={`${l.position}. ${l.description}`} extra={t('billing.lineCreditHint', { max: (l.amount_fen - l.credited_fen) / 100 })}>
              <InputNumber min={0.01} precision={2} max={(l.amount_fen - l.credited_fen) / 100} style={{ width: '100%' }} addonAfter="元" />
            </Form.Item>
          ))
        )}
        <Form.Item name="reason" label={t('billing.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="credit-reason" />
        </Form.Item>
      </FormModal>

      <FormModal<{ fapiao_number: string }>
        open={modal === 'fapiao'}
        title={t('billing.recordFapiao')}
        onClose={() => setModal(null)}
        onSubmit={submitFapiao}
        testId="fapiao-modal"
      >
        <Form.Item name="fapiao_number" label={t('billing.fapiaoNumber')} extra={t('billing.fapiaoHint')} rules={[{ required: true }, { pattern: /^\d{20}$/, message: t('billing.fapiaoHint') }]}>
          <Input maxLength={20} className="mono" data-testid="fapiao-number" />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
