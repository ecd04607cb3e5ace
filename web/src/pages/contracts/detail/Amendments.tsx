// Change agreements (变更协议, R11.1) of a contract: each with what it changes and its own steps,
// and the form that proposes one.
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Divider, Empty, Form, Input, InputNumber, Row, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Amendment, Contract, ContractTerms } from '../../../api/types';
import FormModal from '../../../components/FormModal';
import StatusTag from '../../../components/StatusTag';
import WorkflowTimeline from '../../../components/WorkflowTimeline';
import { fmtBp, businessToday, fmtInstant } from '../../../lib/format';
import { RiseLines } from '../../billing/catalogue/shared';
import { BpInput, contractBody, LineItemsEditor, LineItemsTable } from '../shared';

/** What a change agreement changes, field by field. */
function ChangesView({ changes }: { changes: Amendment['changes'] }) {
  const { t } = useTranslation();
  const rows: [string, React.ReactNode][] = [];
  if (changes.end_date) rows.push([t('contracts.endDate'), changes.end_date]);
  if (changes.term_months != null) rows.push([t('applications.termMonths'), t('applications.months', { count: changes.term_months })]);
  if (changes.auto_renew != null) rows.push([t('contracts.autoRenew'), changes.auto_renew ? t('common.yes') : t('common.no')]);
  if (changes.notice_days != null) rows.push([t('contracts.noticeDays'), t('contracts.days', { count: changes.notice_days })]);
  if (changes.sla_availability_bp != null) rows.push([t('contracts.slaAvailability'), fmtBp(changes.sla_availability_bp)]);
  if (changes.sla_response_minutes != null) rows.push([t('contracts.slaResponse'), t('contracts.minutes', { count: changes.sla_response_minutes })]);
  if (changes.late_fee_bp_per_day != null) rows.push([t('contracts.lateFee'), `${fmtBp(changes.late_fee_bp_per_day)} ${t('contracts.perDay')}`]);
  if (changes.confidentiality_years != null) rows.push([t('contracts.confidentiality'), t('contracts.confidentialityTerm', { years: changes.confidentiality_years })]);
  return (
    <>
      {rows.length > 0 && (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          {rows.map(([k, v]) => (
            <Descriptions.Item key={k} label={k}>
              {v}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {changes.line_items && (
        <>
          <Typography.Text type="secondary">{t('contracts.newLineItems')}</Typography.Text>
          <LineItemsTable items={changes.line_items} />
        </>
      )}
    </>
  );
}

/** A price change (R8.3): the raised lines, the notice sent and the earliest day it may apply. */
function PriceNotice({ a }: { a: Amendment }) {
  const { t } = useTranslation();
  const waiting = a.status === 'proposed_by_operator';
  return (
    <Alert
      type={waiting ? 'info' : 'success'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid={`amendment-${a.number}-price-change`}
      message={
        <Space wrap>
          <Tag color="orange" bordered={false}>
            {t('billing_catalogue.priceChange')}
          </Tag>
          {a.notified_at && <span>{t('billing_catalogue.noticeSent', { at: fmtInstant(a.notified_at) })}</span>}
          {a.earliest_date && <span>{t('billing_catalogue.earliestDate', { date: a.earliest_date })}</span>}
          {waiting && <span>{t('billing_catalogue.awaitingCustomer')}</span>}
        </Space>
      }
      description={<RiseLines rises={a.price_rises} />}
    />
  );
}

function AmendmentCard({ a, onAction }: { a: Amendment; onAction: (a: Amendment, action: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`amendment-${a.number}`}
      title={
        <Space wrap>
          <span>{t('amendments.title', { number: a.number })}</span>
          <StatusTag kind="amendment" value={a.status} />
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {a.summary}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {a.actions.map((x) => (
            <Button key={x} size="small" type={x === 'agree' ? 'primary' : 'default'} danger={x === 'reject'} onClick={() => onAction(a, x)} data-testid={`amendment-${a.number}-${x}`}>
              {t(`amendments.actions.${x}`)}
            </Button>
          ))}
        </Space>
      }
    >
      {a.status === 'lapsed' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={a.price_change && a.proposed_by.side === 'operator' ? t('billing_catalogue.lapsedHelp') : t('amendments.lapsedHelp')}
          data-testid={`amendment-${a.number}-lapsed`}
        />
      )}
      {a.price_change && <PriceNotice a={a} />}
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('amendments.proposedBy')}>
          {t(`contracts.sides.${a.proposed_by.side}`)} · {a.proposed_by.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('amendments.effectiveDate')}>{a.effective_date}</Descriptions.Item>
        <Descriptions.Item label={t('amendments.version')}>{a.version != null ? `v${a.version}` : '—'}</Descriptions.Item>
        {a.rights_duties && (
          <Descriptions.Item label={t('amendments.rightsDuties')} span={3}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{a.rights_duties}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Divider orientation="left" orientationMargin={0} plain style={{ margin: '8px 0' }}>
        {t('amendments.changes')}
      </Divider>
      <ChangesView changes={a.changes} />
      <Divider orientation="left" orientationMargin={0} plain style={{ margin: '8px 0' }}>
        {t('applications.timeline')}
      </Divider>
      <WorkflowTimeline steps={a.timeline} />
    </Card>
  );
}

/** The contract's agreements, newest first, each with the actions the viewer may take. */
export function AmendmentList({ amendments, onAction }: { amendments: Amendment[]; onAction: (a: Amendment, action: string) => void }) {
  const { t } = useTranslation();
  return amendments.length ? (
    <div data-testid="amendments">
      {[...amendments].reverse().map((a) => (
        <AmendmentCard key={a.id} a={a} onAction={onAction} />
      ))}
    </div>
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('amendments.empty')} />
  );
}

/** The earliest day a change may take effect: today, or the contract's first day if later. */
function firstChangeDay(c: Contract): Dayjs {
  const today = businessToday();
  const start = dayjs(c.effective_date);
  return start.isAfter(today) ? start : today;
}

interface AmendmentValues {
  effective_date: Dayjs;
  summary: string;
  rights_duties?: string;
  change_items?: boolean;
  changes: Partial<Omit<ContractTerms, 'end_date' | 'auto_renew'>> & { end_date?: Dayjs; auto_renew?: 'yes' | 'no' };
}

/** Proposing a change agreement: from when, what about, the rights and duties, and the changes. */
export function AmendmentForm({ open, contract: c, onClose, onDone }: { open: boolean; contract: Contract; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [items, setItems] = useState(false);
  return (
    <FormModal<AmendmentValues>
      open={open}
      title={t('amendments.propose')}
      okText={t('amendments.submit')}
      width={980}
      initialValues={{ effective_date: firstChangeDay(c), changes: { line_items: c.terms.line_items } }}
      onClose={() => {
        setItems(false);
        onClose();
      }}
      testId="amendment-form"
      onSubmit={async (v) => {
        const ch = v.changes ?? {};
        const changes: Record<string, unknown> = {};
        if (ch.end_date) changes.end_date = ch.end_date.format('YYYY-MM-DD');
        if (ch.auto_renew) changes.auto_renew = ch.auto_renew === 'yes';
        for (const k of ['term_months', 'notice_days', 'sla_availability_bp', 'sla_response_minutes', 'late_fee_bp_per_day', 'confidentiality_years'] as const)
          if (ch[k] != null) changes[k] = ch[k];
        if (v.change_items) changes.line_items = (contractBody({ line_items: ch.line_items ?? [] }).line_items as unknown[]) ?? [];
        await api.post(`/api/v1/contracts/${c.id}/amendments`, {
          effective_date: v.effective_date.format('YYYY-MM-DD'),
          summary: v.summary.trim(),
          rights_duties: v.rights_duties?.trim() ?? '',
          changes,
        });
        message.success(t('amendments.proposed'));
        onDone();
      }}
    >
      <Typography.Paragraph type="secondary">{t('amendments.help')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="effective_date" label={t('amendments.effectiveDate')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(businessToday())} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="summary" label={t('amendments.summary')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="rights_duties" label={t('amendments.rightsDuties')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Divider orientation="left" orientationMargin={0}>
        {t('amendments.changes')}
      </Divider>
      <Typography.Paragraph type="secondary">{t('amendments.changesHelp')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'end_date']} label={t('contracts.endDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'term_months']} label={t('applications.termMonths')}>
            <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'auto_renew']} label={t('contracts.autoRenew')}>
            <Select
              allowClear
              placeholder={t('amendments.unchanged')}
              options={[
                { value: 'yes', label: t('common.yes') },
                { value: 'no', label: t('common.no') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'notice_days']} label={t('contracts.noticeDays')}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'sla_availability_bp']} label={t('contracts.slaAvailability')}>
            <BpInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'sla_response_minutes']} label={t('contracts.slaResponse')}>
            <InputNumber min={1} max={10080} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'late_fee_bp_per_day']} label={t('contracts.lateFee')}>
            <BpInput addonAfter={t('contracts.percentPerDay')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['changes', 'confidentiality_years']} label={t('contracts.confidentialityYears')}>
            <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="change_items" valuePropName="checked" label={t('amendments.changeLineItems')}>
        <Switch onChange={setItems} />
      </Form.Item>
      {items && <LineItemsEditor name={['changes', 'line_items']} />}
    </FormModal>
  );
}
