// The first page after sign-in: for staff, the home pages of their departments (cards and trends
// from GET /api/v1/home); for customers, the portal home.
import { AuditObjectRef, useAuditLabels } from '../components/AuditParts';
import {
  ClusterOutlined,
  GlobalOutlined,
  HddOutlined,
  TeamOutlined,
  UserOutlined,
  AppstoreOutlined,
} from '@ant-design/icons';
import { Card, Empty, List, Segmented, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Page } from '../api/client';
import { useApiPaths } from '../api/openapi';
import type { AuditEntry, Room, Utilisation } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import DateTime from '../components/DateTime';
import EChart from '../components/EChart';
import PageContainer from '../components/PageContainer';
import ProblemAlert from '../components/ProblemAlert';
import UtilBar from '../components/UtilBar';
import { fmtPower, shortSite, businessHour, businessToday } from '../lib/format';
import { useRoleLabel } from '../lib/roles';
import { useApi } from '../lib/useApi';
import PortalHome from './PortalHome';
import { PendingApprovals, StatCard } from '../components/Cards';
import HomePages, { type ExtraTile } from '../components/home/HomePages';
import { HomeGrid, HomeTile } from '../components/home/HomeGrid';


function greeting(t: (k: string) => string): string {
  // The business zone's hour, as the date beside it: not the browser's.
  const h = businessHour();
  if (h < 6) return t('dashboard.greetNight');
  if (h < 12) return t('dashboard.greetMorning');
  if (h < 18) return t('dashboard.greetAfternoon');
  return t('dashboard.greetEvening');
}

function RoomUtilisation() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [metric, setMetric] = useState<'both' | 'units' | 'power'>('both');
  const util = useApi<Utilisation[]>('/api/v1/dcim/utilisation', { scope: 'room' });
  const rooms = useApi<Page<Room>>('/api/v1/dcim/rooms', { limit: 1000 });
  const rows = useMemo(() => {
    if (!util.data) return [];
    const byId = new Map(rooms.data?.results.map((r) => [r.id, r]) ?? []);
    return util.data
      .map((u) => {
        const room = byId.get(u.id);
        const label = room ? `${shortSite(room.site.name, i18n.language)} · ${shortSite(u.name, i18n.language)}` : u.name;
        return { ...u, label };
      })
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [util.data, rooms.data, i18n.language]);

  const option = useMemo(() => {
    const series = [];
    if (metric !== 'power')
      series.push({
        name: t('dashboard.unitsUsed'),
        type: 'bar',
        data: rows.map((r) => r.units.used_pct),
        itemStyle: { color: '#1668dc', borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 18,
        label: { show: true, position: 'right', formatter: '{c}%', fontSize: 11 },
      });
    if (metric !== 'units')
      series.push({
        name: t('dashboard.powerUsed'),
        type: 'bar',
        data: rows.map((r) => r.power.used_pct),
        itemStyle: { color: '#fa8c16', borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 18,
        label: { show: true, position: 'right', formatter: '{c}%', fontSize: 11 },
      });
    return {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (items: { dataIndex: number }[]) => {
          const r = rows[items[0]?.dataIndex ?? 0];
          if (!r) return '';
          return [
            `<b>${r.label}</b>`,
            `${t('dashboard.racks')}: ${r.racks} · ${t('dashboard.devices')}: ${r.devices}`,
            `${t('dashboard.unitsUsed')}: ${r.units.used_pct}% (${r.units.total - r.units.free}/${r.units.total} U)`,
            `${t('dashboard.powerUsed')}: ${r.power.used_pct}% (${fmtPower(Math.max(r.power.allocated_a_w, r.power.allocated_b_w))} / ${fmtPower(Math.min(r.power.capacity_a_w, r.power.capacity_b_w))})`,
          ].join('<br/>');
        },
      },
      legend: { top: 0, right: 0 },
      grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { type: 'dashed' } } },
      yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true, axisTick: { show: false } },
      series,
    };
  }, [rows, metric, t]);

  return (
    <Card
      title={t('dashboard.roomUtilisation')}
      data-testid="room-utilisation"
      extra={
        <Segmented
          size="small"
          value={metric}
          onChange={(v) => setMetric(v as typeof metric)}
          options={[
            { value: 'both', label: t('dashboard.both') },
            { value: 'units', label: t('dashboard.units') },
            { value: 'power', label: t('dashboard.power') },
          ]}
        />
      }
    >
      {util.error ? (
        <ProblemAlert error={util.error} />
      ) : !util.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : rows.length === 0 ? (
        <Empty description={t('dashboard.noRooms')} />
      ) : (
        <EChart
          option={option}
          height={Math.max(220, rows.length * (metric === 'both' ? 52 : 34) + 60)}
          onClick={(p) => {
            const r = rows[p.dataIndex];
            if (r) navigate(`/dcim/rooms/${r.id}`);
          }}
          testId="room-chart"
        />
      )}
    </Card>
  );
}

function DeviceStatusChart() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const statuses = ['active', 'installed', 'planned', 'maintenance', 'decommissioned'] as const;
  const counts = statuses.map((s) => useApi<Page<unknown>>('/api/v1/dcim/devices', { status: s, limit: 1, brief: true })); // eslint-disable-line react-hooks/rules-of-hooks
  const ready = counts.every((c) => c.data || c.error);
  const colours: Record<string, string> = { active: '#52c41a', installed: '#1668dc', planned: '#bfbfbf', maintenance: '#fa8c16', decommissioned: '#f5222d' };
  const data = statuses.map((s, i) => ({ name: t(`status.device.${s}`), value: counts[i].data?.count ?? 0, itemStyle: { color: colours[s] }, status: s }));
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0, icon: 'circle' },
      series: [
        {
          type: 'pie',
          radius: ['48%', '72%'],
          center: ['50%', '44%'],
          avoidLabelOverlap: true,
          label: { show: false },
          data,
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [JSON.stringify(data)],
  );
  return (
    <Card title={t('dashboard.devicesByStatus')} data-testid="device-status">
      {!ready ? (
        <Skeleton active />
      ) : (
        <EChart option={option} height={260} onClick={(p) => navigate(`/dcim/devices?status=${statuses[p.dataIndex]}`)} />
      )}
    </Card>
  );
}

function SiteCapacity() {
  const { t, i18n } = useTranslation();
  const util = useApi<Utilisation[]>('/api/v1/dcim/utilisation', { scope: 'site' });
  return (
    <Card title={t('dashboard.siteCapacity')} data-testid="site-capacity">
      <Table<Utilisation>
        size="small"
        rowKey="id"
        loading={!util.data && !util.error}
        dataSource={util.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        columns={[
          { title: t('dcim.site'), dataIndex: 'name', render: (n: string, r) => <Link to={`/dcim/sites/${r.id}`}>{shortSite(n, i18n.language)}</Link> },
          { title: t('dashboard.racks'), dataIndex: 'racks', align: 'right' },
          { title: t('dashboard.devices'), dataIndex: 'devices', align: 'right' },
          { title: t('dashboard.freeUnits'), render: (_, r) => `${r.units.free} U`, align: 'right' },
          { title: t('dashboard.unitsUsed'), render: (_, r) => <UtilBar pct={r.units.used_pct} width={120} /> },
          { title: t('dashboard.powerUsed'), render: (_, r) => <UtilBar pct={r.power.used_pct} width={120} /> },
        ]}
      />
    </Card>
  );
}



function RecentActivity() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const s = useApi<Page<AuditEntry>>('/api/v1/audit', { limit: 8 });
  return (
    <Card title={t('dashboard.recentActivity')} data-testid="recent-activity" extra={<Link to="/system/audit">{t('common.viewAll')}</Link>}>
      {s.error ? (
        <ProblemAlert error={s.error} />
      ) : !s.data ? (
        <Skeleton active />
      ) : (
        <List
          size="small"
          dataSource={s.data.results}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          renderItem={(e) => (
            <List.Item>
              <Space direction="vertical" size={0} style={{ width: '100%' }}>
                <span>
                  <Typography.Text strong>{e.actor}</Typography.Text> · {labels.action(e.action)} <AuditObjectRef entry={e} />
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <DateTime value={e.at} relative />
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function StaffDashboard() {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  const paths = useApiPaths();
  const roleLabel = useRoleLabel();
  const reviewer = !!paths?.has('/api/v1/applications') && can(['applications.review.business', 'applications.review.technical', 'applications.review.management']);
  if (!user) return null;
  const stats: { key: string; title: string; path: string; icon: ReactNode; to: string; perm: string }[] = [
    { key: 'sites', title: t('nav.sites'), path: '/api/v1/dcim/sites', icon: <GlobalOutlined />, to: '/dcim/sites', perm: 'dcim.read' },
    { key: 'racks', title: t('nav.racks'), path: '/api/v1/dcim/racks', icon: <ClusterOutlined />, to: '/dcim/racks', perm: 'dcim.read' },
    { key: 'devices', title: t('nav.devices'), path: '/api/v1/dcim/devices', icon: <HddOutlined />, to: '/dcim/devices', perm: 'dcim.read' },
    { key: 'types', title: t('nav.deviceTypes'), path: '/api/v1/dcim/device-types', icon: <AppstoreOutlined />, to: '/dcim/device-types', perm: 'dcim.read' },
    { key: 'customers', title: t('nav.customers'), path: '/api/v1/customers', icon: <TeamOutlined />, to: '/customers', perm: 'customers.read' },
    { key: 'users', title: t('nav.users'), path: '/api/v1/users', icon: <UserOutlined />, to: '/system/users', perm: 'users.read' },
  ].filter((s) => can(s.perm));
  // The reviewer's own inbox leads each department page; the audit trail closes it for those who
  // may read it.
  const before: ExtraTile[] = reviewer ? [{ key: 'inbox', size: 'normal', node: <PendingApprovals /> }] : [];
  const after: ExtraTile[] = can('audit.read') ? [{ key: 'activity', size: 'normal', node: <RecentActivity /> }] : [];
  // Roles without a page of their own keep the inventory overview.
  const overview = (
    <HomeGrid testId="home-overview">
      {can('dcim.read') && (
        <HomeTile size="wide">
          <RoomUtilisation />
        </HomeTile>
      )}
      {can('dcim.read') && (
        <HomeTile size="normal">
          <DeviceStatusChart />
        </HomeTile>
      )}
      {can('dcim.read') && (
        <HomeTile size="wide">
          <SiteCapacity />
        </HomeTile>
      )}
      {can('audit.read') && (
        <HomeTile size="normal">
          <RecentActivity />
        </HomeTile>
      )}
    </HomeGrid>
  );
  return (
    <PageContainer
      title={t('dashboard.hello', { greeting: greeting(t), name: user.display_name || user.username })}
      docTitle={t('nav.dashboard')}
      testId="dashboard"
      subTitle={businessToday().format(t('dashboard.dateFormat'))}
      tags={user.roles.map((r) => (
        <Tag color="blue" key={r} bordered={false}>
          {roleLabel(r)}
        </Tag>
      ))}
    >
      <HomeGrid testId="home-stats" style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <HomeTile key={s.key} size="small">
            <StatCard title={s.title} path={s.path} icon={s.icon} to={s.to} testId={`stat-${s.key}`} />
          </HomeTile>
        ))}
      </HomeGrid>
      <HomePages before={before} after={after} fallback={overview} />
    </PageContainer>
  );
}

export default function Dashboard() {
  const { isCustomer } = useAuth();
  return isCustomer ? <PortalHome /> : <StaffDashboard />;
}
