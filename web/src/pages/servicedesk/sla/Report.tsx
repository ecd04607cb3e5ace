// The monthly service-quality report (R7.1.2, R7.2.1) on the page: a customer's month (availability
// per contract and service against its target, a month nothing measured said so), or management's
// over every customer with its line per customer; each with its PDF.
import { Button, Card, Col, Descriptions, Empty, Row, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../api/client';
import { useApi } from '../../../lib/useApi';
import { percent, ratio, target, yuan, type CustomerLine, type Report as ReportData } from './shared';

function Figures({ report }: { report: ReportData }) {
  const { t } = useTranslation();
  const ind = report.indicators;
  const minutes = (m: number | null) => (m == null ? '—' : t('servicedesk_sla.report.minutes', { minutes: m }));
  const items = [
    { key: 'tickets', title: t('servicedesk_sla.tickets'), value: String(ind.tickets) },
    { key: 'response', title: t('servicedesk_sla.responseMet'), value: ratio(ind.response_met, ind.responded) },
    { key: 'resolution', title: t('servicedesk_sla.resolutionMet'), value: ratio(ind.resolution_met, ind.resolved) },
    { key: 'complaints', title: t('servicedesk_sla.complaints'), value: ratio(ind.complaints_answered, ind.complaints) },
    {
      key: 'satisfaction',
      title: t('servicedesk_sla.satisfaction'),
      value: ind.satisfaction_tenths == null ? '—' : `${(ind.satisfaction_tenths / 10).toFixed(1)} / 5`,
    },
    { key: 'granted', title: t('servicedesk_sla.report.granted'), value: yuan(report.credit_granted_fen) },
  ];
  return (
    <>
      <Row gutter={[12, 12]}>
        {items.map((i) => (
          <Col xs={12} sm={8} lg={4} key={i.key}>
            <Card size="small" data-testid={`report-${i.key}`}>
              <Statistic title={i.title} value={i.value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('servicedesk_sla.report.byType')}>
          {ind.by_type.length === 0 ? '—' : ind.by_type.map((c) => `${t(`servicedesk_sla.types.${c.key}`)} ${c.count}`).join('，')}
        </Descriptions.Item>
        <Descriptions.Item label={t('servicedesk_sla.report.byPriority')}>
          {ind.by_priority.length === 0 ? '—' : ind.by_priority.map((c) => `${c.key} ${c.count}`).join('，')}
        </Descriptions.Item>
        <Descriptions.Item label={t('servicedesk_sla.report.averageResponse')}>{minutes(ind.average_response_minutes)}</Descriptions.Item>
        <Descriptions.Item label={t('servicedesk_sla.report.averageResolution')}>{minutes(ind.average_resolution_minutes)}</Descriptions.Item>
        <Descriptions.Item label={t('servicedesk_sla.report.averageAnswer')}>{minutes(ind.average_answer_minutes)}</Descriptions.Item>
        <Descriptions.Item label={t('servicedesk_sla.report.pending')}>{yuan(report.credit_pending_fen)}</Descriptions.Item>
      </Descriptions>
    </>
  );
}

function Services({ report }: { report: ReportData }) {
  const { t } = useTranslation();
  if (report.customer_id == null) {
    return (
      <Card size="small" title={t('servicedesk_sla.availability')} style={{ marginTop: 12 }} data-testid="report-contracts">
        {report.contracts === 0
          ? t('servicedesk_sla.report.notComputed')
          : t('servicedesk_sla.report.contractsSummary', {
              contracts: report.contracts,
              measured: report.contracts_measured,
              met: report.contracts_met,
            })}
      </Card>
    );
  }
  return (
    <Card size="small" title={t('servicedesk_sla.availability')} style={{ marginTop: 12 }}>
      <Table
        data-testid="report-services"
        rowKey={(s) => `${s.contract_id}-${s.service}`}
        size="small"
        dataSource={report.services}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: <Empty description={t('servicedesk_sla.report.noContracts')} /> }}
        columns={[
          { title: t('servicedesk_sla.contract'), render: (_, s) => (s.service === '' ? s.contract_number : '') },
          { title: t('servicedesk_sla.report.service'), render: (_, s) => s.service || t('servicedesk_sla.report.wholeContract') },
          { title: t('servicedesk_sla.availability'), align: 'right', render: (_, s) => (s.measured ? percent(s.availability_ppm) : '—') },
          { title: t('servicedesk_sla.report.target'), align: 'right', render: (_, s) => target(s.target_bp) },
          { title: t('servicedesk_sla.report.outage'), align: 'right', render: (_, s) => (s.measured ? s.outage_minutes : '—') },
          {
            title: t('servicedesk_sla.report.result'),
            render: (_, s) =>
              !s.measured ? (
                <Tag>{t('servicedesk_sla.notMeasured')}</Tag>
              ) : s.met ? (
                <Tag color="green">{t('servicedesk_sla.report.met')}</Tag>
              ) : (
                <Tag color="red">{t('servicedesk_sla.report.missed')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}

function Breakdown({ month, onOpen }: { month: string; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const lines = useApi<Page<CustomerLine>>('/api/v1/servicedesk/levels/report/customers', {
    month,
    limit: 20,
    offset: (page - 1) * 20,
    sort: 'customer',
  });
  return (
    <Card size="small" title={t('servicedesk_sla.report.byCustomer')} style={{ marginTop: 12 }}>
      <Table<CustomerLine>
        data-testid="report-customers"
        rowKey="customer_id"
        size="small"
        loading={lines.loading}
        dataSource={lines.data?.results ?? []}
        scroll={{ x: 720 }}
        pagination={{ current: page, pageSize: 20, total: lines.data?.count ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          {
            title: t('servicedesk_sla.report.customer'),
            render: (_, l) => (
              <Button type="link" size="small" onClick={() => onOpen(l.customer_id)} style={{ padding: 0 }}>
                {l.customer_name}
              </Button>
            ),
          },
          { title: t('servicedesk_sla.tickets'), dataIndex: 'tickets', align: 'right' },
          { title: t('servicedesk_sla.responseMet'), align: 'right', render: (_, l) => ratio(l.response_met, l.responded) },
          { title: t('servicedesk_sla.resolutionMet'), align: 'right', render: (_, l) => ratio(l.resolution_met, l.resolved) },
          { title: t('servicedesk_sla.complaints'), align: 'right', render: (_, l) => ratio(l.complaints_answered, l.complaints) },
          {
            title: t('servicedesk_sla.satisfaction'),
            align: 'right',
            render: (_, l) => (l.satisfaction_tenths == null ? '—' : (l.satisfaction_tenths / 10).toFixed(1)),
          },
          { title: t('servicedesk_sla.report.contractsMet'), align: 'right', render: (_, l) => ratio(l.met, l.contracts) },
          { title: t('servicedesk_sla.report.granted'), align: 'right', render: (_, l) => yuan(l.credit_fen) },
        ]}
      />
    </Card>
  );
}

export default function Report({ month, customerId }: { month: string; customerId: number | null }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState<number | null>(null);
  const customer = customerId ?? opened;
  const path = customer == null ? '/api/v1/servicedesk/levels/report' : `/api/v1/servicedesk/levels/reports/${customer}`;
  const report = useApi<ReportData>(path, { month });
  const lang = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  return (
    <div data-testid="service-quality-report">
      <Space wrap style={{ marginBottom: 12 }}>
        {customerId == null && opened != null && (
          <Button onClick={() => setOpened(null)} data-testid="report-all">
            {t('servicedesk_sla.report.all')}
          </Button>
        )}
        <Button href={`${path}/pdf?month=${month}&lang=${lang}`} target="_blank" data-testid="report-pdf">
          {t('servicedesk_sla.report.pdf')}
        </Button>
        {report.data?.customer_name ? <strong>{report.data.customer_name}</strong> : customer == null ? <strong>{t('servicedesk_sla.report.allCustomers')}</strong> : null}
      </Space>
      {report.data && (
        <>
          <Figures report={report.data} />
          <Services report={report.data} />
        </>
      )}
      {customer == null && <Breakdown month={month} onOpen={setOpened} />}
    </div>
  );
}
