// One scan (扫描结果): what it scanned and how, the hosts' open ports and services it saw, and what
// it did to the findings (new, verified closed, reopened). A scan started now runs in the
// background: while it runs the page asks again every few seconds.
import { Card, Col, Descriptions, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import { RefName } from '../../components/Ref';
import { LoadError } from '../../components/Results';
import { useApi } from '../../lib/useApi';
import type { VulnScanDetail } from './shared';

const SCAN_POLL_MS = 3000;

const scanStatusColor = (status: string) => (status === 'done' ? 'green' : status === 'running' ? 'blue' : 'red');

export default function ScanDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const state = useApi<VulnScanDetail>(`/api/v1/vulns/scans/${id}`);
  const running = state.data?.scan.status === 'running';
  const { reload } = state;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, SCAN_POLL_MS);
    return () => clearTimeout(timer);
  }, [running, state.data, reload]);
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { scan: s, ports } = state.data;
  const title = isCustomer ? t('nav.myVulnScans') : t('nav.vulnScans');
  return (
    <PageContainer
      title={<span className="mono">{s.number}</span>}
      docTitle={s.number}
      tags={<Tag color={scanStatusColor(s.status)}>{t(`vulns.scanStatus.${s.status}`)}</Tag>}
      subTitle={t(`vulns.kinds.${s.kind}`)}
      testId="vuln-scan-detail"
      crumbs={isCustomer ? [{ title, path: '/vulns/scans' }, { title: s.number }] : [{ title: t('nav.group.system') }, { title, path: '/vulns/scans' }, { title: s.number }]}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('vulns.overview')}>
            <Descriptions size="small" column={1} data-testid="vuln-scan-overview">
              {!isCustomer && (
                <Descriptions.Item label={t('vulns.customer')}>
                  <RefName kind="customers" id={s.customer_id} />
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('vulns.targets')}>
                <span className="mono">{s.targets.join(', ')}</span>
              </Descriptions.Item>
              {s.profile && <Descriptions.Item label={t('vulns.profile')}>{[t(`vulns.profiles.${s.profile}`), s.ports].filter(Boolean).join(' · ')}</Descriptions.Item>}
              <Descriptions.Item label={t('vulns.hostsUp')}>{s.hosts_up}</Descriptions.Item>
              <Descriptions.Item label={t('vulns.findingsEffect')}>
                <Link to={`/vulns/findings?scan=${s.id}`}>{t('vulns.effect', { created: s.findings_new, closed: s.findings_closed, reopened: s.findings_reopened })}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('vulns.startedAt')}>
                <DateTime value={s.started_at} />
              </Descriptions.Item>
              <Descriptions.Item label={t('vulns.finishedAt')}>
                <DateTime value={s.finished_at} />
              </Descriptions.Item>
              <Descriptions.Item label={t('vulns.by')}>{s.created_by}</Descriptions.Item>
              {s.error && (
                <Descriptions.Item label={t('vulns.error')}>
                  <Typography.Text type="danger">{s.error}</Typography.Text>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('vulns.openPorts')}>
            <Table
              size="small"
              rowKey={(p) => `${p.host}/${p.protocol}/${p.port}`}
              pagination={false}
              dataSource={ports}
              scroll={{ x: true }}
              data-testid="vuln-scan-ports"
              locale={{ emptyText: t('vulns.noOpenPorts') }}
              columns={[
                { title: t('vulns.host'), dataIndex: 'host', render: (v: string) => <span className="mono">{v}</span> },
                { title: t('vulns.port'), dataIndex: 'port', render: (v: number, p) => `${v}/${p.protocol}` },
                { title: t('vulns.service'), dataIndex: 'service', render: (v: string) => v || '—' },
                { title: t('vulns.product'), dataIndex: 'product', render: (v: string, p) => [v, p.version].filter(Boolean).join(' ') || '—' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
