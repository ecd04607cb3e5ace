// Findings (漏洞): one per host, port and plugin across scans, with severity, deadline, owner and
// status; filters by severity, status and overdue. A customer sees its own here.
import { Card, Input, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';
import { cvss, endpoint, FINDING_STATUSES, findingTitle, FindingStatusTag, OverdueTag, SEVERITIES, SeverityTag, type VulnFinding } from './shared';

export default function Findings() {
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const title = isCustomer ? t('nav.myVulnFindings') : t('nav.vulnFindings');
  const num = (v?: string) => (v ? Number(v) : undefined);
  return (
    <PageContainer title={title} subTitle={t('vulns.findingsSubtitle')} crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.system') }, { title }]} testId="vuln-findings-page">
      <Card>
        <div className="filter-bar">
          {!isCustomer && (
            <RefSelect kind="customers" allowClear placeholder={t('vulns.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          )}
          <Select
            allowClear
            placeholder={t('vulns.severityLabel')}
            value={f.severity}
            onChange={(v) => table.setFilter('severity', v)}
            style={{ width: 130 }}
            options={SEVERITIES.map((s) => ({ value: s, label: t(`vulns.severity.${s}`) }))}
            data-testid="vuln-findings-severity"
          />
          <Select
            allowClear
            placeholder={t('common.status')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 150 }}
            options={FINDING_STATUSES.map((s) => ({ value: s, label: t(`vulns.status.${s}`) }))}
            data-testid="vuln-findings-status"
          />
          <Space size={6}>
            <Switch size="small" checked={f.overdue === 'true'} onChange={(on) => table.setFilter('overdue', on ? 'true' : undefined)} data-testid="vuln-findings-overdue" />
            {t('vulns.overdueOnly')}
          </Space>
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('vulns.findingsSearch')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
        </div>
        <ServerTable<VulnFinding>
          path="/api/v1/vulns/findings"
          query={{ q: f.q, severity: f.severity, status: f.status, overdue: f.overdue, customer: f.customer, scan: f.scan }}
          filterKeys={['q', 'severity', 'status', 'overdue', 'customer', 'scan']}
          table={table}
          testId="vuln-findings-table"
          listKey="vulns.findings"
          exportName={title}
          emptyText={t('vulns.noFindings')}
          onRow={(x) => ({ onDoubleClick: () => navigate(`/vulns/findings/${x.id}`) })}
          columns={[
            { title: t('vulns.number'), dataIndex: 'number', fixed: 'left', render: (n: string, x) => <Link to={`/vulns/findings/${x.id}`} className="mono">{n}</Link> },
            ...(isCustomer ? [] : [{ title: t('vulns.customer'), dataIndex: 'customer_id', render: (id: number) => <RefName kind="customers" id={id} /> }]),
            { title: t('vulns.endpoint'), dataIndex: 'host', render: (_: string, x) => <span className="mono">{endpoint(x.host, x.port, x.protocol)}</span> },
            { title: t('vulns.title'), dataIndex: 'title', ellipsis: true, width: 240, render: (_: string, x) => findingTitle(x, t) },
            { title: t('vulns.severityLabel'), dataIndex: 'severity', sorter: true, render: (v: string) => <SeverityTag severity={v} /> },
            { title: 'CVSS', dataIndex: 'cvss_tenths', align: 'right', render: (v: number | null) => cvss(v) },
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <FindingStatusTag status={v} /> },
            {
              title: t('vulns.dueOn'),
              dataIndex: 'due_on',
              sorter: true,
              render: (v: string, x) => (
                <Space size={4}>
                  <span>{v}</span>
                  {x.overdue && <OverdueTag />}
                </Space>
              ),
            },
            { title: t('vulns.owner'), dataIndex: 'owner', render: (v: string) => v || '—' },
            { title: t('vulns.lastSeen'), dataIndex: 'last_seen_at', render: (v: string) => <DateTime value={v} /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
