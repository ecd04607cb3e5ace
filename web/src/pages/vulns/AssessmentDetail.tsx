// One security assessment (安全评估详情): its scope, assessor and date, its findings and actions
// with owners and due dates; each item closes with how it was resolved, and the assessment closes
// once every item is closed.
import { Button, Card, DatePicker, Descriptions, Form, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName } from '../../components/Ref';
import { LoadError } from '../../components/Results';
import { useApi } from '../../lib/useApi';
import { OverdueTag, SEVERITIES, SeverityTag, type VulnAssessmentDetail } from './shared';

interface ItemValues {
  kind: string;
  title: string;
  severity: string;
  owner: string;
  due_on?: Dayjs;
}

export default function AssessmentDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const state = useApi<VulnAssessmentDetail>(`/api/v1/vulns/assessments/${id}`);
  const [adding, setAdding] = useState(false);
  const [closingItem, setClosingItem] = useState<number | null>(null);
  const [closing, setClosing] = useState(false);
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { assessment: a, items } = state.data;
  const open = a.status === 'open';
  const canWrite = can('vulns.assess') && open;
  const title = t('nav.vulnAssessments');
  return (
    <PageContainer
      title={<span className="mono">{a.number}</span>}
      docTitle={a.number}
      tags={<Tag color={open ? 'blue' : 'green'}>{t(`vulns.assessmentStatus.${a.status}`)}</Tag>}
      subTitle={a.title}
      testId="vuln-assessment-detail"
      crumbs={[{ title: t('nav.group.system') }, { title, path: '/vulns/assessments' }, { title: a.number }]}
      extra={
        canWrite && (
          <Space wrap>
            <Button onClick={() => setAdding(true)} data-testid="vuln-item-new">
              {t('vulns.addItem')}
            </Button>
            <Button type="primary" disabled={a.open_items > 0} onClick={() => setClosing(true)} data-testid="vuln-assessment-close">
              {t('vulns.closeAssessment')}
            </Button>
          </Space>
        )
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('vulns.overview')}>
          <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 3, xl: 3, xxl: 3 }} data-testid="vuln-assessment-overview">
            <Descriptions.Item label={t('vulns.subject')}>{a.customer_id ? <RefName kind="customers" id={a.customer_id} /> : t('vulns.operatorItself')}</Descriptions.Item>
            <Descriptions.Item label={t('vulns.assessedOn')}>{a.assessed_on}</Descriptions.Item>
            <Descriptions.Item label={t('vulns.assessor')}>{a.assessor}</Descriptions.Item>
            <Descriptions.Item label={t('vulns.assessmentScope')} span={3}>
              {a.scope}
            </Descriptions.Item>
            {a.summary && (
              <Descriptions.Item label={t('vulns.summary')} span={3}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{a.summary}</Typography.Paragraph>
              </Descriptions.Item>
            )}
            {a.closed_at && (
              <Descriptions.Item label={t('vulns.closedAt')}>
                <DateTime value={a.closed_at} />
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Card title={t('vulns.items')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={items}
            scroll={{ x: true }}
            data-testid="vuln-items-table"
            locale={{ emptyText: t('vulns.noItems') }}
            columns={[
              { title: t('vulns.itemKind'), dataIndex: 'kind', render: (v: string) => t(`vulns.itemKinds.${v}`) },
              { title: t('vulns.itemTitle'), dataIndex: 'title', width: 260 },
              { title: t('vulns.severityLabel'), dataIndex: 'severity', render: (v: string) => <SeverityTag severity={v} /> },
              { title: t('vulns.owner'), dataIndex: 'owner' },
              {
                title: t('vulns.dueOn'),
                dataIndex: 'due_on',
                render: (v: string, i) => (
                  <Space size={4}>
                    <span>{v}</span>
                    {i.overdue && <OverdueTag />}
                  </Space>
                ),
              },
              { title: t('common.status'), dataIndex: 'status', render: (v: string, i) => (v === 'done' ? <Tag color="green" title={i.resolution ?? undefined}>{t('vulns.itemDone')}</Tag> : <Tag color="blue">{t('vulns.itemOpen')}</Tag>) },
              { title: t('vulns.resolution'), dataIndex: 'resolution', render: (v: string | null) => v ?? '—' },
              ...(canWrite
                ? [
                    {
                      title: '',
                      dataIndex: 'id',
                      render: (itemId: number, i: { status: string }) =>
                        i.status === 'open' && (
                          <Button size="small" onClick={() => setClosingItem(itemId)} data-testid={`vuln-item-close-${itemId}`}>
                            {t('vulns.closeItem')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </Space>
      <FormModal<ItemValues>
        open={adding}
        title={t('vulns.addItem')}
        initialValues={{ kind: 'finding', severity: 'medium' }}
        onClose={() => setAdding(false)}
        testId="vuln-item-form"
        onSubmit={async (v) => {
          state.setData(
            await api.post<VulnAssessmentDetail>(`/api/v1/vulns/assessments/${a.id}/items`, {
              kind: v.kind,
              title: v.title?.trim() ?? '',
              severity: v.severity,
              owner: v.owner?.trim() ?? '',
              due_on: v.due_on ? v.due_on.format('YYYY-MM-DD') : undefined,
            }),
          );
        }}
      >
        <Form.Item name="kind" label={t('vulns.itemKind')} rules={[{ required: true }]}>
          <Select options={['finding', 'action'].map((k) => ({ value: k, label: t(`vulns.itemKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('vulns.itemTitle')} rules={[{ required: true, whitespace: true, message: t('vulns.titleRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="vuln-item-title" />
        </Form.Item>
        <Form.Item name="severity" label={t('vulns.severityLabel')} rules={[{ required: true }]}>
          <Select options={SEVERITIES.map((s) => ({ value: s, label: t(`vulns.severity.${s}`) }))} />
        </Form.Item>
        <Form.Item name="owner" label={t('vulns.owner')} rules={[{ required: true, whitespace: true, message: t('vulns.ownerRequired') }]}>
          <Input maxLength={200} data-testid="vuln-item-owner" />
        </Form.Item>
        <Form.Item name="due_on" label={t('vulns.dueOn')} rules={[{ required: true, message: t('vulns.dateRequired') }]}>
          <DatePicker style={{ width: '100%' }} data-testid="vuln-item-due" />
        </Form.Item>
      </FormModal>
      <FormModal<{ resolution: string }>
        open={closingItem !== null}
        title={t('vulns.closeItem')}
        onClose={() => setClosingItem(null)}
        testId="vuln-item-close-form"
        onSubmit={async (v) => {
          state.setData(await api.post<VulnAssessmentDetail>(`/api/v1/vulns/assessments/${a.id}/items/${closingItem}/close`, { resolution: v.resolution?.trim() ?? '' }));
        }}
      >
        <Form.Item name="resolution" label={t('vulns.resolution')} rules={[{ required: true, whitespace: true, message: t('vulns.resolutionRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="vuln-item-resolution" />
        </Form.Item>
      </FormModal>
      <FormModal<{ summary?: string }>
        open={closing}
        title={t('vulns.closeAssessment')}
        initialValues={{ summary: a.summary }}
        onClose={() => setClosing(false)}
        testId="vuln-assessment-close-form"
        onSubmit={async (v) => {
          state.setData(await api.post<VulnAssessmentDetail>(`/api/v1/vulns/assessments/${a.id}/close`, { summary: v.summary?.trim() ?? '' }));
        }}
      >
        <Form.Item name="summary" label={t('vulns.summary')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
