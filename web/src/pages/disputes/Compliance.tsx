// The compliance view (合规总览): every clause of the regulation with its live status, value
// against target, trend and the items that fail. "No data" is shown as such, never as passing.
import { ArrowDownOutlined, ArrowUpOutlined, FilePdfOutlined, MinusOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ComplianceView } from '../../api/types';
import { fmtInstant } from '../../lib/format';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import { useApi } from '../../lib/useApi';

type Clause = ComplianceView['clauses'][number];

const COLOURS: Record<string, string> = { passing: 'green', failing: 'red', no_data: 'default', not_measured: 'default' };
// Where each kind of failing record is shown: its own page where it has one, else its list.
function failingPath(type: string, id: number): string {
  switch (type) {
    case 'breach':
      return `/breaches/${id}`;
    case 'dispute':
      return `/disputes/${id}`;
    case 'application':
      return `/applications/${id}`;
    case 'room':
      return `/dcim/rooms/${id}`;
    case 'ticket':
      return `/servicedesk/tickets/${id}`;
    case 'contract':
      return `/contracts/${id}`;
    case 'work_order':
      return '/facility/maintenance';
    case 'entry':
      return '/facility/access';
    case 'plan':
      return '/facility/drills';
    case 'change':
      return '/facility/changes';
    case 'sla_credit':
      return '/servicedesk/levels';
    case 'round':
      return `/facility/patrol/rounds/${id}`;
    case 'device_config':
      return '/configs';
    case 'firewall_rule':
      return '/firewall/rules';
    case 'vuln_finding':
      return `/vulns/findings/${id}`;
    case 'vuln_schedule':
      return '/vulns/scans';
    case 'backup_run':
      return '/backups/runs';
    case 'disclosure':
      return '/confidentiality';
    case 'facility_finding':
      return `/facility/findings/${id}`;
    default:
      return '/billing/price-changes';
  }
}

const pct = (bp: number | null | undefined) => (bp === null || bp === undefined ? '—' : `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 2)}%`);

function Trend({ trend }: { trend: string }) {
  const { t } = useTranslation();
  const icon = trend === 'up' ? <ArrowUpOutlined /> : trend === 'down' ? <ArrowDownOutlined /> : trend === 'flat' ? <MinusOutlined /> : null;
  return (
    <span>
      {icon} {t(`compliance.trend.${trend}`)}
    </span>
  );
}

export default function Compliance() {
  const { t, i18n } = useTranslation();
  const state = useApi<ComplianceView>('/api/v1/compliance');
  const [measuredOnly, setMeasuredOnly] = useState(false);
  const title = t('nav.compliance');
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const view = state.data;
  const count = (s: string) => view.clauses.filter((c) => c.status === s).length;
  const rows = measuredOnly ? view.clauses.filter((c) => c.status !== 'not_measured') : view.clauses;
  return (
    <PageContainer title={title} subTitle={t('compliance.subtitle')} crumbs={[{ title: t('nav.group.system') }, { title }]} testId="compliance-page">
      <Card>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Typography.Text type="secondary" data-testid="compliance-period">
            {t('compliance.period', { from: view.period_from, to: view.period_to, at: fmtInstant(view.as_of) })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="compliance-audit-head">
            {t('compliance.auditHead', { id: view.audit_head_id, hash: view.audit_head_hash.slice(0, 16) })}
          </Typography.Text>
          <Space wrap>
            <Typography.Text strong data-testid="compliance-summary">
              {t('compliance.summary', { passing: count('passing'), failing: count('failing'), noData: count('no_data'), notMeasured: count('not_measured') })}
            </Typography.Text>
            <Button
              size="small"
              icon={<FilePdfOutlined />}
              href={`/api/v1/compliance/report?lang=${i18n.language === 'en-US' ? 'en-US' : 'zh-CN'}`}
              target="_blank"
              data-testid="compliance-pdf"
            >
              {t('compliance.report')}
            </Button>
            <span>
              <Switch size="small" checked={measuredOnly} onChange={setMeasuredOnly} data-testid="compliance-measured-only" /> {t('compliance.onlyMeasured')}
            </span>
          </Space>
          <Table<Clause>
            size="small"
            rowKey="clause"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            data-testid="compliance-table"
            columns={[
              { title: t('compliance.clause'), dataIndex: 'clause', fixed: 'left', width: 80, render: (v: string) => <span className="mono">{v}</span> },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (v: string) => (
                  <Tag color={COLOURS[v]} bordered={false}>
                    {t(`compliance.status.${v}`)}
                  </Tag>
                ),
              },
              {
                title: t('compliance.name'),
                dataIndex: 'clause',
                key: 'name',
                render: (v: string, c) => (
                  <Space direction="vertical" size={0}>
                    <span>{t(`compliance.clauses.${v}`)}</span>
                    {c.period_from && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('compliance.ownPeriod', { from: c.period_from, to: c.period_to })}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              { title: t('compliance.value'), dataIndex: 'value_bp', align: 'right', render: (v: number | null) => pct(v) },
              { title: t('compliance.target'), dataIndex: 'target_bp', align: 'right', render: (v: number | null, c) => (c.status === 'not_measured' ? '—' : pct(v)) },
              { title: t('compliance.trendLabel'), dataIndex: 'trend', render: (v: string) => <Trend trend={v} /> },
              {
                title: t('compliance.failing'),
                key: 'failing',
                render: (_, c) =>
                  c.failing_count === 0 ? (
                    '—'
                  ) : (
                    <Space size={4} wrap>
                      {c.failing.map((f) => (
                        <Link key={`${f.type}-${f.id}`} className="mono" to={failingPath(f.type, f.id)}>
                          {f.number}
                        </Link>
                      ))}
                      {c.failing_count > c.failing.length && <Typography.Text type="secondary">+{c.failing_count - c.failing.length}</Typography.Text>}
                    </Space>
                  ),
              },
              { title: t('compliance.evidence'), dataIndex: 'evidence', render: (v: string) => (v ? <Link to={v}>{t('compliance.viewRecords')}</Link> : '—') },
            ]}
          />
        </Space>
      </Card>
    </PageContainer>
  );
}
