// One ticket: its SLA clocks (response and resolution, paused while waiting for the customer), the
// conversation (internal notes shaded, staff only), the timeline, complaint answers with the
// customer's verdict, and the actions the reader may take.
import { App, Button, Card, Col, Descriptions, Empty, Input, List, Radio, Row, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api, type ApiError } from '../../../api/client';
import type { ServicedeskDetail } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import DateTime from '../../../components/DateTime';
import PageContainer from '../../../components/PageContainer';
import ProblemAlert from '../../../components/ProblemAlert';
import { useApi } from '../../../lib/useApi';
import { ClockText, PriorityTag, TicketStatusTag } from './shared';

const STAFF_ACTIONS: Record<string, string[]> = {
  new: ['assign'],
  assigned: ['start', 'resolve'],
  in_progress: ['wait', 'resolve'],
  waiting_for_customer: ['customer_reply', 'resolve'],
  resolved: ['close', 'reopen'],
  closed: ['reopen'],
};
const CUSTOMER_ACTIONS: Record<string, string[]> = { resolved: ['close', 'reopen'], closed: ['reopen'] };

export default function TicketDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const { message } = App.useApp();
  const detail = useApi<ServicedeskDetail>(`/api/v1/servicedesk/tickets/${id}`);
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const d = detail.data;
  const run = async (f: () => Promise<ServicedeskDetail>) => {
    setBusy(true);
    setError(null);
    try {
      detail.setData(await f());
      message.success(t('common.saved'));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const title = isCustomer ? t('nav.myTickets') : t('nav.tickets');
  if (!d)
    return (
      <PageContainer title={title} crumbs={[{ title, path: '/servicedesk/tickets' }]}>
        {detail.error ? <ProblemAlert error={detail.error} /> : <Spin />}
      </PageContainer>
    );
  const tk = d.ticket;
  const actions = (isCustomer ? CUSTOMER_ACTIONS : STAFF_ACTIONS)[tk.status] ?? [];
  const lastAnswer = d.answers.length ? d.answers[d.answers.length - 1] : undefined;
  return (
    <PageContainer
      title={`${tk.number} ${tk.title}`}
      crumbs={[{ title, path: '/servicedesk/tickets' }, { title: tk.number }]}
      testId="ticket-page"
      tags={
        <Space size={4}>
          <PriorityTag priority={tk.priority} />
          <TicketStatusTag status={tk.status} />
          {tk.breached && (
            <Tag color="red" bordered={false}>
              {t('servicedesk.breached')}
            </Tag>
          )}
        </Space>
      }
      extra={
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} disabled={busy} onClick={() => run(() => api.post(`/api/v1/servicedesk/tickets/${tk.id}/actions`, { action: a }))} data-testid={`ticket-action-${a}`}>
              {t(`servicedesk.actions.${a}`)}
            </Button>
          ))}
        </Space>
      }
    >
      {error ? <ProblemAlert error={error} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('servicedesk.details')} size="small">
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('servicedesk.type')}>{t(`servicedesk.types.${tk.type}`)}{tk.category ? ` · ${t(`servicedesk.categories.${tk.category}`)}` : ''}</Descriptions.Item>
              <Descriptions.Item label={t('servicedesk.group')}>{t(`servicedesk.groups.${tk.group}`)}</Descriptions.Item>
              <Descriptions.Item label={t('servicedesk.assignee')}>{tk.assignee ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('servicedesk.raisedBy')}>{tk.raised_by}</Descriptions.Item>
              <Descriptions.Item label={t('common.createdAt')}><DateTime value={tk.created_at} /></Descriptions.Item>
              <Descriptions.Item label={t('servicedesk.devices')}>{d.objects.map((o) => o.label).join('、') || '—'}</Descriptions.Item>
            </Descriptions>
            {tk.description ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{tk.description}</Typography.Paragraph> : null}
          </Card>
          <Card title={t('servicedesk.conversation')} size="small" style={{ marginTop: 16 }}>
            <List
              dataSource={d.comments}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('servicedesk.noComments')} /> }}
              renderItem={(c) => (
                <List.Item style={c.internal ? { background: '#fffbe6', paddingInline: 8 } : undefined} data-testid={c.internal ? 'ticket-note' : 'ticket-comment'}>
                  <List.Item.Meta
                    title={
                      <Space size={6} wrap>
                        <span>{c.author}</span>
                        {c.internal && <Tag color="gold" bordered={false}>{t('servicedesk.internalNote')}</Tag>}
                        <span className="muted"><DateTime value={c.created_at} /></span>
                      </Space>
                    }
                    description={<span style={{ whiteSpace: 'pre-wrap', color: 'inherit' }}>{c.body}</span>}
                  />
                </List.Item>
              )}
            />
            {tk.status !== 'closed' && (
              <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
                <Input.TextArea rows={3} value={body} onChange={(e) => setBody(e.target.value)} maxLength={10000} placeholder={t('servicedesk.replyPlaceholder')} data-testid="ticket-reply" />
                <Space wrap>
                  {!isCustomer && (
                    <Radio.Group value={internal} onChange={(e) => setInternal(e.target.value)} optionType="button" size="small">
                      <Radio.Button value={false}>{t('servicedesk.publicComment')}</Radio.Button>
                      <Radio.Button value={true} data-testid="ticket-internal">{t('servicedesk.internalNote')}</Radio.Button>
                    </Radio.Group>
                  )}
                  <Button
                    type="primary"
                    disabled={busy || !body.trim()}
                    onClick={() =>
                      run(async () => {
                        const r = await api.post<ServicedeskDetail>(`/api/v1/servicedesk/tickets/${tk.id}/comments`, { body, internal });
                        setBody('');
                        return r;
                      })
                    }
                    data-testid="ticket-send"
                  >
                    {t('servicedesk.send')}
                  </Button>
                </Space>
              </Space>
            )}
          </Card>
          {tk.type === 'complaint' && (
            <Card title={t('servicedesk.complaint')} size="small" style={{ marginTop: 16 }} data-testid="ticket-complaint">
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('servicedesk.complaintState')}>{tk.complaint_state ? t(`servicedesk.complaintStates.${tk.complaint_state}`) : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('servicedesk.answerDue')}>{tk.answer_due ?? '—'}</Descriptions.Item>
              </Descriptions>
              <List
                dataSource={d.answers}
                locale={{ emptyText: t('servicedesk.noAnswer') }}
                renderItem={(a) => (
                  <List.Item>
                    <List.Item.Meta
                      title={<Space size={6}><span>{a.answered_by}</span><span className="muted"><DateTime value={a.answered_at} /></span>{a.verdict && <Tag bordered={false} color={a.verdict === 'accepted' ? 'green' : 'red'}>{t(`servicedesk.complaintStates.${a.verdict}`)}</Tag>}</Space>}
                      description={<span style={{ whiteSpace: 'pre-wrap', color: 'inherit' }}>{a.body}</span>}
                    />
                  </List.Item>
                )}
              />
              {isCustomer && lastAnswer && !lastAnswer.verdict && (
                <Space>
                  <Button type="primary" onClick={() => run(() => api.post(`/api/v1/servicedesk/tickets/${tk.id}/verdict`, { accepted: true }))}>{t('servicedesk.accept')}</Button>
                  <Button danger onClick={() => run(() => api.post(`/api/v1/servicedesk/tickets/${tk.id}/verdict`, { accepted: false, comment: body }))}>{t('servicedesk.dispute')}</Button>
                </Space>
              )}
              {!isCustomer && tk.status !== 'closed' && (
                <Button disabled={busy || !body.trim()} onClick={() => run(async () => { const r = await api.post<ServicedeskDetail>(`/api/v1/servicedesk/tickets/${tk.id}/answers`, { body }); setBody(''); return r; })}>
                  {t('servicedesk.answerWithText')}
                </Button>
              )}
            </Card>
          )}
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('servicedesk.sla')} size="small" data-testid="ticket-sla">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('servicedesk.response')}><ClockText clock={d.response_clock} /></Descriptions.Item>
              <Descriptions.Item label={t('servicedesk.responseDue')}><DateTime value={d.response_clock.due_at} /></Descriptions.Item>
              <Descriptions.Item label={t('servicedesk.resolution')}><ClockText clock={d.resolution_clock} /></Descriptions.Item>
              <Descriptions.Item label={t('servicedesk.resolutionDue')}><DateTime value={d.resolution_clock.due_at} /></Descriptions.Item>
              <Descriptions.Item label={t('servicedesk.calendar')}>{t(`servicedesk.calendars.${tk.calendar}`)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('servicedesk.timeline')} size="small" style={{ marginTop: 16 }}>
            <Timeline
              items={d.timeline.map((e) => ({
                color: e.key.endsWith('breached') || e.key.endsWith('escalated') ? 'red' : e.internal ? 'gray' : 'blue',
                children: (
                  <div>
                    <div>{e.text}</div>
                    <div className="muted" style={{ fontSize: 12 }}>
                      {e.actor} · <DateTime value={e.at} />
                    </div>
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
