// Suspensions of service (停机, R9.1.2): proposed by the daily job after the overdue wait or at once
// by operations or security for abuse or over-use, approved or rejected by management, lifted
// after payment through the same approval.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Suspension, SuspensionDetail } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import DateTime from '../../../components/DateTime';
import FormModal from '../../../components/FormModal';
import PageContainer from '../../../components/PageContainer';
import ServerTable from '../../../components/ServerTable';
import { fmtYuan } from '../../../lib/format';
import { useTableQuery } from '../../../lib/useTableQuery';
import { ContractPicker, SUSPENSION_REASONS, SUSPENSION_STATUSES, SuspensionTag } from './shared';

interface ProposeValues {
  contract_id: number;
  reason: string;
  evidence?: string;
  stops: string[];
}

export function stopsText(t: (k: string) => string, s: Pick<Suspension, 'stop_power' | 'stop_ports' | 'stop_access'>): string {
  const parts = [s.stop_power && t('billing_collections.stop.power'), s.stop_ports && t('billing_collections.stop.ports'), s.stop_access && t('billing_collections.stop.access')];
  return parts.filter(Boolean).join('、') || '—';
}

export default function Suspensions() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const [proposing, setProposing] = useState(false);
  const title = t('nav.suspensions');
  return (
    <PageContainer
      title={title}
      subTitle={t('billing_collections.suspensionsSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.finance') }, { title }]}
      testId="suspensions-page"
      extra={
        !isCustomer &&
        can('billing.suspensions.propose') && (
          <Button type="primary" danger icon={<PlusOutlined />} onClick={() => setProposing(true)} data-testid="suspension-new">
            {t('billing_collections.propose')}
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
            options={SUSPENSION_STATUSES.map((s) => ({ value: s, label: t(`billing_collections.status.${s}`) }))}
            data-testid="suspensions-status"
          />
          <Select
            allowClear
            placeholder={t('billing_collections.reasonLabel')}
            value={f.reason}
            onChange={(v) => table.setFilter('reason', v)}
            style={{ width: 180 }}
            options={SUSPENSION_REASONS.map((s) => ({ value: s, label: t(`billing_collections.reason.${s}`) }))}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('billing_collections.searchContract')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
        </div>
        <ServerTable<Suspension>
          path="/api/v1/billing/suspensions"
          query={{ q: f.q, status: f.status, reason: f.reason, customer: f.customer, contract: f.contract }}
          filterKeys={['q', 'status', 'reason', 'customer', 'contract']}
          table={table}
          testId="suspensions-table"
          listKey="billing.suspensions"
          exportName={t('nav.suspensions')}
          emptyText={t('billing_collections.noSuspensions')}
          onRow={(s) => ({ onDoubleClick: () => navigate(`/billing/suspensions/${s.id}`) })}
          columns={[
            { title: t('billing_collections.contract'), dataIndex: 'contract_number', fixed: 'left', render: (n: string, s) => <Link to={`/billing/suspensions/${s.id}`} className="mono">{n}</Link> },
            ...(isCustomer ? [] : [{ title: t('dcim.customer'), dataIndex: 'customer_name' }]),
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <SuspensionTag status={v} /> },
            { title: t('billing_collections.reasonLabel'), dataIndex: 'reason', render: (v: string) => t(`billing_collections.reason.${v}`) },
            { title: t('billing_collections.stops'), key: 'stops', render: (_, s) => stopsText(t, s) },
            { title: t('billing_collections.overdue'), dataIndex: 'overdue_fen', align: 'right', render: (v: number) => <span className="money">{fmtYuan(v)}</span> },
            { title: t('billing_collections.proposedBy'), dataIndex: 'proposed_by_name', render: (v: string) => (v === 'system' ? t('billing_collections.system') : v) },
            { title: t('billing_collections.createdAt'), dataIndex: 'created_at', render: (v: string) => <DateTime value={v} /> },
          ]}
        />
      </Card>
      <FormModal<ProposeValues>
        open={proposing}
        title={t('billing_collections.propose')}
        okText={t('billing_collections.submitProposal')}
        initialValues={{ reason: 'abuse', stops: ['power', 'ports', 'access'] }}
        onClose={() => setProposing(false)}
        testId="propose-form"
        alias={{ stop_power: 'stops', stop_ports: 'stops', stop_access: 'stops' }}
        onSubmit={async (v) => {
          const made = await api.post<SuspensionDetail>('/api/v1/billing/suspensions', {
            contract_id: v.contract_id,
            reason: v.reason,
            evidence: v.evidence?.trim() ?? '',
            stop_power: v.stops.includes('power'),
            stop_ports: v.stops.includes('ports'),
            stop_access: v.stops.includes('access'),
          });
          navigate(`/billing/suspensions/${made.suspension.id}`);
        }}
      >
        <Typography.Paragraph type="secondary">{t('billing_collections.proposeHelp')}</Typography.Paragraph>
        <Form.Item name="contract_id" label={t('billing_collections.contract')} rules={[{ required: true, message: t('billing_collections.contractRequired') }]}>
          <ContractPicker />
        </Form.Item>
        <Form.Item name="reason" label={t('billing_collections.reasonLabel')} rules={[{ required: true }]}>
          <Select data-testid="suspension-reason" options={SUSPENSION_REASONS.map((s) => ({ value: s, label: t(`billing_collections.reason.${s}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.reason !== b.reason}>
          {({ getFieldValue }) => (
            <Form.Item
              name="evidence"
              label={t('billing_collections.evidence')}
              extra={t('billing_collections.evidenceHelp')}
              rules={getFieldValue('reason') === 'non_payment' ? [] : [{ required: true, whitespace: true, message: t('billing_collections.evidenceRequired') }]}
            >
              <Input.TextArea rows={4} maxLength={4000} showCount data-testid="suspension-evidence" />
            </Form.Item>
          )}
        </Form.Item>
        <Form.Item name="stops" label={t('billing_collections.stops')} rules={[{ required: true, type: 'array', min: 1, message: t('billing_collections.stopsRequired') }]}>
          <Checkbox.Group options={['power', 'ports', 'access'].map((k) => ({ value: k, label: t(`billing_collections.stop.${k}`) }))} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
