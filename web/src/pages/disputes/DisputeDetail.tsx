// One dispute case (争议): the claim and its source, the forum with its case number and hearing,
// the negotiation log, deadlines, linked records, the outcome, and the steps the reader may take.
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Popconfirm, Row, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { DisputeDetail as Detail } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import { fmtYuan } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { DisputeTag, ENTRY_KINDS, FORUM_KINDS, LINK_TYPES, OUTCOMES, RecordPicker, recordPath } from './shared';

interface StepValues {
  kind?: string;
  on_date?: Dayjs;
  summary?: string;
  amount_yuan?: number;
  title?: string;
  due_date?: Dayjs;
  object_type?: string;
  object_id?: number;
  forum_kind?: string;
  forum_name?: string;
  case_number?: string;
  hearing_date?: Dayjs;
  reason?: string;
  outcome?: string;
  note?: string;
  end_date?: Dayjs;
  plan?: { due_date?: Dayjs; amount_yuan?: number }[];
}

const day = (d?: Dayjs) => (d ? d.format('YYYY-MM-DD') : undefined);
const fen = (yuan?: number) => (yuan === undefined || yuan === null ? undefined : Math.round(yuan * 100));

// The request of each step, from the form's values.
function request(action: string, v: StepValues): [string, Record<string, unknown>] {
  switch (action) {
    case 'log':
      return ['entries', { kind: v.kind, on_date: day(v.on_date), summary: v.summary?.trim() ?? '', amount_fen: fen(v.amount_yuan) }];
    case 'deadline':
      return ['deadlines', { title: v.title?.trim() ?? '', due_date: day(v.due_date) }];
    case 'link':
      return ['links', { object_type: v.object_type, object_id: v.object_id }];
    case 'escalate':
      return ['escalate', { forum_kind: v.forum_kind, forum_name: v.forum_name?.trim() ?? '', case_number: v.case_number?.trim() || undefined, hearing_date: day(v.hearing_date) }];
    case 'case':
      return ['case', { case_number: v.case_number?.trim() || undefined, hearing_date: day(v.hearing_date) }];
    case 'hold':
      return ['hold', { legal_hold: true, reason: v.reason?.trim() ?? '' }];
    case 'release':
      return ['hold', { legal_hold: false }];
    default:
      return [
        'close',
        {
          outcome: v.outcome,
          amount_fen: v.outcome === 'credit' ? fen(v.amount_yuan) : undefined,
          note: v.note?.trim() ?? '',
          end_date: v.outcome === 'termination' ? day(v.end_date) : undefined,
          plan: v.outcome === 'payment_plan' ? (v.plan ?? []).map((i) => ({ due_date: day(i.due_date), amount_fen: fen(i.amount_yuan) })) : undefined,
        },
      ];
  }
}

export default function DisputeDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { isCustomer } = useAuth();
  const state = useApi<Detail>(`/api/v1/disputes/${id}`);
  const [action, setAction] = useState<string | null>(null);
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const { dispute: d, entries, deadlines, links, actions, plan } = state.data;
  const title = isCustomer ? t('nav.myDisputes') : t('nav.disputes');
  const canWrite = actions.includes('log');
  const step = (a: string) => t(`disputes.actions.${a}`);
  return (
    <PageContainer
      title={<span className="mono">{d.number}</span>}
      docTitle={d.number}
      tags={
        <Space size={4}>
          <DisputeTag status={d.status} />
          {d.legal_hold && (
            <Tag color="purple" bordered={false} data-testid="dispute-hold-tag">
              {t('disputes.legalHold')}
            </Tag>
          )}
        </Space>
      }
      subTitle={d.customer_name}
      testId="dispute-detail"
      crumbs={isCustomer ? [{ title, path: '/disputes' }, { title: d.number }] : [{ title: t('nav.group.business') }, { title, path: '/disputes' }, { title: d.number }]}
      extra={
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} type={a === 'close' ? 'primary' : 'default'} danger={a === 'escalate'} onClick={() => setAction(a)} data-testid={`dispute-${a}`}>
              {step(a)}
            </Button>
          ))}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('disputes.overview')}>
            <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} data-testid="dispute-overview">
              <Descriptions.Item label={t('disputes.contract')}>
                <Link to={`/contracts/${d.contract_id}`} className="mono">
                  {d.contract_number}
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('disputes.source')}>{[t(`disputes.sourceType.${d.source_type}`), d.source_number].filter(Boolean).join(' ')}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.raisedBy')}>{t(`disputes.raisedByValue.${d.raised_by}`)}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.amountShort')}>
                <span className="money">{fmtYuan(d.amount_fen)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('disputes.claim')} span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{d.claim}</Typography.Paragraph>
              </Descriptions.Item>
              {d.forum_kind && (
                <>
                  <Descriptions.Item label={t('disputes.forum')}>
                    {t(`disputes.forumKind.${d.forum_kind}`)} · {d.forum_name}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('disputes.caseNumber')}>{d.case_number ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('disputes.hearingDate')}>{d.hearing_date ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('disputes.escalatedAt')}>{d.escalated_at ? <DateTime value={d.escalated_at} /> : '—'}</Descriptions.Item>
                </>
              )}
              <Descriptions.Item label={t('disputes.legalHold')}>{d.legal_hold ? t('disputes.holdOn', { reason: d.hold_reason ?? '' }) : t('disputes.holdOff')}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.createdAt')}>
                <DateTime value={d.created_at} />
              </Descriptions.Item>
              <Descriptions.Item label={t('disputes.createdBy')}>{d.created_by}</Descriptions.Item>
            </Descriptions>
          </Card>
          {d.outcome && (
            <Card title={t('disputes.outcome')} style={{ marginTop: 16 }} data-testid="dispute-outcome">
              <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
                <Descriptions.Item label={t('disputes.outcome')}>{t(`disputes.outcomeValue.${d.outcome}`)}</Descriptions.Item>
                <Descriptions.Item label={t('disputes.closedAt')}>{d.closed_at ? <DateTime value={d.closed_at} /> : '—'}</Descriptions.Item>
                {d.outcome_amount_fen !== null && d.outcome_amount_fen !== undefined && (
                  <Descriptions.Item label={t('disputes.creditLabel')}>
                    <span className="money">{fmtYuan(d.outcome_amount_fen)}</span>
                    {d.credit_charge_id && <Typography.Text type="secondary"> · {t('disputes.creditCreated')}</Typography.Text>}
                  </Descriptions.Item>
                )}
                {d.outcome_note && <Descriptions.Item label={t('disputes.outcomeNote')}>{d.outcome_note}</Descriptions.Item>}
                {plan && (
                  <Descriptions.Item label={t('disputes.plan.title')} span={2}>
                    <Space direction="vertical" size={2} data-testid="dispute-plan">
                      {plan.instalments.map((i) => (
                        <span key={i.seq}>
                          {t('disputes.plan.instalment', { seq: i.seq })} · {i.due_date} · <span className="money">{fmtYuan(i.amount_fen)}</span>
                        </span>
                      ))}
                      {plan.lapsed_at ? (
                        <Typography.Text type="danger">{t('disputes.plan.lapsed')}</Typography.Text>
                      ) : (
                        <Typography.Text type="secondary">{t('disputes.plan.inForce')}</Typography.Text>
                      )}
                    </Space>
                  </Descriptions.Item>
                )}
                {d.termination_request_id && (
                  <Descriptions.Item label={t('disputes.terminationRequest')}>
                    <Link to={`/contracts/${d.contract_id}`} data-testid="dispute-termination-request">
                      {t('disputes.terminationRequestOpened')}
                    </Link>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
          )}
          <Card title={t('disputes.log')} style={{ marginTop: 16 }}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={entries}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('disputes.noEntries') }}
              data-testid="dispute-entries"
              columns={[
                { title: t('disputes.onDate'), dataIndex: 'on_date', width: 110 },
                { title: t('disputes.entryKindLabel'), dataIndex: 'kind', width: 80, render: (v: string) => t(`disputes.entryKind.${v}`) },
                { title: t('disputes.summary'), dataIndex: 'summary', render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> },
                { title: t('disputes.amountShort'), dataIndex: 'amount_fen', align: 'right', render: (v: number | null) => (v === null || v === undefined ? '—' : <span className="money">{fmtYuan(v)}</span>) },
                { title: t('disputes.createdBy'), dataIndex: 'created_by' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('disputes.deadlines')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={deadlines}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('disputes.noDeadlines') }}
              data-testid="dispute-deadlines"
              columns={[
                { title: t('disputes.deadlineTitle'), dataIndex: 'title', render: (v: string) => (v === 'respond' ? t('disputes.respondTitle') : v) },
                { title: t('disputes.dueDate'), dataIndex: 'due_date', width: 110 },
                {
                  title: t('disputes.doneAt'),
                  dataIndex: 'done_at',
                  render: (v: string | null, row) =>
                    v ? (
                      <DateTime value={v} />
                    ) : canWrite ? (
                      <Button
                        size="small"
                        data-testid={`deadline-done-${row.id}`}
                        onClick={async () => state.setData(await api.post<Detail>(`/api/v1/disputes/${d.id}/deadlines/${row.id}/done`, {}))}
                      >
                        {t('disputes.markDone')}
                      </Button>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          </Card>
          <Card title={t('disputes.links')} style={{ marginTop: 16 }}>
            {d.legal_hold && <Alert type="info" showIcon message={t('disputes.holdHelp')} style={{ marginBottom: 12 }} />}
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={links}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('disputes.noLinks') }}
              data-testid="dispute-links"
              columns={[
                { title: t('disputes.linkTypeLabel'), dataIndex: 'object_type', width: 80, render: (v: string) => t(`disputes.linkType.${v}`) },
                {
                  title: t('disputes.record'),
                  dataIndex: 'label',
                  render: (v: string, l) => {
                    const to = recordPath(l.object_type, l.object_id);
                    return to ? (
                      <Link className="mono" to={to}>
                        {v}
                      </Link>
                    ) : (
                      <span className="mono">{v}</span>
                    );
                  },
                },
                ...(canWrite && !d.legal_hold
                  ? [
                      {
                        title: '',
                        key: 'remove',
                        width: 70,
                        render: (_: unknown, l: { id: number }) => (
                          <Popconfirm
                            title={t('disputes.unlinkConfirm')}
                            onConfirm={async () => {
                              try {
                                await api.del(`/api/v1/disputes/${d.id}/links/${l.id}`);
                                state.reload();
                              } catch (e) {
                                message.error((e as Error).message);
                              }
                            }}
                          >
                            <Button size="small" type="link" danger>
                              {t('disputes.unlink')}
                            </Button>
                          </Popconfirm>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
      <FormModal<StepValues>
        open={action !== null}
        title={action ? step(action) : ''}
        okText={action ? step(action) : undefined}
        initialValues={{ kind: 'meeting', object_type: 'invoice', forum_kind: 'arbitration', outcome: 'no_change', case_number: d.case_number ?? undefined, forum_name: d.forum_name ?? undefined }}
        onClose={() => setAction(null)}
        testId="dispute-step-form"
        alias={{ amount_fen: 'amount_yuan' }}
        onSubmit={async (v) => {
          if (!action) return;
          const [tail, body] = request(action, v);
          state.setData(await api.post<Detail>(`/api/v1/disputes/${d.id}/${tail}`, body));
        }}
      >
        {action && t(`disputes.actionHelp.${action}`, { defaultValue: '' }) && <Typography.Paragraph type="secondary">{t(`disputes.actionHelp.${action}`)}</Typography.Paragraph>}
        {action === 'hold' && <Typography.Paragraph type="secondary">{t('disputes.holdHelp')}</Typography.Paragraph>}
        {action === 'release' && <Typography.Paragraph type="secondary">{t('disputes.releaseHelp')}</Typography.Paragraph>}
        {action === 'log' && (
          <>
            <Form.Item name="kind" label={t('disputes.entryKindLabel')} rules={[{ required: true }]}>
              <Select options={ENTRY_KINDS.map((k) => ({ value: k, label: t(`disputes.entryKind.${k}`) }))} data-testid="entry-kind" />
            </Form.Item>
            <Form.Item name="on_date" label={t('disputes.onDate')} rules={[{ required: true, message: t('disputes.dateRequired') }]}>
              <DatePicker style={{ width: '100%' }} data-testid="entry-date" />
            </Form.Item>
            <Form.Item name="summary" label={t('disputes.summary')} rules={[{ required: true, whitespace: true, message: t('disputes.summaryRequired') }]}>
              <Input.TextArea rows={4} maxLength={4000} showCount data-testid="entry-summary" />
            </Form.Item>
            <Form.Item name="amount_yuan" label={t('disputes.entryAmount')}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {action === 'deadline' && (
          <>
            <Form.Item name="title" label={t('disputes.deadlineTitle')} rules={[{ required: true, whitespace: true, message: t('disputes.titleRequired') }]}>
              <Input maxLength={200} data-testid="deadline-title" />
            </Form.Item>
            <Form.Item name="due_date" label={t('disputes.dueDate')} rules={[{ required: true, message: t('disputes.dateRequired') }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {action === 'link' && (
          <>
            <Form.Item name="object_type" label={t('disputes.linkTypeLabel')} rules={[{ required: true }]}>
              <Select options={LINK_TYPES.map((k) => ({ value: k, label: t(`disputes.linkType.${k}`) }))} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.object_type !== b.object_type}>
              {({ getFieldValue }) => (
                <Form.Item name="object_id" label={getFieldValue('object_type') === 'entry' ? t('disputes.breach.recordId') : t('disputes.record')} rules={[{ required: true, message: t('disputes.sourceRequired') }]}>
                  {getFieldValue('object_type') === 'entry' ? <InputNumber min={1} precision={0} style={{ width: '100%' }} /> : <RecordPicker kind={getFieldValue('object_type')} testId="link-record" />}
                </Form.Item>
              )}
            </Form.Item>
          </>
        )}
        {(action === 'escalate' || action === 'case') && (
          <>
            {action === 'escalate' && (
              <>
                <Form.Item name="forum_kind" label={t('disputes.forumKindLabel')} rules={[{ required: true }]}>
                  <Select options={FORUM_KINDS.map((k) => ({ value: k, label: t(`disputes.forumKind.${k}`) }))} data-testid="escalate-kind" />
                </Form.Item>
                <Form.Item name="forum_name" label={t('disputes.forumName')} extra={t('disputes.forumNameHelp')} rules={[{ required: true, whitespace: true, message: t('disputes.forumNameRequired') }]}>
                  <Input maxLength={200} data-testid="escalate-forum" />
                </Form.Item>
              </>
            )}
            <Form.Item name="case_number" label={t('disputes.caseNumber')}>
              <Input maxLength={100} data-testid="escalate-case-number" />
            </Form.Item>
            <Form.Item name="hearing_date" label={t('disputes.hearingDate')}>
              <DatePicker style={{ width: '100%' }} data-testid="escalate-hearing" />
            </Form.Item>
          </>
        )}
        {action === 'hold' && (
          <Form.Item name="reason" label={t('disputes.holdReason')} rules={[{ required: true, whitespace: true, message: t('disputes.holdReasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="hold-reason" />
          </Form.Item>
        )}
        {action === 'close' && (
          <>
            <Form.Item name="outcome" label={t('disputes.outcome')} rules={[{ required: true, message: t('disputes.outcomeRequired') }]}>
              <Select options={OUTCOMES.map((k) => ({ value: k, label: t(`disputes.outcomeValue.${k}`) }))} data-testid="close-outcome" />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.outcome !== b.outcome}>
              {({ getFieldValue }) =>
                getFieldValue('outcome') === 'credit' ? (
                  <Form.Item name="amount_yuan" label={t('disputes.outcomeAmount')} extra={t('disputes.outcomeAmountHelp')} rules={[{ required: true, message: t('disputes.amountRequired') }]}>
                    <InputNumber min={0.01} max={d.amount_fen / 100} precision={2} style={{ width: '100%' }} data-testid="close-amount" />
                  </Form.Item>
                ) : getFieldValue('outcome') === 'payment_plan' ? (
                  <Form.List name="plan" initialValue={[{}]}>
                    {(fields, { add, remove }) => (
                      <Form.Item label={t('disputes.plan.title')} extra={t('disputes.plan.help')} required>
                        <Space direction="vertical" style={{ width: '100%' }}>
                          {fields.map((field, index) => (
                            <Space key={field.key} wrap align="start">
                              <Form.Item name={[field.name, 'due_date']} noStyle rules={[{ required: true, message: t('disputes.plan.dueRequired') }]}>
                                <DatePicker placeholder={t('disputes.plan.dueDate')} data-testid={`plan-due-${index}`} />
                              </Form.Item>
                              <Form.Item name={[field.name, 'amount_yuan']} noStyle rules={[{ required: true, message: t('disputes.plan.amountRequired') }]}>
                                <InputNumber min={0.01} precision={2} placeholder={t('disputes.plan.amount')} data-testid={`plan-amount-${index}`} />
                              </Form.Item>
                              {fields.length > 1 && <Button onClick={() => remove(field.name)}>{t('disputes.plan.remove')}</Button>}
                            </Space>
                          ))}
                          <Button onClick={() => add()} data-testid="plan-add">
                            {t('disputes.plan.add')}
                          </Button>
                        </Space>
                      </Form.Item>
                    )}
                  </Form.List>
                ) : (
                  getFieldValue('outcome') === 'termination' && (
                    <Form.Item name="end_date" label={t('disputes.terminationEnd')} extra={t('disputes.terminationEndHelp')}>
                      <DatePicker style={{ width: '100%' }} data-testid="close-end-date" />
                    </Form.Item>
                  )
                )
              }
            </Form.Item>
            <Form.Item name="note" label={t('disputes.outcomeNote')} extra={t('disputes.outcomeNoteHelp')}>
              <Input.TextArea rows={3} maxLength={2000} showCount data-testid="close-note" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </PageContainer>
  );
}
