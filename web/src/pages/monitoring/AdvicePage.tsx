// Optimisation advice (R5.3.3) for a business month: ports hot or idle at the 95th percentile,
// power feeds near capacity, rooms that left their range, each with its figure, the suggested
// action and a link to the object (the port's graphs, the rack, the room). Customers see their own.
import { Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { Advice } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { useBusinessTimeZone } from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import { businessToday } from '../../lib/format';
import { monthPeriod } from './range';

const KIND_COLOR: Record<string, string> = { 'port.hot': 'red', 'port.idle': 'blue', 'feed.near_limit': 'orange', 'room.out_of_range': 'volcano' };

function objectLink(a: Advice): string {
  if (a.object_type === 'device') return `/monitoring/graphs/${a.object_id}${a.if_index != null ? `?if=${a.if_index}` : ''}`;
  if (a.object_type === 'rack') return `/dcim/racks/${a.object_id}`;
  return `/dcim/rooms/${a.object_id}`;
}

export default function AdvicePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const staff = user?.customer_id == null;
  const zone = useBusinessTimeZone();
  // This month so far; the monthly report of a finished month is one pick away.
  const [month, setMonth] = useState<Dayjs>(() => businessToday().startOf('month'));
  const [customer, setCustomer] = useState<number>();
  const [rows, setRows] = useState<Advice[]>();
  useEffect(() => {
    setRows(undefined);
    const period = monthPeriod(month.format('YYYY-MM'), zone);
    api
      .get<{ items: Advice[] }>('/api/v1/monitoring/advice', { ...period, customer })
      .then((r) => setRows(r.items))
      .catch(() => setRows([]));
  }, [month, customer, zone]);
  const figure = (a: Advice) => (a.kind === 'room.out_of_range' ? t('monitoring_pages.advice.alerts', { n: a.figure }) : `${+a.figure.toFixed(1)} %`);
  return (
    <PageContainer title={staff ? t('nav.monitoringAdvice') : t('nav.myAdvice')} crumbs={staff ? [{ title: t('nav.group.monitoring') }, { title: t('nav.monitoringAdvice') }] : [{ title: t('nav.myAdvice') }]} testId="advice-page">
      <Card>
        <Space wrap className="filter-bar" style={{ marginBottom: 12 }}>
          <DatePicker picker="month" allowClear={false} value={month} onChange={(v) => v && setMonth(v)} disabledDate={(d) => d.isAfter(dayjs())} data-testid="advice-month" />
          {staff && <RefSelect kind="customers" value={customer} onChange={(v) => setCustomer((v as number | undefined) ?? undefined)} allowClear placeholder={t('monitoring_pages.advice.allCustomers')} style={{ width: 220 }} />}
        </Space>
        <Table<Advice>
          data-testid="advice-table"
          size="middle"
          loading={!rows}
          dataSource={rows}
          rowKey={(a) => `${a.kind}-${a.object_type}-${a.object_id}-${a.subject}`}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('monitoring_pages.advice.none') }}
          columns={[
            { title: t('monitoring_pages.advice.kind'), dataIndex: 'kind', render: (k: string) => <Tag color={KIND_COLOR[k]}>{t(`monitoring_pages.advice.kinds.${k}`)}</Tag> },
            { title: t('monitoring_pages.advice.subject'), key: 'subject', render: (_: unknown, a: Advice) => <Link to={objectLink(a)}>{a.subject}</Link> },
            ...(staff ? [{ title: t('monitoring_pages.advice.customer'), key: 'customer', render: (_: unknown, a: Advice) => (a.customer_id ? <RefName kind="customers" id={a.customer_id} /> : '—') }] : []),
            { title: t('monitoring_pages.advice.figure'), key: 'figure', render: (_: unknown, a: Advice) => figure(a) },
            { title: t('monitoring_pages.advice.action'), dataIndex: 'action', render: (v: string) => <Typography.Text>{v}</Typography.Text> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
