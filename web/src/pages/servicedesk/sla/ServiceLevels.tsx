// The month's service quality (R7.1.2, R9.2.1): availability (or that nothing measured the month),
// response and resolution against target, complaints and satisfaction, and the month's SLA credits
// with their computation. Staff see every customer; a customer sees its own.
import { Card, Col, Empty, Row, Select, Statistic, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/schema';
import PageContainer from '../../../components/PageContainer';
import { useApi } from '../../../lib/useApi';

type Indicators = components['schemas']['SlaIndicators'];
type Credits = components['schemas']['SlaCredits'];
type Credit = components['schemas']['SlaCredit'];

/** The last twelve months, newest first, as YYYY-MM. */
function recentMonths(): string[] {
  const out: string[] = [];
  const d = new Date();
  for (let i = 0; i < 12; i++) {
    const m = new Date(d.getFullYear(), d.getMonth() - i, 1);
    out.push(`${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

const percent = (ppm: number | null | undefined) => (ppm == null ? null : `${(ppm / 10000).toFixed(3)} %`);
const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 });
const ratio = (met: number, of: number) => (of === 0 ? '—' : `${met} / ${of}`);

export default function ServiceLevels() {
  const { t } = useTranslation();
  const months = useMemo(recentMonths, []);
  const [month, setMonth] = useState(months[0]);
  const indicators = useApi<Indicators>('/api/v1/servicedesk/levels/indicators', { month });
  const credits = useApi<Credits>('/api/v1/servicedesk/levels/credits', { month });
  const ind = indicators.data;
  const measured = ind?.availability.measured ?? false;

  return (
    <PageContainer
      title={t('servicedesk_sla.title')}
      testId="service-levels-page"
      extra={
        <Select
          data-testid="service-levels-month"
          value={month}
          onChange={setMonth}
          style={{ width: 140 }}
          options={months.map((m) => ({ value: m, label: m }))}
        />
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={indicators.loading} data-testid="service-levels-availability">
            <Statistic
              title={t('servicedesk_sla.availability')}
              value={ind?.customer_id == null ? t('servicedesk_sla.perCustomer') : measured ? percent(ind?.availability.availability_ppm) ?? '—' : t('servicedesk_sla.notMeasured')}
            />
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={indicators.loading}>
            <Statistic title={t('servicedesk_sla.responseMet')} value={ind ? ratio(ind.response_met, ind.responded) : '—'} />
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={indicators.loading}>
            <Statistic title={t('servicedesk_sla.resolutionMet')} value={ind ? ratio(ind.resolution_met, ind.resolved) : '—'} />
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={indicators.loading}>
            <Statistic
              title={t('servicedesk_sla.satisfaction')}
              value={ind?.satisfaction_tenths == null ? '—' : (ind.satisfaction_tenths / 10).toFixed(1)}
              suffix={ind?.satisfaction_tenths == null ? undefined : `/ 5 (${ind.surveys})`}
            />
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={indicators.loading}>
            <Statistic title={t('servicedesk_sla.tickets')} value={ind?.tickets ?? 0} />
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={indicators.loading}>
            <Statistic title={t('servicedesk_sla.complaints')} value={ind ? ratio(ind.complaints_answered, ind.complaints) : '—'} />
          </Card>
        </Col>
      </Row>
      <Card title={t('servicedesk_sla.credits')} style={{ marginTop: 16 }}>
        <Table<Credit>
          data-testid="service-levels-credits"
          rowKey="id"
          size="small"
          loading={credits.loading}
          dataSource={credits.data?.results ?? []}
          scroll={{ x: 640 }}
          locale={{ emptyText: <Empty description={t('servicedesk_sla.noCredits')} /> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('servicedesk_sla.contract'), dataIndex: 'contract_id' },
            {
              title: t('servicedesk_sla.availability'),
              render: (_, c) => (c.measured ? percent(c.availability_ppm) : <Tag>{t('servicedesk_sla.notMeasured')}</Tag>),
            },
            { title: t('servicedesk_sla.monthFee'), align: 'right', render: (_, c) => yuan(c.month_fee_fen) },
            { title: t('servicedesk_sla.computed'), align: 'right', render: (_, c) => yuan(c.computed_fen) },
            { title: t('servicedesk_sla.amount'), align: 'right', render: (_, c) => yuan(c.amount_fen) },
            { title: t('servicedesk_sla.status'), render: (_, c) => <Tag>{t(`servicedesk_sla.statuses.${c.status}`)}</Tag> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
