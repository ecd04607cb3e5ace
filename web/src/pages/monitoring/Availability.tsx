// Availability of a customer's polled devices for a business month: the share of minutes up,
// minutes of outage (announced maintenance not counted) and of maintenance, each device linked to
// its graphs. A customer sees its own; staff choose the customer.
import { Card, DatePicker, Empty, Progress, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { DeviceAvailability } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { useBusinessTimeZone } from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import { RefSelect } from '../../components/Ref';
import { businessToday } from '../../lib/format';
import { monthPeriod } from './range';

export default function Availability() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const own = user?.customer_id ?? undefined;
  const zone = useBusinessTimeZone();
  const [month, setMonth] = useState<Dayjs>(() => businessToday().startOf('month'));
  const [picked, setPicked] = useState<number>();
  const customer = own ?? picked;
  const [rows, setRows] = useState<DeviceAvailability[]>();
  useEffect(() => {
    if (!customer) return setRows([]);
    setRows(undefined);
    const period = monthPeriod(month.format('YYYY-MM'), zone);
    // The current month ends now: minutes still to come are neither up nor down.
    const to = new Date(Math.min(Date.parse(period.to), Date.now())).toISOString();
    api
      .get<{ items: DeviceAvailability[] }>('/api/v1/monitoring/availability', { customer, from: period.from, to })
      .then((r) => setRows(r.items))
      .catch(() => setRows([]));
  }, [customer, month, zone]);
  const title = own ? t('nav.myAvailability') : t('nav.availability');
  return (
    <PageContainer title={title} crumbs={own ? [{ title }] : [{ title: t('nav.group.monitoring') }, { title }]} testId="availability-page">
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <DatePicker picker="month" allowClear={false} value={month} onChange={(v) => v && setMonth(v)} disabledDate={(d) => d.isAfter(dayjs())} />
          {!own && <RefSelect kind="customers" value={picked} onChange={setPicked} placeholder={t('monitoring_pages.availability.pickCustomer')} style={{ width: 220 }} data-testid="availability-customer" />}
        </Space>
        {!customer ? (
          <Empty description={t('monitoring_pages.availability.pickCustomer')} />
        ) : (
          <Table<DeviceAvailability>
            data-testid="availability-table"
            size="middle"
            loading={!rows}
            dataSource={rows}
            rowKey="device_id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('monitoring_pages.availability.none') }}
            columns={[
              { title: t('monitoring_pages.availability.device'), dataIndex: 'device_name', render: (n: string, d) => <Link to={`/monitoring/graphs/${d.device_id}`}>{n}</Link> },
              {
                title: t('monitoring_pages.availability.percent'),
                key: 'percent',
                width: 220,
                render: (_: unknown, d) =>
                  d.measured ? (
                    <Progress percent={+d.percent.toFixed(3)} size="small" status={d.percent < 99.9 ? 'exception' : 'success'} format={(p) => `${p}%`} />
                  ) : (
                    <Tag>{t('monitoring_pages.availability.unmeasured')}</Tag>
                  ),
              },
              { title: t('monitoring_pages.availability.outage'), dataIndex: 'outage_minutes', render: (m: number) => t('monitoring_pages.availability.minutes', { n: m }) },
              { title: t('monitoring_pages.availability.maintenance'), dataIndex: 'maintenance_minutes', render: (m: number) => t('monitoring_pages.availability.minutes', { n: m }) },
            ]}
          />
        )}
      </Card>
    </PageContainer>
  );
}
