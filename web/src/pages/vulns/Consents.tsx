// Consent to scanning (扫描授权): a customer records in the portal which of its own prefixes and
// addresses may be scanned and until when; staff record a signed consent with its document. The
// ports the customer declares as its services are kept here too (open, they are not findings).
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import { useApi } from '../../lib/useApi';
import { useTableQuery } from '../../lib/useTableQuery';
import { targetsOf, type VulnAllowedPort, type VulnConsent } from './shared';
import { businessTodayIso } from '../../lib/format';

interface ConsentValues {
  customer_id?: number;
  granted_by: string;
  granted_on?: Dayjs;
  scope_text?: string;
  window?: [Dayjs, Dayjs];
  source: string;
  document?: string;
}

const day = (d?: Dayjs) => (d ? d.format('YYYY-MM-DD') : undefined);

export default function Consents() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, isCustomer } = useAuth();
  const table = useTableQuery();
  const f = table.filters;
  const [form, setForm] = useState<'consent' | 'port' | null>(null);
  const [reload, setReload] = useState(0);
  const ports = useApi<Page<VulnAllowedPort>>('/api/v1/vulns/allowed-ports', { customer: f.customer, r: reload || undefined });
  const title = isCustomer ? t('nav.myVulnConsents') : t('nav.vulnConsents');
  const canWrite = can('vulns.consent');
  const today = businessTodayIso();
  const num = (v?: string) => (v ? Number(v) : undefined);
  return (
    <PageContainer
      title={title}
      subTitle={t('vulns.consentsSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.system') }, { title }]}
      testId="vuln-consents-page"
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm('consent')} data-testid="vuln-consent-new">
            {t('vulns.newConsent')}
          </Button>
        )
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          {!isCustomer && (
            <div className="filter-bar">
              <RefSelect kind="customers" allowClear placeholder={t('vulns.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
            </div>
          )}
          <ServerTable<VulnConsent>
            key={reload}
            path="/api/v1/vulns/consents"
            query={{ q: f.q, customer: f.customer }}
            filterKeys={['q', 'customer']}
            table={table}
            testId="vuln-consents-table"
            listKey="vulns.consents"
            exportName={title}
            emptyText={t('vulns.noConsents')}
            columns={[
              ...(isCustomer ? [] : [{ title: t('vulns.customer'), dataIndex: 'customer_id', render: (id: number) => <RefName kind="customers" id={id} /> }]),
              { title: t('vulns.scope'), dataIndex: 'scope', render: (v: string[]) => <span className="mono">{v.join(', ')}</span> },
              { title: t('vulns.validity'), dataIndex: 'valid_until', sorter: true, render: (_: string, c) => `${c.valid_from} ~ ${c.valid_until}` },
              {
                title: t('common.status'),
                dataIndex: 'revoked_at',
                render: (_: string | null, c) =>
                  c.revoked_at ? <Tag>{t('vulns.consentRevoked')}</Tag> : c.valid_until < today ? <Tag color="default">{t('vulns.consentExpired')}</Tag> : c.valid_from > today ? <Tag color="blue">{t('vulns.consentFuture')}</Tag> : <Tag color="green">{t('vulns.consentInForce')}</Tag>,
              },
              { title: t('vulns.grantedBy'), dataIndex: 'granted_by', render: (v: string, c) => `${v} · ${c.granted_on}` },
              { title: t('vulns.source'), dataIndex: 'source', render: (v: string, c) => [t(`vulns.sources.${v}`), c.document].filter(Boolean).join(' · ') },
              {
                title: t('vulns.signedFile'),
                dataIndex: 'has_file',
                render: (has: boolean, c) => (
                  <Space size={8}>
                    {has && (
                      <a href={`/api/v1/vulns/consents/${c.id}/document`} target="_blank" rel="noreferrer" data-testid={`vuln-consent-file-${c.id}`}>
                        {t('vulns.viewFile')}
                      </a>
                    )}
                    {canWrite && !c.revoked_at && (
                      <Upload
                        showUploadList={false}
                        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                        customRequest={async ({ file, onSuccess, onError }) => {
                          try {
                            const f = file as File;
                            await api.upload(`/api/v1/vulns/consents/${c.id}/document`, f, f.type || 'application/pdf');
                            message.success(t('vulns.uploaded'));
                            onSuccess?.({});
                            setReload((n) => n + 1);
                          } catch (e) {
                            message.error(e instanceof Error ? e.message : String(e));
                            onError?.(e as Error);
                          }
                        }}
                      >
                        <Button size="small" icon={<UploadOutlined />} data-testid={`vuln-consent-upload-${c.id}`}>
                          {has ? t('vulns.replaceFile') : t('vulns.uploadFile')}
                        </Button>
                      </Upload>
                    )}
                    {!has && !canWrite && '—'}
                  </Space>
                ),
              },
              ...(canWrite
                ? [
                    {
                      title: '',
                      dataIndex: 'id',
                      render: (id: number, c: VulnConsent) =>
                        !c.revoked_at && (
                          <Popconfirm
                            title={t('vulns.revokeConfirm')}
                            onConfirm={async () => {
                              await api.post(`/api/v1/vulns/consents/${id}/revoke`);
                              message.success(t('vulns.revoked'));
                              setReload((n) => n + 1);
                            }}
                          >
                            <Button size="small" danger data-testid={`vuln-consent-revoke-${id}`}>
                              {t('vulns.revoke')}
                            </Button>
                          </Popconfirm>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        <Card
          title={t('vulns.declaredPorts')}
          extra={
            canWrite && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setForm('port')} data-testid="vuln-port-new">
                {t('vulns.declarePort')}
              </Button>
            )
          }
        >
          <Typography.Paragraph type="secondary">{t('vulns.declaredPortsHelp')}</Typography.Paragraph>
          <Table<VulnAllowedPort>
            size="small"
            rowKey="id"
            loading={ports.loading}
            dataSource={ports.data?.results ?? []}
            pagination={false}
            scroll={{ x: true }}
            data-testid="vuln-ports-table"
            locale={{ emptyText: t('vulns.noDeclaredPorts') }}
            columns={[
              ...(isCustomer ? [] : [{ title: t('vulns.customer'), dataIndex: 'customer_id', render: (id: number) => <RefName kind="customers" id={id} /> }]),
              { title: t('vulns.port'), dataIndex: 'port', render: (v: number, p) => `${v}/${p.protocol}` },
              { title: t('vulns.note'), dataIndex: 'note', render: (v: string) => v || '—' },
              ...(canWrite
                ? [
                    {
                      title: '',
                      dataIndex: 'id',
                      render: (id: number) => (
                        <Popconfirm
                          title={t('vulns.withdrawConfirm')}
                          onConfirm={async () => {
                            await api.del(`/api/v1/vulns/allowed-ports/${id}`);
                            setReload((n) => n + 1);
                          }}
                        >
                          <Button size="small">{t('vulns.withdraw')}</Button>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </Space>

      <FormModal<ConsentValues>
        open={form === 'consent'}
        title={t('vulns.newConsent')}
        initialValues={{ source: isCustomer ? 'portal' : 'signed' }}
        onClose={() => setForm(null)}
        testId="vuln-consent-form"
        alias={{ scope: 'scope_text', valid_from: 'window', valid_until: 'window' }}
        onSubmit={async (v) => {
          await api.post('/api/v1/vulns/consents', {
            customer_id: isCustomer ? undefined : v.customer_id,
            granted_by: v.granted_by?.trim() ?? '',
            granted_on: day(v.granted_on),
            scope: targetsOf(v.scope_text),
            valid_from: day(v.window?.[0]),
            valid_until: day(v.window?.[1]),
            source: isCustomer ? 'portal' : v.source,
            document: v.document?.trim() || undefined,
          });
          setReload((n) => n + 1);
        }}
      >
        <Typography.Paragraph type="secondary">{t('vulns.consentHelp')}</Typography.Paragraph>
        {!isCustomer && (
          <Form.Item name="customer_id" label={t('vulns.customer')} rules={[{ required: true, message: t('vulns.customerRequired') }]}>
            <RefSelect kind="customers" />
          </Form.Item>
        )}
        <Form.Item name="scope_text" label={t('vulns.scope')} extra={t('vulns.targetsHelp')} rules={[{ required: true, whitespace: true, message: t('vulns.targetsRequired') }]}>
          <Input.TextArea rows={3} data-testid="vuln-consent-scope" />
        </Form.Item>
        <Form.Item name="window" label={t('vulns.validity')} rules={[{ required: true, message: t('vulns.windowRequired') }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="vuln-consent-window" />
        </Form.Item>
        <Form.Item name="granted_by" label={t('vulns.grantedBy')} rules={[{ required: true, whitespace: true, message: t('vulns.grantedByRequired') }]}>
          <Input maxLength={200} data-testid="vuln-consent-granted-by" />
        </Form.Item>
        <Form.Item name="granted_on" label={t('vulns.grantedOn')} rules={[{ required: true, message: t('vulns.grantedOnRequired') }]}>
          <DatePicker style={{ width: '100%' }} data-testid="vuln-consent-granted-on" />
        </Form.Item>
        {!isCustomer && (
          <>
            <Form.Item name="source" label={t('vulns.source')} rules={[{ required: true }]}>
              <Select options={['signed', 'portal'].map((s) => ({ value: s, label: t(`vulns.sources.${s}`) }))} />
            </Form.Item>
            <Form.Item name="document" label={t('vulns.document')} extra={t('vulns.documentHelp')}>
              <Input maxLength={255} />
            </Form.Item>
          </>
        )}
      </FormModal>

      <FormModal<{ customer_id?: number; protocol: string; port?: number; note?: string }>
        open={form === 'port'}
        title={t('vulns.declarePort')}
        initialValues={{ protocol: 'tcp' }}
        onClose={() => setForm(null)}
        testId="vuln-port-form"
        onSubmit={async (v) => {
          await api.post('/api/v1/vulns/allowed-ports', { customer_id: isCustomer ? undefined : v.customer_id, protocol: v.protocol, port: v.port, note: v.note?.trim() ?? '' });
          setReload((n) => n + 1);
        }}
      >
        {!isCustomer && (
          <Form.Item name="customer_id" label={t('vulns.customer')} rules={[{ required: true, message: t('vulns.customerRequired') }]}>
            <RefSelect kind="customers" />
          </Form.Item>
        )}
        <Form.Item name="protocol" label={t('vulns.protocol')} rules={[{ required: true }]}>
          <Select options={['tcp', 'udp'].map((p) => ({ value: p, label: p.toUpperCase() }))} />
        </Form.Item>
        <Form.Item name="port" label={t('vulns.port')} rules={[{ required: true, message: t('vulns.portRequired') }]}>
          <InputNumber min={1} max={65535} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('vulns.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
