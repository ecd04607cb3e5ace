// Confidentiality (保密管理, R10): disclosures of customer information and their requests, what is
// held per customer and how sensitive it is, the reads of decrypted personal data, and each
// contract's confidentiality obligation with the day it ends (which outlives the contract).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { ConfidentialityHoldings, ConfidentialityLevel, ConfidentialityObligation, Disclosure, DisclosureDetail, SensitiveRead } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';
import { CATEGORIES, CustomerPicker, DISCLOSURE_STATUSES, DisclosureTag, LEVELS, LevelTag, RECIPIENT_KINDS, exportCustomer } from './shared';

interface RequestValues {
  customer_id: number;
  recipient: string;
  recipient_kind: string;
  categories: string[];
  records: string;
  purpose: string;
  basis: string;
  law?: string;
  article?: string;
  document_number?: string;
  withheld?: boolean;
  withheld_law?: string;
}

function Disclosures() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery(20, 'd');
  const f = table.filters;
  const [requesting, setRequesting] = useState(false);
  return (
    <>
      <div className="filter-bar">
        <Select
          allowClear
          placeholder={t('common.status')}
          value={f.status}
          onChange={(v) => table.setFilter('status', v)}
          style={{ width: 130 }}
          options={DISCLOSURE_STATUSES.map((s) => ({ value: s, label: t(`confidentiality.status.${s}`) }))}
        />
        <Input.Search key={f.q ?? ''} allowClear placeholder={t('confidentiality.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} />
        {can('confidentiality.request') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRequesting(true)} data-testid="disclosure-new">
            {t('confidentiality.request')}
          </Button>
        )}
      </div>
      <ServerTable<Disclosure>
        path="/api/v1/confidentiality/disclosures"
        query={{ q: f.q, status: f.status }}
        filterKeys={['q', 'status']}
        table={table}
        testId="disclosures-table"
        emptyText={t('confidentiality.noDisclosures')}
        onRow={(d) => ({ onDoubleClick: () => navigate(`/confidentiality/disclosures/${d.id}`) })}
        columns={[
          { title: t('confidentiality.number'), dataIndex: 'number', fixed: 'left', render: (n: string, d) => <Link to={`/confidentiality/disclosures/${d.id}`} className="mono">{n}</Link> },
          { title: t('confidentiality.customer'), dataIndex: 'customer_name' },
          { title: t('confidentiality.recipient'), dataIndex: 'recipient' },
          { title: t('confidentiality.basisLabel'), dataIndex: 'basis', render: (v: string) => t(`confidentiality.basis.${v}`) },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <DisclosureTag status={v} /> },
          { title: t('confidentiality.requestedAt'), dataIndex: 'requested_at', render: (v: string) => <DateTime value={v} /> },
          { title: t('confidentiality.disclosedAt'), dataIndex: 'disclosed_at', render: (v: string | null) => (v ? <DateTime value={v} /> : '—') },
        ]}
      />
      <FormModal<RequestValues>
        open={requesting}
        title={t('confidentiality.request')}
        initialValues={{ recipient_kind: 'authority', basis: 'legal', categories: ['contacts'] }}
        onClose={() => setRequesting(false)}
        testId="disclosure-form"
        width={640}
        onSubmit={async (v) => {
          const made = await api.post<DisclosureDetail>('/api/v1/confidentiality/disclosures', {
            ...v,
            records: v.records?.trim() ?? '',
            withheld: v.withheld ?? false,
          });
          navigate(`/confidentiality/disclosures/${made.disclosure.id}`);
        }}
      >
        <Typography.Paragraph type="secondary">{t('confidentiality.requestHelp')}</Typography.Paragraph>
        <Form.Item name="customer_id" label={t('confidentiality.customer')} rules={[{ required: true, message: t('confidentiality.customerRequired') }]}>
          <CustomerPicker testId="disclosure-customer" />
        </Form.Item>
        <Form.Item name="recipient_kind" label={t('confidentiality.recipientKindLabel')} rules={[{ required: true }]}>
          <Radio.Group options={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(`confidentiality.recipientKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="recipient" label={t('confidentiality.recipient')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="disclosure-recipient" />
        </Form.Item>
        <Form.Item name="categories" label={t('confidentiality.categories')} rules={[{ required: true }]}>
          <Select mode="multiple" options={CATEGORIES.map((c) => ({ value: c, label: t(`confidentiality.category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="records" label={t('confidentiality.records')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="purpose" label={t('confidentiality.purpose')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="disclosure-purpose" />
        </Form.Item>
        <Form.Item name="basis" label={t('confidentiality.basisLabel')} rules={[{ required: true }]}>
          <Radio.Group options={['legal', 'consent'].map((b) => ({ value: b, label: t(`confidentiality.basis.${b}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.basis !== b.basis || a.withheld !== b.withheld}>
          {({ getFieldValue }) =>
            getFieldValue('basis') === 'legal' ? (
              <>
                <Form.Item name="law" label={t('confidentiality.law')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={200} data-testid="disclosure-law" />
                </Form.Item>
                <Form.Item name="article" label={t('confidentiality.article')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={100} data-testid="disclosure-article" />
                </Form.Item>
                <Form.Item name="document_number" label={t('confidentiality.documentNumber')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={100} data-testid="disclosure-document" />
                </Form.Item>
                <Form.Item name="withheld" valuePropName="checked">
                  <Checkbox>{t('confidentiality.withheld')}</Checkbox>
                </Form.Item>
                {getFieldValue('withheld') && (
                  <Form.Item name="withheld_law" label={t('confidentiality.withheldLaw')} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                )}
              </>
            ) : (
              <Typography.Paragraph type="secondary">{t('confidentiality.consentHelp')}</Typography.Paragraph>
            )
          }
        </Form.Item>
      </FormModal>
    </>
  );
}

function Classification() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [levels, setLevels] = useState<ConfidentialityLevel[]>([]);
  const [customer, setCustomer] = useState<number>();
  const [held, setHeld] = useState<ConfidentialityHoldings>();
  useEffect(() => {
    api.get<ConfidentialityLevel[]>('/api/v1/confidentiality/levels').then(setLevels).catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!customer) return setHeld(undefined);
    api.get<ConfidentialityHoldings>(`/api/v1/confidentiality/customers/${customer}/holdings`).then(setHeld).catch(() => setHeld(undefined));
  }, [customer, levels]);
  const manage = can('confidentiality.manage');
  return (
    <>
      <Typography.Paragraph type="secondary">{t('confidentiality.classificationHelp')}</Typography.Paragraph>
      <Table<ConfidentialityLevel>
        rowKey="category"
        size="middle"
        pagination={false}
        dataSource={levels}
        data-testid="levels-table"
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('confidentiality.categoryLabel'), dataIndex: 'category', render: (c: string) => t(`confidentiality.category.${c}`) },
          {
            title: t('confidentiality.levelLabel'),
            dataIndex: 'level',
            render: (l: string, row) =>
              manage ? (
                <Select
                  value={l}
                  style={{ width: 120 }}
                  onChange={async (level) => {
                    setLevels(await api.post<ConfidentialityLevel[]>('/api/v1/confidentiality/levels', { category: row.category, level }));
                    message.success(t('confidentiality.levelSaved'));
                  }}
                  options={LEVELS.map((x) => ({ value: x, label: t(`confidentiality.level.${x}`) }))}
                />
              ) : (
                <LevelTag level={l} />
              ),
          },
          { title: t('confidentiality.updatedBy'), dataIndex: 'updated_by' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('confidentiality.heldTitle')}
      </Typography.Title>
      <div className="filter-bar">
        <CustomerPicker value={customer} onChange={setCustomer} testId="holdings-customer" />
        {customer && (
          <Button onClick={() => exportCustomer(customer)} data-testid="holdings-export">
            {t('confidentiality.export')}
          </Button>
        )}
      </div>
      {held && (
        <Table
          rowKey="category"
          size="middle"
          pagination={false}
          dataSource={held.categories}
          data-testid="holdings-table"
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('confidentiality.categoryLabel'), dataIndex: 'category', render: (c: string) => t(`confidentiality.category.${c}`) },
            { title: t('confidentiality.recordCount'), dataIndex: 'records', align: 'right' },
            { title: t('confidentiality.levelLabel'), dataIndex: 'level', render: (l: string) => <LevelTag level={l} /> },
          ]}
        />
      )}
    </>
  );
}

function SensitiveReads() {
  const { t } = useTranslation();
  const table = useTableQuery(20, 'r');
  const f = table.filters;
  const customer = f.customer ? Number(f.customer) : undefined;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('confidentiality.readsHelp')}</Typography.Paragraph>
      <div className="filter-bar">
        <CustomerPicker value={customer} onChange={(v) => table.setFilter('customer', v ? String(v) : undefined)} testId="reads-customer" />
      </div>
      <ServerTable<SensitiveRead>
        path="/api/v1/confidentiality/sensitive-reads"
        query={{ customer: f.customer }}
        filterKeys={['customer']}
        table={table}
        rowKey="audit_id"
        testId="reads-table"
        emptyText={t('confidentiality.noReads')}
        columns={[
          { title: t('confidentiality.readAt'), dataIndex: 'at', render: (v: string) => <DateTime value={v} /> },
          { title: t('confidentiality.reader'), dataIndex: 'actor' },
          { title: t('confidentiality.object'), dataIndex: 'object_type', render: (v: string) => t(`confidentiality.objectType.${v}`, { defaultValue: v }) },
          { title: t('confidentiality.fields'), dataIndex: 'fields', render: (v: string[]) => v.map((x) => <Tag key={x}>{t(`confidentiality.field.${x}`, { defaultValue: x })}</Tag>) },
        ]}
      />
    </>
  );
}

export function ObligationColumns(t: (k: string) => string, staff: boolean) {
  return [
    { title: t('confidentiality.contract'), dataIndex: 'contract_number', render: (n: string, o: ConfidentialityObligation) => (staff ? <Link to={`/contracts/${o.contract_id}`} className="mono">{n}</Link> : <span className="mono">{n}</span>) },
    ...(staff ? [{ title: t('confidentiality.customer'), dataIndex: 'customer_name' }] : []),
    { title: t('confidentiality.contractEnd'), dataIndex: 'contract_end' },
    { title: t('confidentiality.yearsAfterEnd'), dataIndex: 'years_after_end', align: 'right' as const },
    { title: t('confidentiality.until'), dataIndex: 'until', render: (v: string) => <strong>{v}</strong> },
    { title: t('common.status'), dataIndex: 'active', render: (a: boolean) => <Tag color={a ? 'green' : 'default'} bordered={false}>{t(a ? 'confidentiality.inForce' : 'confidentiality.ended')}</Tag> },
    { title: t('confidentiality.remindedAt'), dataIndex: 'reminded_at', render: (v: string | null) => (v ? <DateTime value={v} /> : '—') },
  ];
}

function Obligations() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const table = useTableQuery(20, 'o');
  const f = table.filters;
  const [editing, setEditing] = useState<ConfidentialityObligation>();
  const [reload, setReload] = useState(0);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('confidentiality.obligationsHelp')}</Typography.Paragraph>
      <div className="filter-bar">
        <Input.Search key={f.q ?? ''} allowClear placeholder={t('confidentiality.obligationSearch')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} />
      </div>
      <ServerTable<ConfidentialityObligation>
        key={reload}
        path="/api/v1/confidentiality/obligations"
        query={{ q: f.q }}
        filterKeys={['q']}
        table={table}
        rowKey="contract_id"
        testId="obligations-table"
        emptyText={t('confidentiality.noObligations')}
        columns={[
          ...ObligationColumns(t, true),
          ...(can('confidentiality.manage')
            ? [{ title: '', dataIndex: 'contract_id', render: (_: number, o: ConfidentialityObligation) => <Button size="small" onClick={() => setEditing(o)}>{t('confidentiality.setYears')}</Button> }]
            : []),
        ]}
      />
      <FormModal<{ years_after_end: number }>
        open={!!editing}
        title={`${t('confidentiality.setYears')} · ${editing?.contract_number ?? ''}`}
        initialValues={{ years_after_end: editing?.years_after_end }}
        onClose={() => setEditing(undefined)}
        onSubmit={async (v) => {
          await api.post(`/api/v1/confidentiality/obligations/${editing!.contract_id}`, v);
          setReload((n) => n + 1);
        }}
      >
        <Form.Item name="years_after_end" label={t('confidentiality.yearsAfterEnd')} rules={[{ required: true }]}>
          <InputNumber min={0} max={50} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </>
  );
}

export default function Confidentiality() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'disclosures';
  const title = t('nav.confidentiality');
  return (
    <PageContainer title={title} subTitle={t('confidentiality.subtitle')} crumbs={[{ title: t('nav.group.business') }, { title }]} testId="confidentiality-page">
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k })}
          items={[
            { key: 'disclosures', label: t('confidentiality.tab.disclosures'), children: <Disclosures /> },
            { key: 'classification', label: t('confidentiality.tab.classification'), children: <Classification /> },
            { key: 'reads', label: t('confidentiality.tab.reads'), children: <SensitiveReads /> },
            { key: 'obligations', label: t('confidentiality.tab.obligations'), children: <Obligations /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
