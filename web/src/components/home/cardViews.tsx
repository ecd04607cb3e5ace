// How each home card looks, by the card's id from GET /api/v1/home. A module that registers a card
// on the server adds its view here; a card without a view is left out rather than shown raw.
import { Badge, Empty, Grid, List, Progress, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type {
  HomeCapacity,
  HomeContractValue,
  HomeExpiring,
  HomeFeasibilityQueue,
  HomeIntake,
  HomeMyApplications,
  HomeNotices,
  HomeOccupancy,
  HomeRenewals,
  HomeServicedeskCount,
  HomeFindingsOpen,
  HomeServices,
  HomeStages,
  HomeWaiting,
  HomeWorkToday,
  HomeWorkWeekly,
} from '../../api/types';
import { fmtPower, fmtYuan, shortSite } from '../../lib/format';
import { utilColour } from '../UtilBar';
import DateTime from '../DateTime';
import EChart from '../EChart';
import StatusTag from '../StatusTag';
import { trendOption } from './charts';
import type { TileSize } from './HomeGrid';

export interface CardView {
  size: TileSize;
  title: (t: (k: string) => string) => string;
  /** A link to the full list behind the card. */
  more?: string;
  render: (data: never) => ReactNode;
}

const BLUE = '#1668dc';
const GREEN = '#52c41a';
const ORANGE = '#fa8c16';
const PURPLE = '#722ed1';

const hu = (v: number) => Math.round((v / 2) * 10) / 10;

/** A figure that opens the list it counts. */
function Figure({ title, value, to, suffix, testId, tone }: { title: ReactNode; value: ReactNode; to?: string; suffix?: ReactNode; testId?: string; tone?: string }) {
  const stat = <Statistic title={title} value={value as number} suffix={suffix} valueStyle={{ fontWeight: 600, color: tone }} />;
  return (
    <div className="home-figure" data-testid={testId} style={{ flex: '1 1 96px', minWidth: 0 }}>
      {to ? <Link to={to}>{stat}</Link> : stat}
    </div>
  );
}

function Figures({ children }: { children: ReactNode }) {
  return <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>{children}</div>;
}

function Stages({ data, linkBase = '/applications' }: { data: HomeStages; linkBase?: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const rows = data.stages.filter((s) => !['draft', 'withdrawn'].includes(s.status) || s.count > 0);
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 4, right: 28, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', inverse: true, axisTick: { show: false }, data: rows.map((s) => t(`status.application.${s.status}`)) },
    series: [
      {
        type: 'bar',
        name: t('home.applications'),
        data: rows.map((s) => s.count),
        barMaxWidth: 16,
        itemStyle: { color: BLUE, borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right' },
      },
    ],
  };
  return (
    <EChart
      key={i18n.language}
      option={option}
      height={Math.max(160, rows.length * 28 + 20)}
      testId="chart-stages"
      onClick={(p) => {
        const s = rows[p.dataIndex];
        if (s) navigate(`${linkBase}?status=${s.status}`);
      }}
    />
  );
}

function Trend({ buckets, series, format, testId, height = 240 }: { buckets: string[]; series: Parameters<typeof trendOption>[1]; format?: (v: number) => string; testId: string; height?: number }) {
  const { i18n } = useTranslation();
  return <EChart option={trendOption(buckets, series, i18n.language, format)} height={height} testId={testId} />;
}

function Age({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days == null) return null;
  return (
    <Tag color={days >= 7 ? 'red' : days >= 3 ? 'orange' : 'default'} bordered={false}>
      {t('home.ageDays', { count: days })}
    </Tag>
  );
}

function ApplicationsByStage({ data }: { data: HomeStages }) {
  return <Stages data={data} />;
}

function ContractsExpiring({ data }: { data: HomeExpiring }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Figures>
        {data.horizons.map((h) => (
          <Figure
            key={h.days}
            title={t('home.withinDays', { count: h.days })}
            value={h.count}
            to={`/contracts?expiring=${h.days}`}
            testId={`expiring-${h.days}`}
            tone={h.days === 30 && h.count > 0 ? ORANGE : undefined}
          />
        ))}
      </Figures>
      <Typography.Text type="secondary">{t('home.renewSplit', { auto: data.auto_renew, manual: data.manual })}</Typography.Text>
    </Space>
  );
}

function ContractsRenewals({ data }: { data: HomeRenewals }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={data.items}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noRenewals')} /> }}
      renderItem={(c) => (
        <List.Item extra={<Tag color={c.days_left <= 30 ? 'orange' : 'default'} bordered={false}>{t('home.daysLeft', { count: c.days_left })}</Tag>}>
          <List.Item.Meta
            title={
              <Space size={6} wrap>
                <Link to={`/contracts/${c.id}`}>{c.number}</Link>
                <span>{c.customer_name}</span>
              </Space>
            }
            description={
              <Space size={6} wrap>
                <span>{t('home.endsOn', { date: c.end_date })}</span>
                <span>{c.auto_renew ? t('home.autoRenew') : t('home.noticeBy', { date: c.notice_by })}</span>
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}

function Intake({ data }: { data: HomeIntake }) {
  const { t } = useTranslation();
  const series = [{ name: t('home.newApplications'), data: data.applications, colour: BLUE, kind: 'bar' as const }];
  if (data.contracts_signed.length) series.push({ name: t('home.signedContracts'), data: data.contracts_signed, colour: GREEN, kind: 'bar' as const });
  return <Trend buckets={data.buckets} series={series} testId="chart-intake" />;
}

function FeasibilityQueue({ data }: { data: HomeFeasibilityQueue }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Figures>
        <Figure title={t('home.waitingFeasibility')} value={data.count} to="/applications?status=technical_review" testId="queue-count" />
        <Figure title={t('home.oldestWait')} value={data.items[0]?.age_days ?? 0} suffix={t('home.days')} />
      </Figures>
      <List
        size="small"
        dataSource={data.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.queueEmpty')} /> }}
        renderItem={(a) => (
          <List.Item extra={<Age days={a.age_days} />}>
            <List.Item.Meta
              title={
                <Space size={6} wrap>
                  <Link to={`/applications/${a.id}`}>{a.number}</Link>
                  <span>{a.customer_name}</span>
                </Space>
              }
              description={
                <Space size={6} wrap>
                  <span>{a.space === 'racks' ? t('home.wholeRacks', { count: a.racks }) : a.units > 0 ? `${a.units} U` : t('home.unitsByDevices')}</span>
                  <span>{fmtPower(a.power_w)}</span>
                  {a.proposal_accepted ? <Tag color="green" bordered={false}>{t('home.proposalAccepted')}</Tag> : <Tag bordered={false}>{t('home.proposalOpen')}</Tag>}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Space>
  );
}

function Capacity({ data }: { data: HomeCapacity }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const rows = data.rooms.map((r) => ({
    ...r,
    label: `${shortSite(r.site, i18n.language)} · ${shortSite(r.name, i18n.language)}`,
    units_pct: r.units_total_hu ? Math.round((r.units_used_hu / r.units_total_hu) * 1000) / 10 : 0,
    power_pct: r.power_capacity_w ? Math.round((r.power_allocated_w / r.power_capacity_w) * 1000) / 10 : 0,
  }));
  const screens = Grid.useBreakpoint();
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noRooms')} />;
  // On a phone the room names would leave the bars no room: one line per room with two bars.
  if (!screens.sm)
    return (
      <List
        size="small"
        data-testid="capacity-list"
        dataSource={rows}
        renderItem={(r) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Link to={`/dcim/rooms/${r.id}`}>{r.label}</Link>
              <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                <span style={{ flex: '0 0 auto', fontSize: 12 }}>{t('home.unitsUsed')}</span>
                <Progress percent={r.units_pct} size="small" strokeColor={utilColour(r.units_pct)} style={{ margin: 0 }} />
              </div>
              <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                <span style={{ flex: '0 0 auto', fontSize: 12 }}>{t('home.powerAllocated')}</span>
                <Progress percent={r.power_pct} size="small" strokeColor={utilColour(r.power_pct)} style={{ margin: 0 }} />
              </div>
            </div>
          </List.Item>
        )}
      />
    );
  const option = {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const r = rows[items[0]?.dataIndex ?? 0];
        if (!r) return '';
        return [
          `<b>${r.label}</b>`,
          `${t('home.unitsUsed')}: ${hu(r.units_used_hu)} / ${hu(r.units_total_hu)} U (${r.units_pct}%)`,
          `${t('home.powerAllocated')}: ${fmtPower(r.power_allocated_w)} / ${fmtPower(r.power_capacity_w)} (${r.power_pct}%)`,
          `${t('dashboard.racks')}: ${r.racks} · ${t('dashboard.devices')}: ${r.devices}`,
        ].join('<br/>');
      },
    },
    legend: { top: 0, right: 0, itemWidth: 14 },
    grid: { left: 4, right: 44, top: 30, bottom: 4, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { type: 'dashed' } } },
    // Site over room on two lines, so that the bars keep their room on a phone.
    yAxis: {
      type: 'category',
      inverse: true,
      axisTick: { show: false },
      axisLabel: { width: 110, overflow: 'truncate', lineHeight: 15 },
      data: rows.map((r) => `${shortSite(r.site, i18n.language)}\n${shortSite(r.name, i18n.language)}`),
    },
    series: [
      { name: t('home.unitsUsed'), type: 'bar', data: rows.map((r) => r.units_pct), barMaxWidth: 14, itemStyle: { color: BLUE, borderRadius: [0, 3, 3, 0] }, label: { show: true, position: 'right', formatter: '{c}%', fontSize: 11 } },
      { name: t('home.powerAllocated'), type: 'bar', data: rows.map((r) => r.power_pct), barMaxWidth: 14, itemStyle: { color: ORANGE, borderRadius: [0, 3, 3, 0] }, label: { show: true, position: 'right', formatter: '{c}%', fontSize: 11 } },
    ],
  };
  return (
    <EChart
      key={i18n.language}
      option={option}
      height={Math.max(200, rows.length * 52 + 50)}
      testId="chart-capacity"
      onClick={(p) => {
        const r = rows[p.dataIndex];
        if (r) navigate(`/dcim/rooms/${r.id}`);
      }}
    />
  );
}

function Occupancy({ data }: { data: HomeOccupancy }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Figures>
        <Figure title={t('home.occupiedNow')} value={hu(data.now_hu)} suffix="U" />
        <Figure title={t('home.rackedThisWeek')} value={hu(data.racked_hu[data.racked_hu.length - 1] ?? 0)} suffix="U" />
      </Figures>
      <Trend
        buckets={data.buckets}
        series={[
          { name: t('home.occupiedUnits'), data: data.occupied_hu.map(hu), colour: BLUE, area: true },
          { name: t('home.netRacked'), data: data.racked_hu.map(hu), colour: GREEN, kind: 'bar', axis: 1 },
        ]}
        testId="chart-occupancy"
        height={220}
      />
    </Space>
  );
}

function Waiting({ data }: { data: HomeWaiting }) {
  const { t } = useTranslation();
  const statusOf: Record<string, string> = { business: 'business_review', technical: 'technical_review', management: 'management_review' };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
      {data.departments.map((d) => (
        <div key={d.department} data-testid={`waiting-${d.department}`} style={{ flex: '1 1 150px', minWidth: 0, padding: 12, background: '#fafafa', borderRadius: 8 }}>
          <Link to={`/applications?status=${statusOf[d.department]}`}>
            <Statistic title={t(`role.${d.department}`)} value={d.count} valueStyle={{ fontWeight: 600 }} />
          </Link>
          <Space direction="vertical" size={2} style={{ marginTop: 4 }}>
            {d.oldest_days != null && d.count > 0 ? (
              <Typography.Text type="secondary">
                {t('home.oldest')} <Age days={d.oldest_days} />
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('home.nothingWaiting')}</Typography.Text>
            )}
            {d.items
              .filter((i) => i.count > 0 && !i.kind.endsWith('_review'))
              .map((i) => (
                <Typography.Text key={i.kind} type="secondary" style={{ fontSize: 12 }}>
                  {i.kind === 'amendments' ? t('home.amendmentsWaiting', { count: i.count }) : t('home.terminationsWaiting', { count: i.count })}
                </Typography.Text>
              ))}
          </Space>
        </div>
      ))}
    </div>
  );
}

function ContractValue({ data }: { data: HomeContractValue }) {
  const { t, i18n } = useTranslation();
  // Axis labels in the reader's habit: 1.2万 in Chinese, 12K in English.
  const compact = new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 });
  const total = data.monthly_fen.reduce((a, b) => a + b, 0);
  const count = data.contracts.reduce((a, b) => a + b, 0);
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Figures>
        <Figure title={t('home.signedMonthlyYear')} value={fmtYuan(total)} to="/contracts" />
        <Figure title={t('home.signedCountYear')} value={count} to="/contracts" />
      </Figures>
      <Trend
        buckets={data.buckets}
        series={[
          { name: t('home.signedMonthly'), data: data.monthly_fen.map((f) => f / 100), colour: PURPLE, kind: 'bar' },
          { name: t('home.signedContracts'), data: data.contracts, colour: GREEN, axis: 1 },
        ]}
        format={(v) => `¥${compact.format(v)}`}
        testId="chart-value"
        height={220}
      />
    </Space>
  );
}

function WorkToday({ data }: { data: HomeWorkToday }) {
  const { t } = useTranslation();
  type Row = { key: string; title: ReactNode; sub: ReactNode };
  const rows: Row[] = [
    ...data.install.items.map((d) => ({
      key: `i${d.id}`,
      title: (
        <Space size={6} wrap>
          <Tag color="blue" bordered={false}>{t('home.install')}</Tag>
          <Link to={`/dcim/devices/${d.id}`}>{d.name}</Link>
        </Space>
      ),
      sub: [d.customer_name, d.rack && `${d.rack}${d.position != null ? ` · U${d.position}` : ''}`].filter(Boolean).join(' · '),
    })),
    ...(data.move_out?.items ?? []).map((m) => ({
      key: `m${m.device_id}`,
      title: (
        <Space size={6} wrap>
          <Tag color="orange" bordered={false}>{t('home.moveOut')}</Tag>
          <Link to={`/dcim/devices/${m.device_id}`}>{m.device_name}</Link>
        </Space>
      ),
      sub: (
        <Space size={6} wrap>
          <Link to={`/contracts/${m.contract_id}`}>{m.contract_number}</Link>
          {m.rack && <span>{m.rack}</span>}
        </Space>
      ),
    })),
  ];
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Figures>
        <Figure title={t('home.toInstall')} value={data.install.count} to="/dcim/devices?status=planned" testId="work-install" />
        {data.move_out && <Figure title={t('home.toMoveOut')} value={data.move_out.count} to="/contracts?status=terminated" testId="work-move-out" />}
        <Figure title={t('home.maintenanceDue')} value={data.maintenance.due} to="/dcim/devices?status=maintenance" testId="work-maintenance" />
        <Figure title={t('home.inMaintenance')} value={data.maintenance.in_progress} to="/dcim/devices?status=maintenance" />
      </Figures>
      <List
        size="small"
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noWork')} /> }}
        renderItem={(r) => (
          <List.Item key={r.key}>
            <List.Item.Meta title={r.title} description={r.sub} />
          </List.Item>
        )}
      />
    </Space>
  );
}

function WorkWeekly({ data }: { data: HomeWorkWeekly }) {
  const { t } = useTranslation();
  return (
    <Trend
      buckets={data.buckets}
      series={[
        { name: t('home.racked'), data: data.racked, colour: BLUE, kind: 'bar' },
        { name: t('home.removed'), data: data.removed, colour: ORANGE, kind: 'bar' },
      ]}
      testId="chart-work"
    />
  );
}

function MyServices({ data }: { data: HomeServices }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Figures>
        <Figure title={t('nav.myRacks')} value={data.racks} to="/dcim/racks" testId="my-racks" />
        <Figure title={t('nav.myDevices')} value={data.devices} to="/dcim/devices" testId="my-devices" />
        <Figure title={t('nav.myAddresses')} value={data.addresses} to="/ipam/ip-addresses" testId="my-addresses" />
        {data.monthly_fen != null && <Figure title={t('home.monthlyFee')} value={fmtYuan(data.monthly_fen)} to="/contracts" testId="my-monthly" />}
      </Figures>
      {data.contracts && (
        <List
          size="small"
          dataSource={data.contracts}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noContracts')} /> }}
          renderItem={(c) => (
            <List.Item extra={<Typography.Text strong>{c.monthly_fen != null ? `${fmtYuan(c.monthly_fen)}${t('home.perMonth')}` : '—'}</Typography.Text>}>
              <List.Item.Meta
                title={
                  <Space size={6} wrap>
                    <Link to={`/contracts/${c.id}`}>{c.number}</Link>
                    <StatusTag kind="contract" value={c.status} />
                  </Space>
                }
                description={t('home.endsOn', { date: c.end_date })}
              />
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}

function MyApplications({ data }: { data: HomeMyApplications }) {
  const { t } = useTranslation();
  const open = data.stages.filter((s) => s.count > 0);
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Space size={[6, 6]} wrap>
        {open.length === 0 && <Typography.Text type="secondary">{t('home.noApplications')}</Typography.Text>}
        {open.map((s) => (
          <Link key={s.status} to={`/applications?status=${s.status}`}>
            <Tag bordered={false} color="blue">
              {t(`status.application.${s.status}`)} · {s.count}
            </Tag>
          </Link>
        ))}
      </Space>
      <List
        size="small"
        dataSource={data.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noApplications')} /> }}
        renderItem={(a) => (
          <List.Item extra={<StatusTag kind="application" value={a.status} />}>
            <List.Item.Meta
              title={<Link to={`/applications/${a.id}`}>{a.number}</Link>}
              description={<DateTime value={a.updated_at} relative />}
            />
          </List.Item>
        )}
      />
    </Space>
  );
}

function MyNotices({ data }: { data: HomeNotices }) {
  const { t, i18n } = useTranslation();
  return (
    <List
      size="small"
      dataSource={data.items}
      header={
        <Space>
          <span>{t('home.unread')}</span>
          <Badge count={data.unread} showZero color={data.unread ? '#f5222d' : '#d9d9d9'} />
        </Space>
      }
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noNotices')} /> }}
      renderItem={(n) => (
        <List.Item>
          <List.Item.Meta
            title={
              <Space size={6}>
                {!n.read && <Badge status="processing" />}
                {n.link ? <Link to={n.link}>{i18n.language.startsWith('zh') ? n.title_zh : n.title_en}</Link> : i18n.language.startsWith('zh') ? n.title_zh : n.title_en}
              </Space>
            }
            description={<DateTime value={n.created_at} relative />}
          />
        </List.Item>
      )}
    />
  );
}

/** A service-desk figure: tickets that missed a target today, complaints still open. */
function DeskCount({ data, tone }: { data: HomeServicedeskCount; tone: string }) {
  return <Statistic value={data.count} valueStyle={{ fontWeight: 600, fontSize: 32, color: data.count ? tone : undefined }} />;
}

/** Rectification orders not closed: how many, those past their deadline, the earliest deadline. */
function FindingsOpen({ data }: { data: HomeFindingsOpen }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={4} data-testid="home-findings-open">
      <Statistic value={data.open} valueStyle={{ fontWeight: 600, fontSize: 32, color: data.open ? '#fa8c16' : undefined }} />
      {data.overdue > 0 && (
        <Link to="/facility/findings?overdue=true">
          <Typography.Text type="danger">{t('facility_findings.home.overdue', { count: data.overdue })}</Typography.Text>
        </Link>
      )}
      {data.earliest_deadline && (
        <Typography.Text type="secondary">
          {t('facility_findings.home.earliest')} <DateTime value={data.earliest_deadline} />
        </Typography.Text>
      )}
    </Space>
  );
}

/** The views, by card id. */
export const CARD_VIEWS: Record<string, CardView> = {
  'applications.by_stage': { size: 'normal', title: (t) => t('home.cards.applicationsByStage'), more: '/applications', render: (d: HomeStages) => <ApplicationsByStage data={d} /> },
  'contracts.expiring': { size: 'normal', title: (t) => t('home.cards.contractsExpiring'), more: '/contracts?expiring=90', render: (d: HomeExpiring) => <ContractsExpiring data={d} /> },
  'contracts.renewals': { size: 'normal', title: (t) => t('home.cards.contractsRenewals'), more: '/contracts?expiring=90', render: (d: HomeRenewals) => <ContractsRenewals data={d} /> },
  'intake.weekly': { size: 'wide', title: (t) => t('home.cards.intakeWeekly'), render: (d: HomeIntake) => <Intake data={d} /> },
  'feasibility.queue': { size: 'normal', title: (t) => t('home.cards.feasibilityQueue'), more: '/applications?status=technical_review', render: (d: HomeFeasibilityQueue) => <FeasibilityQueue data={d} /> },
  'capacity.rooms': { size: 'wide', title: (t) => t('home.cards.capacityRooms'), more: '/dcim/racks', render: (d: HomeCapacity) => <Capacity data={d} /> },
  'occupancy.weekly': { size: 'wide', title: (t) => t('home.cards.occupancyWeekly'), render: (d: HomeOccupancy) => <Occupancy data={d} /> },
  'approvals.waiting': { size: 'wide', title: (t) => t('home.cards.approvalsWaiting'), more: '/applications', render: (d: HomeWaiting) => <Waiting data={d} /> },
  'contracts.value_monthly': { size: 'wide', title: (t) => t('home.cards.contractsValueMonthly'), more: '/contracts', render: (d: HomeContractValue) => <ContractValue data={d} /> },
  'work.today': { size: 'normal', title: (t) => t('home.cards.workToday'), render: (d: HomeWorkToday) => <WorkToday data={d} /> },
  'servicedesk.breaches_today': { size: 'normal', title: (t) => t('servicedesk.home.breachesToday'), render: (d: HomeServicedeskCount) => <DeskCount data={d} tone="#f5222d" /> },
  'servicedesk.complaints_open': { size: 'normal', title: (t) => t('servicedesk.home.complaintsOpen'), render: (d: HomeServicedeskCount) => <DeskCount data={d} tone="#fa8c16" /> },
  'servicedesk.actions_overdue': { size: 'normal', title: (t) => t('servicedesk_sla.home.actionsOverdue'), render: (d: HomeServicedeskCount) => <DeskCount data={d} tone="#faad14" /> },
  'facility.maintenance_overdue': { size: 'normal', title: (t) => t('facility_maintenance.home.overdue'), more: '/facility/maintenance?overdue=true', render: (d: { count: number }) => <DeskCount data={d} tone="#f5222d" /> },
  'facility.findings_open': { size: 'normal', title: (t) => t('facility_findings.home.title'), more: '/facility/findings', render: (d: HomeFindingsOpen) => <FindingsOpen data={d} /> },
  'work.weekly': { size: 'wide', title: (t) => t('home.cards.workWeekly'), render: (d: HomeWorkWeekly) => <WorkWeekly data={d} /> },
  'my.services': { size: 'normal', title: (t) => t('home.cards.myServices'), render: (d: HomeServices) => <MyServices data={d} /> },
  'my.applications': { size: 'normal', title: (t) => t('home.cards.myApplications'), more: '/applications', render: (d: HomeMyApplications) => <MyApplications data={d} /> },
  'my.notices': { size: 'normal', title: (t) => t('home.cards.myNotices'), more: '/notifications', render: (d: HomeNotices) => <MyNotices data={d} /> },
  'my.occupancy': { size: 'wide', title: (t) => t('home.cards.myOccupancy'), render: (d: HomeOccupancy) => <Occupancy data={d} /> },
};
