// 今日值班 — the shift's day on one phone screen: visits expected and check-ins so far, rounds and
// work orders due, changes planned today and in progress, open alerts.
import { Card, Col, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { ChangeRequestBrief, DueItem, FacilityToday } from '../../api/types';
import PageContainer from '../../components/PageContainer';
import { businessTodayIso, fmtInstant } from '../../lib/format';

// Hours and minutes in the business zone today; another day also names its date; a bare date
// (a work order's due day) is shown as it is.
const time = (s: string) => {
  const shown = fmtInstant(s);
  return shown.length > 10 && shown.startsWith(businessTodayIso()) ? shown.slice(11) : shown;
};

function ChangeList({ rows, testId }: { rows: ChangeRequestBrief[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={rows}
      locale={{ emptyText: t('facility_ops.today.none') }}
      renderItem={(c) => (
        <List.Item>
          <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
            <Link to={`/facility/changes?open=${c.id}`}>
              {c.number} · {c.title}
            </Link>
            <Typography.Text type="secondary">
              <Tag color={c.risk === 'high' ? 'red' : c.risk === 'medium' ? 'orange' : 'green'}>
                {t(`facility_ops.risk.${c.risk}`)}
              </Tag>
              {time(c.window_start)} {t('facility_ops.today.until')} {time(c.window_end)}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

function DueList({ rows, testId }: { rows: DueItem[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={rows}
      locale={{ emptyText: t('facility_ops.today.none') }}
      renderItem={(d) => (
        <List.Item>
          <Link to={d.link}>{d.title}</Link>
          <span>
            {d.overdue && <Tag color="red">{t('facility_ops.today.overdue')}</Tag>}
            {time(d.due_at)}
          </span>
        </List.Item>
      )}
    />
  );
}

export default function Today() {
  const { t } = useTranslation();
  const [day, setDay] = useState<FacilityToday>();
  const load = useCallback(() => {
    api.get<FacilityToday>('/api/v1/facility/today').then(setDay);
  }, []);
  useEffect(() => {
    load();
    // The shift keeps the page open: refresh every minute.
    const timer = window.setInterval(load, 60_000);
    return () => window.clearInterval(timer);
  }, [load]);
  const stat = (key: string, value: number | undefined, testId: string, danger = false) => (
    <Col xs={12} sm={8} md={4}>
      <Card size="small">
        <Statistic
          title={t(`facility_ops.today.${key}`)}
          value={value ?? '—'}
          valueStyle={danger && value ? { color: '#cf1322' } : undefined}
          data-testid={testId}
        />
      </Card>
    </Col>
  );
  return (
    <PageContainer title={t('facility_ops.todayTitle')} subTitle={day?.day} testId="facility-today">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Row gutter={[8, 8]}>
          {stat('visitsExpected', day?.visits_expected, 'today-visits-expected')}
          {stat('checkedIn', day?.checked_in_today, 'today-checked-in')}
          {stat('onSite', day?.on_site, 'today-on-site')}
          {stat('refused', day?.refused_today, 'today-refused', true)}
          {stat('changesInProgress', day?.changes_in_progress.length, 'today-changes-count')}
          {stat('openAlerts', day?.open_alerts, 'today-open-alerts', true)}
        </Row>
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('facility_ops.today.changesInProgress')}>
              <ChangeList rows={day?.changes_in_progress ?? []} testId="today-changes-in-progress" />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('facility_ops.today.changesToday')}>
              <ChangeList rows={day?.changes_today ?? []} testId="today-changes-today" />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('facility_ops.today.visits')}>
              <List
                size="small"
                data-testid="today-visits"
                dataSource={day?.visits ?? []}
                locale={{ emptyText: t('facility_ops.today.none') }}
                renderItem={(v) => (
                  <List.Item>
                    <span>{v.person_name}</span>
                    <span>
                      <Tag>{t(`facility.status.${v.status}`)}</Tag>
                      {time(v.starts_at)} {t('facility_ops.today.until')} {time(v.ends_at)}
                    </span>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('facility_ops.today.roundsDue')}>
              <DueList rows={day?.rounds_due ?? []} testId="today-rounds" />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('facility_ops.today.workOrdersDue')}>
              <DueList rows={day?.work_orders_due ?? []} testId="today-work-orders" />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('facility_findings.todayTitle')}>
              <DueList rows={day?.findings_overdue ?? []} testId="today-findings" />
            </Card>
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
