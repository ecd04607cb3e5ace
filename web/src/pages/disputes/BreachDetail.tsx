// One breach record (违约记录): who breached which clause, the evidence, the consequence chosen
// and what it caused (a pending charge on the next invoice, a suspension proposed to management).
import { Alert, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Select, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { BreachDetail as Detail } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime, { useBusinessTimeZone } from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import { fmtInstant, fmtYuan } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { BreachTag, CONSEQUENCES_OF, EVIDENCE_TYPES, RecordPicker, fmtOveruse, recordPath } from './shared';

interface StepValues {
  object_type?: string;
  object_id?: number;
  label?: string;
  consequence?: string;
  amount_yuan?: number;
  note?: string;
  reason?: string;
}

export default function BreachDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const state = useApi<Detail>(`/api/v1/breaches/${id}`);
  const [action, setAction] = useState<string | null>(null);
  const zone = useBusinessTimeZone();
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { breach: b, evidence, actions } = state.data;
  const title = isCustomer ? t('nav.myBreaches') : t('nav.breaches');
  const step = (a: string) => t(`disputes.breach.actions.${a}`);
  const o = b.overuse;
  // A breach detected from monitoring stores its figures; its description is said from them in
  // the reader's language and the business time zone.
  const description =
    b.description ||
    (o
      ? t('overuse.description', {
          from: fmtInstant(o.from, 'minutes', zone),
          to: fmtInstant(o.to, 'minutes', zone),
          metric: t(`overuse.metric.${o.metric}`),
          minutes: o.minutes,
          peak: fmtOveruse(o.metric, o.peak),
          limit: fmtOveruse(o.metric, o.limit),
        })
      : '');
  return (
    <PageContainer
      title={<span className="mono">{b.number}</span>}
      docTitle={b.number}
      tags={<BreachTag status={b.status} />}
      subTitle={b.customer_name}
      testId="breach-detail"
      crumbs={isCustomer ? [{ title, path: '/breaches' }, { title: b.number }] : [{ title: t('nav.group.business') }, { title, path: '/breaches' }, { title: b.number }]}
      extra={
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} type={a === 'decide' || a === 'confirm' ? 'primary' : 'default'} danger={a === 'dismiss'} onClick={() => setAction(a)} data-testid={`breach-${a}`}>
              {step(a)}
            </Button>
          ))}
        </Space>
      }
    >
      {b.status === 'proposed' && <Alert type="info" showIcon message={t('overuse.proposedHelp')} style={{ marginBottom: 16 }} data-testid="breach-proposed-help" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          {o && (
            <Card title={t('overuse.title')} style={{ marginBottom: 16 }} data-testid="breach-overuse">
              <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
                <Descriptions.Item label={t('overuse.metricLabel')} span={2}>
                  {t(`overuse.metric.${o.metric}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('overuse.period')} span={2}>
                  <DateTime value={o.from} /> – <DateTime value={o.to} />
                </Descriptions.Item>
                <Descriptions.Item label={t('overuse.minutes')}>{t('overuse.minutesValue', { count: o.minutes })}</Descriptions.Item>
                <Descriptions.Item label={t('overuse.peak')}>
                  <span className="mono" data-testid="overuse-peak">
                    {fmtOveruse(o.metric, o.peak)}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t('overuse.limit')}>
                  <span className="mono">{fmtOveruse(o.metric, o.limit)}</span>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
          <Card title={t('disputes.breach.overview')}>
            <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} data-testid="breach-overview">
              <Descriptions.Item label={t('disputes.contract')}>
                <Link to={`/contracts/${b.contract_id}`} className="mono">
                  {b.contract_number}
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('disputes.breach.party')}>{t(`disputes.breach.partyValue.${b.party}`)}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.breach.kindLabel')}>{t(`disputes.breach.kind.${b.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.breach.occurredOn')}>{b.occurred_on}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.breach.clause')} span={2}>
                {b.clause}
              </Descriptions.Item>
              <Descriptions.Item label={t('disputes.breach.description')} span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{description}</Typography.Paragraph>
              </Descriptions.Item>
              <Descriptions.Item label={t('disputes.createdAt')}>
                <DateTime value={b.created_at} />
              </Descriptions.Item>
              <Descriptions.Item label={t('disputes.createdBy')}>{b.created_by}</Descriptions.Item>
            </Descriptions>
          </Card>
          {b.consequence && (
            <Card title={t('disputes.breach.consequence')} style={{ marginTop: 16 }} data-testid="breach-consequence">
              <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
                <Descriptions.Item label={t('disputes.breach.consequence')}>{t(`disputes.breach.consequenceValue.${b.consequence}`)}</Descriptions.Item>
                {b.consequence_amount_fen !== null && b.consequence_amount_fen !== undefined && (
                  <Descriptions.Item label={t('disputes.breach.amountShort')}>
                    <span className="money">{fmtYuan(b.consequence_amount_fen)}</span>
                  </Descriptions.Item>
                )}
                {b.charge_id && <Descriptions.Item label={t('disputes.breach.effect')}>{t('disputes.breach.chargeCreated')}</Descriptions.Item>}
                {b.suspension_id && (
                  <Descriptions.Item label={t('disputes.breach.effect')}>
                    <Link to={`/billing/suspensions/${b.suspension_id}`}>{t('disputes.breach.suspensionProposed')}</Link>
                  </Descriptions.Item>
                )}
                {b.consequence_note && <Descriptions.Item label={t('disputes.outcomeNote')}>{b.consequence_note}</Descriptions.Item>}
                {b.dismissed_reason && (
                  <Descriptions.Item label={t('overuse.dismissedReason')} span={2}>
                    <span data-testid="breach-dismissed-reason">{b.dismissed_reason}</span>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('disputes.breach.decidedBy')}>
                  {b.decided_by}
                  {b.decided_at && (
                    <>
                      {' · '}
                      <DateTime value={b.decided_at} />
                    </>
                  )}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('disputes.breach.evidence')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={evidence}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('disputes.breach.noEvidence') }}
              data-testid="breach-evidence-table"
              columns={[
                { title: t('disputes.linkTypeLabel'), dataIndex: 'object_type', render: (v: string) => t(`disputes.breach.evidenceType.${v}`) },
                {
                  title: t('disputes.record'),
                  dataIndex: 'label',
                  render: (v: string, e) => {
                    const to = recordPath(e.object_type, e.object_id);
                    return to ? <Link to={to}>{v}</Link> : v;
                  },
                },
                { title: t('disputes.createdBy'), dataIndex: 'created_by' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <FormModal<StepValues>
        open={action !== null}
        title={action ? step(action) : ''}
        okText={action ? step(action) : undefined}
        initialValues={{ object_type: 'ticket', consequence: CONSEQUENCES_OF[b.party]?.[0] }}
        onClose={() => setAction(null)}
        testId="breach-step-form"
        alias={{ amount_fen: 'amount_yuan' }}
        onSubmit={async (v) => {
          if (action === 'evidence') {
            state.setData(await api.post<Detail>(`/api/v1/breaches/${b.id}/evidence`, { object_type: v.object_type, object_id: v.object_id, label: v.label?.trim() ?? '' }));
          } else if (action === 'decide') {
            const priced = v.consequence === 'penalty' || v.consequence === 'compensation';
            state.setData(
              await api.post<Detail>(`/api/v1/breaches/${b.id}/decision`, {
                consequence: v.consequence,
                amount_fen: priced && v.amount_yuan !== undefined ? Math.round(v.amount_yuan * 100) : undefined,
                note: v.note?.trim() ?? '',
              }),
            );
          } else if (action === 'confirm') {
            state.setData(await api.post<Detail>(`/api/v1/breaches/${b.id}/confirm`, {}));
          } else if (action === 'dismiss') {
            state.setData(await api.post<Detail>(`/api/v1/breaches/${b.id}/dismiss`, { reason: v.reason?.trim() ?? '' }));
          } else {
            state.setData(await api.post<Detail>(`/api/v1/breaches/${b.id}/close`, {}));
          }
        }}
      >
        {action === 'close' && <Typography.Paragraph>{t('disputes.breach.closeHelp')}</Typography.Paragraph>}
        {action === 'confirm' && <Typography.Paragraph>{t('overuse.confirmHelp')}</Typography.Paragraph>}
        {action === 'dismiss' && (
          <>
            <Typography.Paragraph type="secondary">{t('overuse.dismissHelp')}</Typography.Paragraph>
            <Form.Item name="reason" label={t('overuse.reason')} rules={[{ required: true, whitespace: true, message: t('overuse.reasonRequired') }]}>
              <Input.TextArea rows={3} maxLength={2000} showCount data-testid="breach-dismiss-reason" />
            </Form.Item>
          </>
        )}
        {action === 'evidence' && (
          <>
            <Form.Item name="object_type" label={t('disputes.linkTypeLabel')} rules={[{ required: true }]}>
              <Select options={EVIDENCE_TYPES.map((k) => ({ value: k, label: t(`disputes.breach.evidenceType.${k}`) }))} data-testid="evidence-type" />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, c) => a.object_type !== c.object_type}>
              {({ getFieldValue }) => {
                const type = getFieldValue('object_type');
                return (
                  <>
                    {(type === 'ticket' || type === 'invoice') && (
                      <Form.Item name="object_id" label={t('disputes.record')} rules={[{ required: true, message: t('disputes.sourceRequired') }]}>
                        <RecordPicker kind={type} testId="evidence-record" />
                      </Form.Item>
                    )}
                    {(type === 'alert' || type === 'entry') && (
                      <Form.Item name="object_id" label={t('disputes.breach.recordId')} rules={[{ required: true, message: t('disputes.sourceRequired') }]}>
                        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    )}
                    {type !== 'ticket' && type !== 'invoice' && (
                      <Form.Item name="label" label={t('disputes.breach.evidenceLabel')} rules={[{ required: true, whitespace: true, message: t('disputes.summaryRequired') }]}>
                        <Input maxLength={500} data-testid="evidence-label" />
                      </Form.Item>
                    )}
                  </>
                );
              }}
            </Form.Item>
          </>
        )}
        {action === 'decide' && (
          <>
            <Typography.Paragraph type="secondary">{t('disputes.breach.decideHelp')}</Typography.Paragraph>
            <Form.Item name="consequence" label={t('disputes.breach.consequence')} rules={[{ required: true }]}>
              <Select data-testid="breach-consequence-select" options={(CONSEQUENCES_OF[b.party] ?? []).map((k) => ({ value: k, label: t(`disputes.breach.consequenceValue.${k}`) }))} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, c) => a.consequence !== c.consequence}>
              {({ getFieldValue }) =>
                (getFieldValue('consequence') === 'penalty' || getFieldValue('consequence') === 'compensation') && (
                  <Form.Item name="amount_yuan" label={t('disputes.breach.amount')} rules={[{ required: true, message: t('disputes.amountRequired') }]}>
                    <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="breach-amount" />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item name="note" label={t('disputes.outcomeNote')}>
              <Input.TextArea rows={3} maxLength={2000} showCount data-testid="breach-note" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </PageContainer>
  );
}
