// One finding (漏洞详情): where it is, what the scanner said, its severity and deadline, its owner,
// the customer's acknowledgement, and its history across scans; the steps the reader may take.
import { Button, Card, Col, Descriptions, Form, Input, Row, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName } from '../../components/Ref';
import { LoadError } from '../../components/Results';
import { useApi } from '../../lib/useApi';
import { cvss, endpoint, findingTitle, FindingStatusTag, OverdueTag, SeverityTag, type VulnFindingDetail } from './shared';

export default function FindingDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const state = useApi<VulnFindingDetail>(`/api/v1/vulns/findings/${id}`);
  const [step, setStep] = useState<string | null>(null);
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const { finding: f, history, actions } = state.data;
  const title = isCustomer ? t('nav.myVulnFindings') : t('nav.vulnFindings');
  return (
    <PageContainer
      title={<span className="mono">{f.number}</span>}
      docTitle={f.number}
      tags={
        <Space size={4} wrap>
          <SeverityTag severity={f.severity} />
          <FindingStatusTag status={f.status} />
          {f.overdue && <OverdueTag />}
        </Space>
      }
      subTitle={findingTitle(f, t)}
      testId="vuln-finding-detail"
      crumbs={isCustomer ? [{ title, path: '/vulns/findings' }, { title: f.number }] : [{ title: t('nav.group.system') }, { title, path: '/vulns/findings' }, { title: f.number }]}
      extra={
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} type={a === 'fix' ? 'primary' : 'default'} onClick={() => setStep(a)} data-testid={`vuln-${a}`}>
              {t(`vulns.steps.${a}`)}
            </Button>
          ))}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('vulns.overview')}>
            <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} data-testid="vuln-finding-overview">
              {!isCustomer && (
                <Descriptions.Item label={t('vulns.customer')}>
                  <RefName kind="customers" id={f.customer_id} />
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('vulns.endpoint')}>
                <span className="mono">{endpoint(f.host, f.port, f.protocol)}</span>
              </Descriptions.Item>
              <Descriptions.Item label="CVSS">{cvss(f.cvss_tenths)}</Descriptions.Item>
              <Descriptions.Item label={t('vulns.dueOn')}>{f.due_on}</Descriptions.Item>
              <Descriptions.Item label={t('vulns.owner')}>{f.owner || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vulns.plugin')}>
                <span className="mono">{f.plugin}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('vulns.firstSeen')}>
                <DateTime value={f.first_seen_at} />
              </Descriptions.Item>
              <Descriptions.Item label={t('vulns.lastSeen')}>
                <Link to={`/vulns/scans/${f.last_scan_id}`}>
                  <DateTime value={f.last_seen_at} />
                </Link>
              </Descriptions.Item>
              {f.acknowledged_by && (
                <Descriptions.Item label={t('vulns.acknowledgedBy')}>
                  {f.acknowledged_by} · <DateTime value={f.acknowledged_at} />
                </Descriptions.Item>
              )}
              {f.risk_reason && (
                <Descriptions.Item label={t('vulns.riskReason')} span={2}>
                  {f.risk_reason}（{t('vulns.approvedBy')} {f.risk_approved_by}）
                </Descriptions.Item>
              )}
              {f.detail && (
                <Descriptions.Item label={t('vulns.detail')} span={2}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{f.detail}</Typography.Paragraph>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('vulns.history')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={history}
              data-testid="vuln-finding-history"
              scroll={{ x: true }}
              columns={[
                { title: t('vulns.at'), dataIndex: 'at', render: (v: string) => <DateTime value={v} /> },
                { title: t('vulns.action'), dataIndex: 'action', render: (v: string) => t(`vulns.actions.${v}`) },
                { title: t('vulns.by'), dataIndex: 'actor' },
                { title: t('vulns.note'), dataIndex: 'note', render: (v: string, e) => (e.scan_id ? <Link to={`/vulns/scans/${e.scan_id}`}>{v}</Link> : v || '—') },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <FormModal<{ note?: string; owner?: string }>
        open={step !== null}
        title={step ? t(`vulns.steps.${step}`) : ''}
        okText={step ? t(`vulns.steps.${step}`) : undefined}
        initialValues={{ owner: f.owner }}
        onClose={() => setStep(null)}
        testId="vuln-step-form"
        onSubmit={async (v) => {
          const result =
            step === 'assign'
              ? await api.post<VulnFindingDetail>(`/api/v1/vulns/findings/${f.id}/assign`, { owner: v.owner?.trim() ?? '' })
              : await api.post<VulnFindingDetail>(`/api/v1/vulns/findings/${f.id}/${step}`, { note: v.note?.trim() ?? '' });
          state.setData(result);
        }}
      >
        {step && <Typography.Paragraph type="secondary">{t(`vulns.stepHelp.${step}`)}</Typography.Paragraph>}
        {step === 'assign' ? (
          <Form.Item name="owner" label={t('vulns.owner')} rules={[{ required: true, whitespace: true, message: t('vulns.ownerRequired') }]}>
            <Input maxLength={200} data-testid="vuln-owner" />
          </Form.Item>
        ) : (
          <Form.Item name="note" label={step === 'accept' ? t('vulns.riskReason') : t('vulns.note')} rules={step === 'accept' ? [{ required: true, whitespace: true, message: t('vulns.reasonRequired') }] : []}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="vuln-note" />
          </Form.Item>
        )}
      </FormModal>
    </PageContainer>
  );
}
