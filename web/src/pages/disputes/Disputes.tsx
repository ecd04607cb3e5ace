// Disputes (争议处理, R12): every case with its status, amount and forum; staff open a case on a
// contract, from a complaint or from an invoice. A customer sees its own cases here.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { Dispute, DisputeDetail } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable from '../../components/ServerTable';
import { fmtYuan } from '../../lib/format';
import { useTableQuery } from '../../lib/useTableQuery';
import { ContractPicker } from '../billing/collections/shared';
import { DISPUTE_STATUSES, DisputeTag, RAISED_BY, RecordPicker, SOURCE_TYPES } from './shared';

interface OpenValues {
  source_type: string;
  contract_id?: number;
  source_id?: number;
  raised_by: string;
  claim: string;
  amount_yuan: number;
  respond_by?: Dayjs;
}

export default function Disputes() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const [opening, setOpening] = useState(false);
  const title = isCustomer ? t('nav.myDisputes') : t('nav.disputes');
  return (
    <PageContainer
      title={title}
      subTitle={t('disputes.subtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.business') }, { title }]}
      testId="disputes-page"
      extra={
        !isCustomer &&
        can('disputes.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="dispute-new">
            {t('disputes.open')}
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
            style={{ width: 160 }}
            options={DISPUTE_STATUSES.map((s) => ({ value: s, label: t(`disputes.status.${s}`) }))}
            data-testid="disputes-status"
          />
          <span>
            <Switch size="small" checked={f.open === 'true'} onChange={(on) => table.setFilter('open', on ? 'true' : undefined)} data-testid="disputes-open-only" />{' '}
            {t('disputes.openOnly')}
          </span>
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('disputes.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} />
        </div>
        <ServerTable<Dispute>
          path="/api/v1/disputes"
          query={{ q: f.q, status: f.status, open: f.open, customer: f.customer, contract: f.contract }}
          filterKeys={['q', 'status', 'open', 'customer', 'contract']}
          table={table}
          testId="disputes-table"
          listKey="disputes"
          exportName={title}
          emptyText={t('disputes.noDisputes')}
          onRow={(d) => ({ onDoubleClick: () => navigate(`/disputes/${d.id}`) })}
          columns={[
            { title: t('disputes.number'), dataIndex: 'number', fixed: 'left', render: (n: string, d) => <Link to={`/disputes/${d.id}`} className="mono">{n}</Link> },
            ...(isCustomer ? [] : [{ title: t('disputes.customer'), dataIndex: 'customer_name' }]),
            { title: t('disputes.contract'), dataIndex: 'contract_number', render: (n: string) => <span className="mono">{n}</span> },
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <DisputeTag status={v} /> },
            { title: t('disputes.claim'), dataIndex: 'claim', ellipsis: true, width: 260 },
            { title: t('disputes.amountShort'), dataIndex: 'amount_fen', align: 'right', render: (v: number) => <span className="money">{fmtYuan(v)}</span> },
            { title: t('disputes.source'), dataIndex: 'source_type', render: (v: string, d) => [t(`disputes.sourceType.${v}`), d.source_number].filter(Boolean).join(' ') },
            { title: t('disputes.hearingDate'), dataIndex: 'hearing_date', render: (v: string | null) => v ?? '—' },
            { title: t('disputes.createdAt'), dataIndex: 'created_at', render: (v: string) => <DateTime value={v} /> },
          ]}
        />
      </Card>
      <FormModal<OpenValues>
        open={opening}
        title={t('disputes.open')}
        initialValues={{ source_type: 'direct', raised_by: 'customer' }}
        onClose={() => setOpening(false)}
        testId="dispute-open-form"
        alias={{ amount_fen: 'amount_yuan' }}
        onSubmit={async (v) => {
          const made = await api.post<DisputeDetail>('/api/v1/disputes', {
            source_type: v.source_type,
            contract_id: v.source_type === 'direct' ? v.contract_id : undefined,
            source_id: v.source_type === 'direct' ? undefined : v.source_id,
            raised_by: v.raised_by,
            claim: v.claim?.trim() ?? '',
            amount_fen: Math.round((v.amount_yuan ?? 0) * 100),
            respond_by: v.respond_by ? v.respond_by.format('YYYY-MM-DD') : undefined,
          });
          navigate(`/disputes/${made.dispute.id}`);
        }}
      >
        <Typography.Paragraph type="secondary">{t('disputes.openHelp')}</Typography.Paragraph>
        <Form.Item name="source_type" label={t('disputes.source')} rules={[{ required: true }]}>
          <Select data-testid="dispute-source-type" options={SOURCE_TYPES.map((s) => ({ value: s, label: t(`disputes.sourceType.${s}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.source_type !== b.source_type}>
          {({ getFieldValue }) =>
            getFieldValue('source_type') === 'direct' ? (
              <Form.Item name="contract_id" label={t('disputes.contract')} rules={[{ required: true, message: t('billing_collections.contractRequired') }]}>
                <ContractPicker />
              </Form.Item>
            ) : (
              <Form.Item name="source_id" label={t('disputes.sourceRecord')} rules={[{ required: true, message: t('disputes.sourceRequired') }]}>
                <RecordPicker kind={getFieldValue('source_type')} testId="dispute-source" />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="raised_by" label={t('disputes.raisedBy')} rules={[{ required: true }]}>
          <Select options={RAISED_BY.map((s) => ({ value: s, label: t(`disputes.raisedByValue.${s}`) }))} />
        </Form.Item>
        <Form.Item name="claim" label={t('disputes.claim')} rules={[{ required: true, whitespace: true, message: t('disputes.claimRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="dispute-claim" />
        </Form.Item>
        <Form.Item name="amount_yuan" label={t('disputes.amount')} rules={[{ required: true, message: t('disputes.amountRequired') }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="dispute-amount" />
        </Form.Item>
        <Form.Item name="respond_by" label={t('disputes.respondBy')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
