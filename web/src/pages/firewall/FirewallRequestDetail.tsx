// One firewall request: what it asks for line by line, the risks the rules found, and the
// security review (risk level and note) that approves or rejects it.
import { Button, Card, Col, Descriptions, Form, Input, Radio, Row, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { FirewallRequest } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import { useApi } from '../../lib/useApi';
import { useSubmit } from '../../lib/useSubmit';
import { FirewallStatusTag, FlagTags, RISK_LEVELS, RiskTag } from './shared';

interface ReviewValues {
  decision: 'approve' | 'reject';
  risk_level: string;
  note: string;
}

type Line = FirewallRequest['lines'][number];

export default function FirewallRequestDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const state = useApi<FirewallRequest>(`/api/v1/firewall/requests/${id}`);
  const [form] = Form.useForm<ReviewValues>();
  const submit = useSubmit(form);
  const [done, setDone] = useState(0);
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const r = state.data;
  const title = isCustomer ? t('nav.myFirewallRequests') : t('nav.firewallRequests');
  const reviewing = can('firewall.review') && r.status === 'submitted';
  return (
    <PageContainer
      title={<span className="mono">{r.number}</span>}
      docTitle={r.number}
      tags={<FirewallStatusTag status={r.status} />}
      subTitle={r.customer_name}
      testId="firewall-request-detail"
      crumbs={
        isCustomer
          ? [{ title, path: '/firewall/requests' }, { title: r.number }]
          : [{ title: t('nav.group.infrastructure') }, { title, path: '/firewall/requests' }, { title: r.number }]
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={reviewing ? 15 : 24}>
          <Card title={t('firewall.overview')}>
            <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} data-testid="firewall-overview">
              <Descriptions.Item label={t('firewall.action')}>{t(`firewall.actionValue.${r.action}`)}</Descriptions.Item>
              <Descriptions.Item label={t('firewall.device')}>
                <Link to={`/firewall/rules?device=${r.device_id}`}>{r.device_name}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('firewall.riskLevel')}>
                <RiskTag level={r.risk_level} />
              </Descriptions.Item>
              <Descriptions.Item label={t('firewall.expiresOn')}>{r.expires_on ?? t('firewall.noExpiry')}</Descriptions.Item>
              <Descriptions.Item label={t('firewall.flags')} span={2}>
                <FlagTags flags={r.risk_flags} />
              </Descriptions.Item>
              <Descriptions.Item label={t('firewall.reason')} span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.reason}</Typography.Paragraph>
              </Descriptions.Item>
              <Descriptions.Item label={t('firewall.createdBy')}>{r.created_by}</Descriptions.Item>
              <Descriptions.Item label={t('firewall.createdAt')}>
                <DateTime value={r.created_at} />
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={r.action === 'close' ? t('firewall.rulesToClose') : t('firewall.lines')} style={{ marginTop: 16 }}>
            <Table<Line>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={r.lines}
              data-testid="firewall-request-lines"
              columns={[
                { title: t('firewall.direction.label'), dataIndex: 'direction', render: (v: string) => t(`firewall.direction.${v}`) },
                { title: t('firewall.protocol'), dataIndex: 'protocol', render: (v: string) => v.toUpperCase() },
                { title: t('firewall.source'), dataIndex: 'source', render: (v: string) => <span className="mono">{v}</span> },
                { title: t('firewall.destination'), dataIndex: 'destination', render: (v: string) => <span className="mono">{v}</span> },
                { title: t('firewall.ports'), dataIndex: 'ports', render: (v: string) => <span className="mono">{v}</span> },
                { title: t('firewall.flags'), dataIndex: 'risk_flags', render: (v: string[]) => <FlagTags flags={v} /> },
              ]}
            />
          </Card>
          {r.reviewed_at && (
            <Card title={t('firewall.review')} style={{ marginTop: 16 }} data-testid="firewall-review-result">
              <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
                <Descriptions.Item label={t('firewall.reviewRisk')}>
                  <RiskTag level={r.review_risk_level} />
                </Descriptions.Item>
                <Descriptions.Item label={t('firewall.reviewedBy')}>
                  {r.reviewed_by} · <DateTime value={r.reviewed_at} />
                </Descriptions.Item>
                <Descriptions.Item label={t('firewall.reviewNote')} span={2}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.review_note}</Typography.Paragraph>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
        </Col>
        {reviewing && (
          <Col xs={24} lg={9}>
            <Card title={t('firewall.review')} data-testid="firewall-review">
              {submit.alert}
              <Typography.Paragraph type="secondary">{t('firewall.reviewHelp')}</Typography.Paragraph>
              <Form<ReviewValues> key={done} form={form} layout="vertical" initialValues={{ decision: 'approve', risk_level: r.risk_level }} requiredMark="optional">
                <Form.Item name="decision" label={t('firewall.decision')} rules={[{ required: true }]}>
                  <Radio.Group
                    optionType="button"
                    data-testid="firewall-decision"
                    options={[
                      { value: 'approve', label: t('firewall.approve') },
                      { value: 'reject', label: t('firewall.reject') },
                    ]}
                  />
                </Form.Item>
                <Form.Item name="risk_level" label={t('firewall.reviewRisk')} rules={[{ required: true }]}>
                  <Radio.Group optionType="button" data-testid="firewall-review-risk" options={RISK_LEVELS.map((l) => ({ value: l, label: t(`firewall.risk.${l}`) }))} />
                </Form.Item>
                <Form.Item name="note" label={t('firewall.reviewNote')} rules={[{ required: true, whitespace: true, message: t('firewall.noteRequired') }]}>
                  <Input.TextArea rows={4} maxLength={2000} showCount data-testid="firewall-review-note" />
                </Form.Item>
                <Button
                  type="primary"
                  block
                  loading={submit.submitting}
                  data-testid="firewall-review-submit"
                  onClick={async () => {
                    let v: ReviewValues;
                    try {
                      v = await form.validateFields();
                    } catch {
                      return;
                    }
                    await submit.run(async () => {
                      await api.post(`/api/v1/firewall/requests/${r.id}/review`, { ...v, note: v.note.trim() });
                      setDone((n) => n + 1);
                      state.reload();
                    });
                  }}
                >
                  {t('firewall.submitReview')}
                </Button>
              </Form>
            </Card>
          </Col>
        )}
      </Row>
    </PageContainer>
  );
}
