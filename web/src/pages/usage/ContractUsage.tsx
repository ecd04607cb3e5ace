// A contract's usage for a month (or chosen days): the 95th percentile of its ports summed per
// five-minute slot on every basis, energy of its power meters, and each meter's own figures.
import { Card, DatePicker, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { UsageFigures, UsageMeterFigures, UsageSummary } from '../../api/types';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import { useApi } from '../../lib/useApi';
import { useAuth } from '../../auth/AuthContext';
import { fmtBps, fmtKwh, KindTag, thisMonth } from './shared';

function Coverage({ f }: { f: UsageFigures }) {
  const { t } = useTranslation();
  const full = f.samples >= f.expected;
  return <Tag color={full ? 'green' : 'orange'}>{t('usage.coverage', { samples: f.samples.toLocaleString(), expected: f.expected.toLocaleString() })}</Tag>;
}

export default function ContractUsage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const [period, setPeriod] = useState(thisMonth());
  const summary = useApi<UsageSummary>(`/api/v1/usage/contracts/${id}/summary`, period);
  if (summary.error) return <LoadError error={summary.error} onRetry={summary.reload} />;
  const s = summary.data;
  const title = s ? t('usage.contractTitle', { number: s.contract_number }) : t('usage.contractUsage');
  const bw = s?.bandwidth;
  return (
    <PageContainer
      title={title}
      crumbs={[{ title: t('nav.group.business') }, { title: user?.customer_id == null ? t('nav.usage') : t('nav.myUsage'), path: '/usage' }, { title }]}
      testId="usage-contract-page"
      extra={
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(v) => {
            const [a, b] = (v ?? []) as [Dayjs | null, Dayjs | null];
            if (a && b) setPeriod({ from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') });
          }}
          data-testid="usage-period"
        />
      }
    >
      {!s || !bw ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          <Card title={t('usage.bandwidthBilled')} extra={<Coverage f={bw} />}>
            <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 5 }} data-testid="usage-contract-p95">
              <Descriptions.Item label={t('usage.basis.in')}>{fmtBps(bw.p95_in_bps)}</Descriptions.Item>
              <Descriptions.Item label={t('usage.basis.out')}>{fmtBps(bw.p95_out_bps)}</Descriptions.Item>
              <Descriptions.Item label={t('usage.basis.max')}>{fmtBps(bw.p95_max_bps)}</Descriptions.Item>
              <Descriptions.Item label={t('usage.basis.sample_max')}>{fmtBps(bw.p95_sample_max_bps)}</Descriptions.Item>
              <Descriptions.Item label={t('usage.basis.sum')}>{fmtBps(bw.p95_sum_bps)}</Descriptions.Item>
            </Descriptions>
            <Typography.Text type="secondary">{t('usage.contractP95Explained')}</Typography.Text>
          </Card>
          <Card title={t('usage.powerBilled')} extra={<Coverage f={s.power} />}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="usage-contract-kwh">
              {fmtKwh(s.power.energy_wh)}
            </Typography.Title>
          </Card>
          <Card title={t('usage.meters')}>
            <Table<UsageMeterFigures>
              size="small"
              rowKey={(r) => r.meter.id}
              pagination={false}
              scroll={{ x: true }}
              dataSource={s.meters}
              columns={[
                { title: t('usage.meterName'), render: (_, r) => <Link to={`/usage/meters/${r.meter.id}`}>{r.meter.name}</Link> },
                { title: t('usage.kindLabel'), render: (_, r) => <KindTag kind={r.meter.kind} /> },
                { title: t('usage.basis.in'), render: (_, r) => (r.meter.kind === 'bandwidth' ? fmtBps(r.figures.p95_in_bps) : '—') },
                { title: t('usage.basis.out'), render: (_, r) => (r.meter.kind === 'bandwidth' ? fmtBps(r.figures.p95_out_bps) : '—') },
                { title: t('usage.energy'), render: (_, r) => (r.meter.kind === 'power' ? fmtKwh(r.figures.energy_wh) : '—') },
                { title: t('usage.samples'), render: (_, r) => <Coverage f={r.figures} /> },
              ]}
            />
          </Card>
        </Space>
      )}
    </PageContainer>
  );
}
