// Breach records (违约记录, R9): the customer's breaches (non-payment, over-use, abuse, prohibited
// content) and the operator's (SLA failure, data loss, unauthorised disclosure), with the clause
// and the consequence chosen. A customer sees its own here.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { Breach, BreachDetail } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';
import { ContractPicker } from '../billing/collections/shared';
import { BREACH_STATUSES, BreachTag, KINDS_OF, PARTIES } from './shared';

interface RecordValues {
  contract_id: number;
  party: string;
  kind: string;
  clause: string;
  description: string;
  occurred_on: Dayjs;
}

export default function Breaches() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const [recording, setRecording] = useState(false);
  const title = isCustomer ? t('nav.myBreaches') : t('nav.breaches');
  return (
    <PageContainer
      title={title}
      subTitle={t('disputes.breach.subtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.business') }, { title }]}
      testId="breaches-page"
      extra={
        !isCustomer &&
        can('breaches.record') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="breach-new">
            {t('disputes.breach.record')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Select
            allowClear
            placeholder={t('disputes.breach.party')}
            value={f.party}
            onChange={(v) => table.setFilter('party', v)}
            style={{ width: 120 }}
            options={PARTIES.map((p) => ({ value: p, label: t(`disputes.breach.partyValue.${p}`) }))}
          />
          <Select
            allowClear
            placeholder={t('common.status')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 120 }}
            data-testid="breach-status-filter"
            options={BREACH_STATUSES.filter((s) => !isCustomer || s !== 'proposed').map((s) => ({ value: s, label: t(`disputes.breach.status.${s}`) }))}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('disputes.breach.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} />
        </div>
        <ServerTable<Breach>
          path="/api/v1/breaches"
          query={{ q: f.q, party: f.party, status: f.status, kind: f.kind, customer: f.customer, contract: f.contract }}
          filterKeys={['q', 'party', 'status', 'kind', 'customer', 'contract']}
          table={table}
          testId="breaches-table"
          listKey="breaches"
          exportName={title}
          emptyText={t('disputes.breach.none')}
          onRow={(b) => ({ onDoubleClick: () => navigate(`/breaches/${b.id}`) })}
          columns={[
            { title: t('disputes.breach.number'), dataIndex: 'number', fixed: 'left', render: (n: string, b) => <Link to={`/breaches/${b.id}`} className="mono">{n}</Link> },
            ...(isCustomer ? [] : [{ title: t('disputes.customer'), dataIndex: 'customer_name' }]),
            { title: t('disputes.contract'), dataIndex: 'contract_number', render: (n: string) => <span className="mono">{n}</span> },
            { title: t('disputes.breach.party'), dataIndex: 'party', render: (v: string) => t(`disputes.breach.partyValue.${v}`) },
            { title: t('disputes.breach.kindLabel'), dataIndex: 'kind', render: (v: string) => t(`disputes.breach.kind.${v}`) },
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <BreachTag status={v} /> },
            { title: t('disputes.breach.consequence'), dataIndex: 'consequence', render: (v: string | null) => (v ? t(`disputes.breach.consequenceValue.${v}`) : '—') },
            { title: t('disputes.breach.occurredOn'), dataIndex: 'occurred_on' },
          ]}
        />
      </Card>
      <FormModal<RecordValues>
        open={recording}
        title={t('disputes.breach.record')}
        initialValues={{ party: 'customer', kind: 'over_use' }}
        onClose={() => setRecording(false)}
        testId="breach-form"
        onSubmit={async (v) => {
          const made = await api.post<BreachDetail>('/api/v1/breaches', {
            contract_id: v.contract_id,
            party: v.party,
            kind: v.kind,
            clause: v.clause?.trim() ?? '',
            description: v.description?.trim() ?? '',
            occurred_on: v.occurred_on?.format('YYYY-MM-DD'),
          });
          navigate(`/breaches/${made.breach.id}`);
        }}
      >
        <Typography.Paragraph type="secondary">{t('disputes.breach.recordHelp')}</Typography.Paragraph>
        <Form.Item name="contract_id" label={t('disputes.contract')} rules={[{ required: true, message: t('billing_collections.contractRequired') }]}>
          <ContractPicker />
        </Form.Item>
        <Form.Item name="party" label={t('disputes.breach.party')} rules={[{ required: true }]}>
          <Select data-testid="breach-party" options={PARTIES.map((p) => ({ value: p, label: t(`disputes.breach.partyValue.${p}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.party !== b.party}>
          {({ getFieldValue, setFieldValue }) => {
            const kinds = KINDS_OF[getFieldValue('party') ?? 'customer'] ?? [];
            if (!kinds.includes(getFieldValue('kind'))) setTimeout(() => setFieldValue('kind', kinds[0]));
            return (
              <Form.Item name="kind" label={t('disputes.breach.kindLabel')} rules={[{ required: true }]}>
                <Select data-testid="breach-kind" options={kinds.map((k) => ({ value: k, label: t(`disputes.breach.kind.${k}`) }))} />
              </Form.Item>
            );
          }}
        </Form.Item>
        <Form.Item name="clause" label={t('disputes.breach.clause')} extra={t('disputes.breach.clauseHelp')} rules={[{ required: true, whitespace: true, message: t('disputes.breach.clauseRequired') }]}>
          <Input maxLength={200} data-testid="breach-clause" />
        </Form.Item>
        <Form.Item name="description" label={t('disputes.breach.description')} rules={[{ required: true, whitespace: true, message: t('disputes.summaryRequired') }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount data-testid="breach-description" />
        </Form.Item>
        <Form.Item name="occurred_on" label={t('disputes.breach.occurredOn')} rules={[{ required: true, message: t('disputes.dateRequired') }]}>
          <DatePicker style={{ width: '100%' }} data-testid="breach-date" />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
