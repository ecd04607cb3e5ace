// Pieces shared by the contract pages: money and rate inputs, the line-items editor and table,
// the terms form and the vocabularies of the API.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Descriptions, Empty, Form, Input, InputNumber, Row, Select, Space, Switch, Table, Tag, Typography, type InputNumberProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem, ContractTerms, LineItem } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useApi } from '../../lib/useApi';
import { fmtBp, fmtYuan, yuanToFen } from '../../lib/format';

// The values come from the API document (api/types).
export { BILLING_CYCLES, CONTRACT_STATUSES, SERVICES } from '../../api/types';
import { BILLING_CYCLES, SERVICES } from '../../api/types';
export const SIDES = ['operator', 'customer'] as const;

type NumberInputProps = Omit<InputNumberProps<number>, 'value' | 'onChange'> & { value?: number | null; onChange?: (v: number | undefined) => void };

/** Money typed in yuan (two decimals) and kept as integer fen, the API's unit. */
export function MoneyInput({ value, onChange, ...rest }: NumberInputProps) {
  return (
    <InputNumber<number>
      min={0}
      max={1_000_000_000}
      precision={2}
      prefix="¥"
      style={{ width: '100%' }}
      {...rest}
      value={value == null ? null : value / 100}
      onChange={(v) => onChange?.(yuanToFen(v ?? undefined))}
    />
  );
}

/** A rate typed as a percentage and kept in basis points (99.90 % → 9990). */
export function BpInput({ value, onChange, ...rest }: NumberInputProps) {
  return (
    <InputNumber<number>
      min={0}
      max={100}
      precision={2}
      addonAfter="%"
      style={{ width: '100%' }}
      {...rest}
      value={value == null ? null : value / 100}
      onChange={(v) => onChange?.(v == null ? undefined : Math.round(v * 100))}
    />
  );
}

export function lineAmount(l: Pick<LineItem, 'quantity' | 'unit_price_fen'>): number {
  return (l.quantity ?? 0) * (l.unit_price_fen ?? 0);
}

/** Sums per billing cycle: "¥1,200.00 / month · ¥300.00 / year". */
export function useTotals() {
  const { t } = useTranslation();
  return (items: LineItem[]) => {
    const by = new Map<string, number>();
    for (const l of items ?? []) by.set(l.billing_cycle ?? 'monthly', (by.get(l.billing_cycle ?? 'monthly') ?? 0) + lineAmount(l));
    if (by.size === 0) return '—';
    return BILLING_CYCLES.filter((c) => by.has(c))
      .map((c) => `${fmtYuan(by.get(c))} ${t(`contracts.per.${c}`)}`)
      .join(' · ');
  };
}

/** The priced services of a contract version. */
export function LineItemsTable({ items, testId }: { items: LineItem[]; testId?: string }) {
  const { t } = useTranslation();
  const totals = useTotals();
  return (
    <Table<LineItem>
      rowKey={(_, i) => String(i)}
      size="small"
      pagination={false}
      dataSource={items}
      data-testid={testId}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
      columns={[
        { title: t('contracts.service'), dataIndex: 'service', render: (s: string) => t(`contracts.services.${s}`, { defaultValue: s }) },
        { title: t('common.description'), dataIndex: 'description', render: (d: string) => d || '—' },
        { title: t('contracts.quantity'), dataIndex: 'quantity', align: 'right' },
        { title: t('contracts.unitPrice'), dataIndex: 'unit_price_fen', align: 'right', render: (f: number) => <span className="money">{fmtYuan(f)}</span> },
        { title: t('contracts.billingCycle'), dataIndex: 'billing_cycle', render: (c: string) => t(`contracts.cycles.${c}`, { defaultValue: c }) },
        { title: t('contracts.amount'), align: 'right', render: (_, l) => <span className="money">{fmtYuan(lineAmount(l))}</span> },
      ]}
      summary={() =>
        items.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}>
              <Typography.Text strong>{t('contracts.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <Typography.Text strong className="money" data-testid="line-items-total">
                {totals(items)}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}

/** A price list item picked for a new line: the line takes its terms and its list price. */
function lineFromItem(i: CatalogueItem): Partial<LineItem> {
  return {
    service: i.service,
    description: i.name_zh,
    quantity: 1,
    unit_price_fen: i.price_fen ?? undefined,
    billing_cycle: i.billing_cycle,
    mode: i.mode,
    catalogue_item: i.code,
    unit: i.unit,
    tax_rate_bp: i.tax_rate_bp,
    metric: i.metric ?? undefined,
  };
}

/** Picks a published price list item by code or name (the list in force today). */
function CataloguePicker({ onPick }: { onPick: (i: CatalogueItem) => void }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const { data } = useApi<{ results: CatalogueItem[] }>('/api/v1/billing/catalogue', { q: q || undefined, limit: 50 });
  const items = data?.results ?? [];
  return (
    <Select<string>
      showSearch
      value={null as unknown as string}
      placeholder={t('billing_catalogue.fromCatalogue')}
      filterOption={false}
      onSearch={setQ}
      style={{ minWidth: 260 }}
      data-testid="line-items-catalogue"
      notFoundContent={t('billing_catalogue.pickItem')}
      onChange={(code) => {
        const item = items.find((i) => i.code === code);
        if (item) onPick(item);
        setQ('');
      }}
      options={items
        .filter((i) => i.price_fen != null)
        .map((i) => ({
          value: i.code,
          label: `${i.code} · ${i18n.language.startsWith('zh') ? i.name_zh : i.name_en} · ${fmtYuan(i.price_fen)}`,
        }))}
    />
  );
}

/** The list price of a line's item beside its price: "标准价 ¥300.00", and "协议价" when it differs. */
function ListPriceHint({ line }: { line?: Partial<LineItem> }) {
  const { t } = useTranslation();
  const code = line?.catalogue_item;
  const { data } = useApi<{ results: CatalogueItem[] }>(code ? '/api/v1/billing/catalogue' : null, { q: code ?? undefined, limit: 5 });
  const item = data?.results.find((i) => i.code === code);
  if (!code || !item || item.price_fen == null) return null;
  const list = item.billing_cycle === line?.billing_cycle ? item.price_fen : null;
  const negotiated = list != null && line?.unit_price_fen != null && line.unit_price_fen !== list;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="line-list-price">
      <span className="mono">{code}</span> · {t('billing_catalogue.listPrice')} {fmtYuan(item.price_fen)} {t(`contracts.per.${item.billing_cycle}`)}
      {negotiated && (
        <Tag color="blue" bordered={false} style={{ marginInlineStart: 6 }}>
          {t('billing_catalogue.negotiatedPrice')}
        </Tag>
      )}
    </Typography.Text>
  );
}

/** Editing the line items of a contract or a change agreement (`name` is the list's form path). */
export function LineItemsEditor({ name = 'line_items' }: { name?: string | (string | number)[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const items = (Form.useWatch(name, form) as LineItem[] | undefined) ?? [];
  const totals = useTotals();
  const { can } = useAuth();
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, v: LineItem[] | undefined) => {
            if (!v || v.length === 0) throw new Error(t('contracts.lineItemsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div className="line-items-editor" data-testid="line-items-editor">
          <Row gutter={8} className="line-items-head muted">
            <Col span={5}>{t('contracts.service')}</Col>
            <Col span={7}>{t('common.description')}</Col>
            <Col span={3}>{t('contracts.quantity')}</Col>
            <Col span={4}>{t('contracts.unitPrice')}</Col>
            <Col span={4}>{t('contracts.billingCycle')}</Col>
            <Col span={1} />
          </Row>
          {fields.map((field, i) => (
            <Row gutter={8} key={field.key} align="top" data-testid={`line-item-${i}`}>
              <Col span={5}>
                <Form.Item name={[field.name, 'service']} rules={[{ required: true }]}>
                  <Select options={SERVICES.map((s) => ({ value: s, label: t(`contracts.services.${s}`) }))} />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name={[field.name, 'description']}>
                  <Input maxLength={500} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item name={[field.name, 'quantity']} rules={[{ required: true }]}>
                  <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name={[field.name, 'unit_price_fen']} rules={[{ required: true, message: t('contracts.priceRequired') }]}>
                  <MoneyInput />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name={[field.name, 'billing_cycle']}>
                  <Select options={BILLING_CYCLES.map((c) => ({ value: c, label: t(`contracts.cycles.${c}`) }))} />
                </Form.Item>
              </Col>
              <Col span={1}>
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
              </Col>
              {items[i]?.catalogue_item && (
                <Col span={24} style={{ marginTop: -16, marginBottom: 8 }}>
                  <ListPriceHint line={items[i]} />
                </Col>
              )}
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Row justify="space-between" align="middle" style={{ marginTop: 4 }}>
            <Space wrap>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ service: 'other', description: '', quantity: 1, billing_cycle: 'monthly' })} data-testid="line-items-add">
                {t('contracts.addLineItem')}
              </Button>
              {can('catalogue.read') && <CataloguePicker onPick={(item) => add(lineFromItem(item))} />}
            </Space>
            <Typography.Text strong className="money">
              {t('contracts.total')}: {totals(items.filter(Boolean))}
            </Typography.Text>
          </Row>
        </div>
      )}
    </Form.List>
  );
}

/** The dates, renewal, SLA, penalty and confidentiality of a contract's terms. */
export function TermsFormItems() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  // A new start or term makes the server compute the end date again: the old one is cleared.
  const recompute = () => form.setFieldValue('end_date', undefined);
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name="effective_date" label={t('contracts.effectiveDate')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} onChange={recompute} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="term_months" label={t('applications.termMonths')} rules={[{ required: true }]}>
          <InputNumber min={1} max={120} precision={0} addonAfter={t('applications.monthUnit')} style={{ width: '100%' }} onChange={recompute} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="end_date" label={t('contracts.endDate')} extra={t('contracts.endDateHelp')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="auto_renew" label={t('contracts.autoRenew')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="notice_days" label={t('contracts.noticeDays')}>
          <InputNumber min={0} max={365} precision={0} addonAfter={t('contracts.dayUnit')} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="confidentiality_years" label={t('contracts.confidentialityYears')} extra={t('contracts.confidentialityHelp')}>
          <InputNumber min={1} max={50} precision={0} addonAfter={t('contracts.yearUnit')} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="sla_availability_bp" label={t('contracts.slaAvailability')}>
          <BpInput />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="sla_response_minutes" label={t('contracts.slaResponse')}>
          <InputNumber min={1} max={10080} precision={0} addonAfter={t('contracts.minuteUnit')} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="late_fee_bp_per_day" label={t('contracts.lateFee')} extra={t('contracts.lateFeeHelp')}>
          <BpInput addonAfter={t('contracts.percentPerDay')} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The terms of one version: dates, SLA, penalty, confidentiality, then the line items. */
export function TermsView({ terms, confidentialityUntil }: { terms: ContractTerms; confidentialityUntil?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }} data-testid="terms">
        <Descriptions.Item label={t('contracts.effectiveDate')}>{terms.effective_date}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.endDate')}>{terms.end_date}</Descriptions.Item>
        <Descriptions.Item label={t('applications.termMonths')}>{t('applications.months', { count: terms.term_months })}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.autoRenew')}>{terms.auto_renew ? t('common.yes') : t('common.no')}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.noticeDays')}>{t('contracts.days', { count: terms.notice_days })}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.currency')}>{terms.currency}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.slaAvailability')}>{fmtBp(terms.sla_availability_bp)}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.slaResponse')}>{t('contracts.minutes', { count: terms.sla_response_minutes })}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.lateFee')}>
          {fmtBp(terms.late_fee_bp_per_day)} {t('contracts.perDay')}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.confidentiality')}>
          {t('contracts.confidentialityTerm', { years: terms.confidentiality_years })}
          {confidentialityUntil && <span className="muted"> · {t('contracts.until', { date: confidentialityUntil })}</span>}
        </Descriptions.Item>
      </Descriptions>
      <LineItemsTable items={terms.line_items} testId="line-items" />
    </>
  );
}

/** The contract's request body: dates as YYYY-MM-DD, empty fields left to the server's defaults. */
export function contractBody(values: object): Record<string, unknown> {
  const v = values as Record<string, unknown> & { line_items?: Partial<LineItem>[] };
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined || val === null || val === '') continue;
    out[k] = dayjs.isDayjs(val) ? val.format('YYYY-MM-DD') : val;
  }
  if (v.line_items) {
    // How a line is billed and the price list item it came from go back as they were, so that a
    // change agreement copying the lines in force keeps them.
    const billed = ['mode', 'catalogue_item', 'unit', 'tax_rate_bp', 'metric', 'p95_basis', 'included_quantity'] as const;
    out.line_items = v.line_items.map((l) => {
      const line: Record<string, unknown> = {
        service: l.service,
        description: l.description ?? '',
        quantity: l.quantity ?? 1,
        unit_price_fen: l.unit_price_fen,
        billing_cycle: l.billing_cycle ?? 'monthly',
      };
      for (const k of billed) if (l[k] !== undefined && l[k] !== null) line[k] = l[k];
      return line;
    });
  }
  return out;
}

