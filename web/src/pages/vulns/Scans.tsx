// Scans (漏洞扫描): every nmap run and imported report with what it found; security runs a scan now
// (only the customer's own addresses under its consent), imports an nmap or OpenVAS report, and
// keeps the scheduled scans. A customer sees its own scans and schedules here.
import { CloudUploadOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { Page } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import { useApi } from '../../lib/useApi';
import { useTableQuery } from '../../lib/useTableQuery';
import { PROFILES, REPORT_KINDS, targetsOf, type VulnScan, type VulnScanDetail, type VulnSchedule } from './shared';

interface ScanValues {
  customer_id?: number;
  targets_text?: string;
  profile: string;
  ports?: string;
}
interface ImportValues {
  customer?: number;
  kind: string;
  file?: { originFileObj?: File }[];
}
interface ScheduleValues extends ScanValues {
  interval_days: number;
  first_run_on?: Dayjs;
}

export default function Scans() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const [form, setForm] = useState<'scan' | 'import' | 'schedule' | null>(null);
  const schedules = useApi<Page<VulnSchedule>>('/api/v1/vulns/schedules', { limit: 100 });
  const title = isCustomer ? t('nav.myVulnScans') : t('nav.vulnScans');
  const staff = !isCustomer && can('vulns.scan');
  const num = (v?: string) => (v ? Number(v) : undefined);
  return (
    <PageContainer
      title={title}
      subTitle={t('vulns.scansSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.system') }, { title }]}
      testId="vuln-scans-page"
      extra={
        staff && (
          <Space wrap>
            <Button icon={<CloudUploadOutlined />} onClick={() => setForm('import')} data-testid="vuln-import">
              {t('vulns.importReport')}
            </Button>
            <Button type="primary" icon={<ThunderboltOutlined />} onClick={() => setForm('scan')} data-testid="vuln-scan-now">
              {t('vulns.scanNow')}
            </Button>
          </Space>
        )
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <div className="filter-bar">
            {!isCustomer && <RefSelect kind="customers" allowClear placeholder={t('vulns.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />}
            <Select
              allowClear
              placeholder={t('vulns.kind')}
              value={f.kind}
              onChange={(v) => table.setFilter('kind', v)}
              style={{ width: 160 }}
              options={['nmap', ...REPORT_KINDS].map((k) => ({ value: k, label: t(`vulns.kinds.${k}`) }))}
            />
            <Input.Search key={f.q ?? ''} allowClear placeholder={t('vulns.scansSearch')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 220 }} />
          </div>
          <ServerTable<VulnScan>
            path="/api/v1/vulns/scans"
            query={{ q: f.q, kind: f.kind, status: f.status, customer: f.customer }}
            filterKeys={['q', 'kind', 'status', 'customer']}
            table={table}
            testId="vuln-scans-table"
            listKey="vulns.scans"
            exportName={title}
            emptyText={t('vulns.noScans')}
            onRow={(s) => ({ onDoubleClick: () => navigate(`/vulns/scans/${s.id}`) })}
            columns={[
              { title: t('vulns.number'), dataIndex: 'number', fixed: 'left', render: (n: string, s) => <Link to={`/vulns/scans/${s.id}`} className="mono">{n}</Link> },
              ...(isCustomer ? [] : [{ title: t('vulns.customer'), dataIndex: 'customer_id', render: (id: number) => <RefName kind="customers" id={id} /> }]),
              { title: t('vulns.kind'), dataIndex: 'kind', render: (v: string) => t(`vulns.kinds.${v}`) },
              { title: t('vulns.targets'), dataIndex: 'targets', ellipsis: true, render: (v: string[]) => <span className="mono">{v.join(', ')}</span> },
              { title: t('common.status'), dataIndex: 'status', render: (v: string, s) => <Tag color={v === 'done' ? 'green' : v === 'running' ? 'blue' : 'red'} title={s.error ?? undefined}>{t(`vulns.scanStatus.${v}`)}</Tag> },
              { title: t('vulns.openPorts'), dataIndex: 'open_ports', sorter: true, align: 'right' },
              { title: t('vulns.newFindings'), dataIndex: 'findings_new', sorter: true, align: 'right' },
              { title: t('vulns.closedFindings'), dataIndex: 'findings_closed', align: 'right' },
              { title: t('vulns.reopenedFindings'), dataIndex: 'findings_reopened', align: 'right' },
              { title: t('vulns.finishedAt'), dataIndex: 'finished_at', render: (v: string | null) => <DateTime value={v} /> },
            ]}
          />
        </Card>
        <Card
          title={t('vulns.schedules')}
          extra={
            staff && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setForm('schedule')} data-testid="vuln-schedule-new">
                {t('vulns.newSchedule')}
              </Button>
            )
          }
        >
          <Table<VulnSchedule>
            size="small"
            rowKey="id"
            loading={schedules.loading}
            dataSource={schedules.data?.results ?? []}
            pagination={false}
            scroll={{ x: true }}
            data-testid="vuln-schedules-table"
            locale={{ emptyText: t('vulns.noSchedules') }}
            columns={[
              ...(isCustomer ? [] : [{ title: t('vulns.customer'), dataIndex: 'customer_id', render: (id: number) => <RefName kind="customers" id={id} /> }]),
              { title: t('vulns.targets'), dataIndex: 'targets', render: (v: string[]) => <span className="mono">{v.join(', ')}</span> },
              { title: t('vulns.profile'), dataIndex: 'profile', render: (v: string, s) => [t(`vulns.profiles.${v}`), s.ports].filter(Boolean).join(' · ') },
              { title: t('vulns.interval'), dataIndex: 'interval_days', render: (v: number) => t('vulns.everyDays', { count: v }) },
              { title: t('vulns.nextRun'), dataIndex: 'next_run_on' },
              {
                title: t('vulns.active'),
                dataIndex: 'active',
                render: (v: boolean, s) =>
                  staff ? (
                    <Switch
                      size="small"
                      checked={v}
                      onChange={async (on) => {
                        await api.put(`/api/v1/vulns/schedules/${s.id}`, { profile: s.profile, ports: s.ports ?? undefined, interval_days: s.interval_days, active: on });
                        schedules.reload();
                      }}
                    />
                  ) : (
                    t(v ? 'common.yes' : 'common.no')
                  ),
              },
            ]}
          />
        </Card>
      </Space>

      <FormModal<ScanValues>
        open={form === 'scan'}
        title={t('vulns.scanNow')}
        okText={t('vulns.startScan')}
        initialValues={{ profile: 'top' }}
        onClose={() => setForm(null)}
        testId="vuln-scan-form"
        alias={{ targets: 'targets_text', customer_id: 'customer_id' }}
        onSubmit={async (v) => {
          const made = await api.post<VulnScanDetail>('/api/v1/vulns/scans', { customer_id: v.customer_id, targets: targetsOf(v.targets_text), profile: v.profile, ports: v.ports?.trim() || undefined });
          navigate(`/vulns/scans/${made.scan.id}`);
        }}
      >
        <Typography.Paragraph type="secondary">{t('vulns.scanHelp')}</Typography.Paragraph>
        <ScanFields t={t} />
      </FormModal>

      <FormModal<ScheduleValues>
        open={form === 'schedule'}
        title={t('vulns.newSchedule')}
        initialValues={{ profile: 'top', interval_days: 30 }}
        onClose={() => setForm(null)}
        testId="vuln-schedule-form"
        alias={{ targets: 'targets_text' }}
        onSubmit={async (v) => {
          await api.post('/api/v1/vulns/schedules', {
            customer_id: v.customer_id,
            targets: targetsOf(v.targets_text),
            profile: v.profile,
            ports: v.ports?.trim() || undefined,
            interval_days: v.interval_days,
            first_run_on: v.first_run_on ? v.first_run_on.format('YYYY-MM-DD') : undefined,
          });
          schedules.reload();
        }}
      >
        <ScanFields t={t} />
        <Form.Item name="interval_days" label={t('vulns.intervalDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={366} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="first_run_on" label={t('vulns.firstRun')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>

      <FormModal<ImportValues>
        open={form === 'import'}
        title={t('vulns.importReport')}
        initialValues={{ kind: 'openvas_import' }}
        onClose={() => setForm(null)}
        testId="vuln-import-form"
        onSubmit={async (v) => {
          const file = v.file?.[0]?.originFileObj;
          if (!file) throw new Error(t('vulns.fileRequired'));
          const made = await api.upload<VulnScanDetail>('/api/v1/vulns/scans/import', file, 'application/xml', { customer: v.customer, kind: v.kind });
          navigate(`/vulns/scans/${made.scan.id}`);
        }}
      >
        <Typography.Paragraph type="secondary">{t('vulns.importHelp')}</Typography.Paragraph>
        <Form.Item name="customer" label={t('vulns.customer')} rules={[{ required: true, message: t('vulns.customerRequired') }]}>
          <RefSelect kind="customers" />
        </Form.Item>
        <Form.Item name="kind" label={t('vulns.reportKind')} rules={[{ required: true }]}>
          <Select options={REPORT_KINDS.map((k) => ({ value: k, label: t(`vulns.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="file" label={t('vulns.reportFile')} valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)} rules={[{ required: true, message: t('vulns.fileRequired') }]}>
          <Upload beforeUpload={() => false} maxCount={1} accept=".xml,text/xml,application/xml">
            <Button icon={<CloudUploadOutlined />}>{t('vulns.chooseFile')}</Button>
          </Upload>
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}

function ScanFields({ t }: { t: (k: string) => string }) {
  return (
    <>
      <Form.Item name="customer_id" label={t('vulns.customer')} rules={[{ required: true, message: t('vulns.customerRequired') }]}>
        <RefSelect kind="customers" data-testid="vuln-scan-customer" />
      </Form.Item>
      <Form.Item name="targets_text" label={t('vulns.targets')} extra={t('vulns.targetsHelp')} rules={[{ required: true, whitespace: true, message: t('vulns.targetsRequired') }]}>
        <Input.TextArea rows={3} placeholder="192.0.2.10&#10;192.0.2.16/28" data-testid="vuln-scan-targets" />
      </Form.Item>
      <Form.Item name="profile" label={t('vulns.profile')} rules={[{ required: true }]}>
        <Select options={PROFILES.map((p) => ({ value: p, label: t(`vulns.profiles.${p}`) }))} />
      </Form.Item>
      <Form.Item name="ports" label={t('vulns.ports')} extra={t('vulns.portsHelp')}>
        <Input placeholder="22,80,443,8000-8100" data-testid="vuln-scan-ports" />
      </Form.Item>
    </>
  );
}
