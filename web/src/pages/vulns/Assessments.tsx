// Security assessments (安全评估): periodic reviews of a customer or of the operator itself, with
// their findings and actions tracked to closure.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Select, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';
import type { VulnAssessment, VulnAssessmentDetail } from './shared';

interface Values {
  customer_id?: number;
  title: string;
  scope: string;
  assessed_on?: Dayjs;
  assessor: string;
  summary?: string;
}

export default function Assessments() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const [creating, setCreating] = useState(false);
  const title = t('nav.vulnAssessments');
  return (
    <PageContainer
      title={title}
      subTitle={t('vulns.assessmentsSubtitle')}
      crumbs={[{ title: t('nav.group.system') }, { title }]}
      testId="vuln-assessments-page"
      extra={
        can('vulns.assess') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="vuln-assessment-new">
            {t('vulns.newAssessment')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Select
            allowClear
            placeholder={t('common.status')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 140 }}
            options={['open', 'closed'].map((s) => ({ value: s, label: t(`vulns.assessmentStatus.${s}`) }))}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('vulns.assessmentsSearch')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
        </div>
        <ServerTable<VulnAssessment>
          path="/api/v1/vulns/assessments"
          query={{ q: f.q, status: f.status, customer: f.customer }}
          filterKeys={['q', 'status', 'customer']}
          table={table}
          testId="vuln-assessments-table"
          listKey="vulns.assessments"
          exportName={title}
          emptyText={t('vulns.noAssessments')}
          onRow={(a) => ({ onDoubleClick: () => navigate(`/vulns/assessments/${a.id}`) })}
          columns={[
            { title: t('vulns.number'), dataIndex: 'number', fixed: 'left', sorter: true, render: (n: string, a) => <Link to={`/vulns/assessments/${a.id}`} className="mono">{n}</Link> },
            { title: t('vulns.assessmentTitle'), dataIndex: 'title', ellipsis: true, width: 220 },
            { title: t('vulns.subject'), dataIndex: 'customer_id', render: (id: number | null) => (id ? <RefName kind="customers" id={id} /> : t('vulns.operatorItself')) },
            { title: t('vulns.assessedOn'), dataIndex: 'assessed_on', sorter: true },
            { title: t('vulns.assessor'), dataIndex: 'assessor' },
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <Tag color={v === 'open' ? 'blue' : 'green'}>{t(`vulns.assessmentStatus.${v}`)}</Tag> },
            {
              title: t('vulns.openItems'),
              dataIndex: 'open_items',
              align: 'right',
              render: (v: number, a) => (
                <Space size={4}>
                  <span>{v}</span>
                  {a.overdue_items > 0 && <Tag color="error">{t('vulns.overdueCount', { count: a.overdue_items })}</Tag>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<Values>
        open={creating}
        title={t('vulns.newAssessment')}
        onClose={() => setCreating(false)}
        testId="vuln-assessment-form"
        onSubmit={async (v) => {
          const made = await api.post<VulnAssessmentDetail>('/api/v1/vulns/assessments', {
            customer_id: v.customer_id,
            title: v.title?.trim() ?? '',
            scope: v.scope?.trim() ?? '',
            assessed_on: v.assessed_on ? v.assessed_on.format('YYYY-MM-DD') : undefined,
            assessor: v.assessor?.trim() ?? '',
            summary: v.summary?.trim() || undefined,
          });
          navigate(`/vulns/assessments/${made.assessment.id}`);
        }}
      >
        <Form.Item name="customer_id" label={t('vulns.subject')} extra={t('vulns.subjectHelp')}>
          <RefSelect kind="customers" allowClear />
        </Form.Item>
        <Form.Item name="title" label={t('vulns.assessmentTitle')} rules={[{ required: true, whitespace: true, message: t('vulns.titleRequired') }]}>
          <Input maxLength={200} data-testid="vuln-assessment-title" />
        </Form.Item>
        <Form.Item name="scope" label={t('vulns.assessmentScope')} rules={[{ required: true, whitespace: true, message: t('vulns.scopeRequired') }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="vuln-assessment-scope" />
        </Form.Item>
        <Form.Item name="assessed_on" label={t('vulns.assessedOn')} rules={[{ required: true, message: t('vulns.dateRequired') }]}>
          <DatePicker style={{ width: '100%' }} data-testid="vuln-assessment-date" />
        </Form.Item>
        <Form.Item name="assessor" label={t('vulns.assessor')} rules={[{ required: true, whitespace: true, message: t('vulns.assessorRequired') }]}>
          <Input maxLength={200} data-testid="vuln-assessment-assessor" />
        </Form.Item>
        <Form.Item name="summary" label={t('vulns.summary')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
