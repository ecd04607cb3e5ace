// One suspension of service (停机单): why, what it stops, the devices it took out of service with
// their state before, every step in the timeline, and the decisions the reader may take.
import { Button, Card, Checkbox, Col, Descriptions, Form, Input, Row, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { SuspensionDetail as Detail } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import DateTime from '../../../components/DateTime';
import FormModal from '../../../components/FormModal';
import PageContainer from '../../../components/PageContainer';
import { LoadError } from '../../../components/Results';
import WorkflowTimeline from '../../../components/WorkflowTimeline';
import { fmtYuan } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { stopsText } from './Suspensions';
import { SuspensionTag } from './shared';

// Decisions that need a reason (the server refuses them without one).
const NEEDS_REASON = new Set(['reject', 'withdraw', 'reject_lift']);
const DANGER = new Set(['approve', 'reject', 'reject_lift', 'withdraw']);

export default function SuspensionDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const state = useApi<Detail>(`/api/v1/billing/suspensions/${id}`);
  const [action, setAction] = useState<string | null>(null);
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const { suspension: s, devices, timeline, actions } = state.data;
  const title = t('nav.suspensions');
  return (
    <PageContainer
      title={<span className="mono">{s.contract_number}</span>}
      docTitle={`${t('billing_collections.suspension')} ${s.contract_number}`}
      tags={<SuspensionTag status={s.status} />}
      subTitle={s.customer_name}
      testId="suspension-detail"
      crumbs={isCustomer ? [{ title, path: '/billing/suspensions' }, { title: s.contract_number }] : [{ title: t('nav.group.finance') }, { title, path: '/billing/suspensions' }, { title: s.contract_number }]}
      extra={
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} type={a === 'approve' || a === 'approve_lift' ? 'primary' : 'default'} danger={DANGER.has(a)} onClick={() => setAction(a)} data-testid={`suspension-${a}`}>
              {t(`billing_collections.actions.${a}`)}
            </Button>
          ))}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('billing_collections.suspension')}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="suspension-overview">
              <Descriptions.Item label={t('billing_collections.contract')}>
                <Link to={`/contracts/${s.contract_id}`} className="mono">
                  {s.contract_number}
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('dcim.customer')}>{s.customer_name}</Descriptions.Item>
              <Descriptions.Item label={t('billing_collections.reasonLabel')}>{t(`billing_collections.reason.${s.reason}`)}</Descriptions.Item>
              <Descriptions.Item label={t('billing_collections.stops')}>{stopsText(t, s)}</Descriptions.Item>
              {s.reason === 'non_payment' && (
                <Descriptions.Item label={t('billing_collections.overdue')}>
                  <span className="money">{fmtYuan(s.overdue_fen)}</span>
                  {s.oldest_due_date && <Typography.Text type="secondary"> · {t('billing_collections.since', { date: s.oldest_due_date })}</Typography.Text>}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('billing_collections.proposedBy')}>{s.proposed_by_name === 'system' ? t('billing_collections.system') : s.proposed_by_name}</Descriptions.Item>
              <Descriptions.Item label={t('billing_collections.suspendedAt')}>{s.suspended_at ? <DateTime value={s.suspended_at} /> : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('billing_collections.liftedAt')}>{s.lifted_at ? <DateTime value={s.lifted_at} /> : '—'}</Descriptions.Item>
              {s.evidence && (
                <Descriptions.Item label={t('billing_collections.evidence')} span={2}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{s.evidence}</Typography.Paragraph>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card title={t('billing_collections.devices')} style={{ marginTop: 16 }}>
            <Table
              size="small"
              rowKey="device_id"
              pagination={false}
              dataSource={devices}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('billing_collections.noDevices') }}
              data-testid="suspension-devices"
              columns={[
                { title: t('billing_collections.device'), dataIndex: 'device_name', render: (n: string, d) => <Link to={`/dcim/devices/${d.device_id}`}>{n}</Link> },
                { title: t('billing_collections.statusBefore'), dataIndex: 'previous_status', render: (v: string) => t(`status.device.${v}`, { defaultValue: v }) },
                { title: t('billing_collections.restoredAt'), dataIndex: 'restored_at', render: (v: string | null) => (v ? <DateTime value={v} /> : '—') },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('billing_collections.timeline')}>
            <WorkflowTimeline steps={timeline} testId="suspension-timeline" vocabulary="billing_collections" />
          </Card>
        </Col>
      </Row>
      <FormModal<{ comment?: string; stops?: string[] }>
        open={action !== null}
        title={action ? t(`billing_collections.actions.${action}`) : ''}
        okText={action ? t(`billing_collections.actions.${action}`) : undefined}
        initialValues={{ stops: [s.stop_power && 'power', s.stop_ports && 'ports', s.stop_access && 'access'].filter(Boolean) as string[] }}
        onClose={() => setAction(null)}
        testId="suspension-action-form"
        alias={{ stop_power: 'stops' }}
        onSubmit={async (v) => {
          const body: Record<string, unknown> = { action, comment: v.comment?.trim() ?? '' };
          if (action === 'approve' && v.stops) {
            body.stop_power = v.stops.includes('power');
            body.stop_ports = v.stops.includes('ports');
            body.stop_access = v.stops.includes('access');
          }
          state.setData(await api.post<Detail>(`/api/v1/billing/suspensions/${s.id}/transitions`, body));
        }}
      >
        <Typography.Paragraph type="secondary">{action ? t(`billing_collections.actionHelp.${action}`) : ''}</Typography.Paragraph>
        {action === 'approve' && (
          <Form.Item name="stops" label={t('billing_collections.stops')} rules={[{ required: true, type: 'array', min: 1, message: t('billing_collections.stopsRequired') }]}>
            <Checkbox.Group options={['power', 'ports', 'access'].map((k) => ({ value: k, label: t(`billing_collections.stop.${k}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="comment"
          label={action && NEEDS_REASON.has(action) ? t('billing_collections.reasonLabel') : t('billing_collections.comment')}
          rules={action && NEEDS_REASON.has(action) ? [{ required: true, whitespace: true, message: t('billing_collections.reasonRequired') }] : []}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="suspension-comment" />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
