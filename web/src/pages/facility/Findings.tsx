// 隐患整改 — rectification orders opened by patrol findings on rooms, infrastructure assets and the
// generator yard, earliest deadline first, overdue ones flagged; cards rather than a table so the
// list reads on a phone on the floor (390 px). An order opens its detail page.
import { Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { RectificationOrder } from '../../api/schema';
import PageContainer from '../../components/PageContainer';
import { fmtInstant } from '../../lib/format';

interface Page<T> {
  count: number;
  results: T[];
}

const statusColor: Record<string, string> = { open: 'gold', assigned: 'blue', rectified: 'cyan', verified: 'green', dismissed: 'default' };
const severityColor = (s: number) => (s <= 1 ? 'red' : s === 2 ? 'orange' : 'default');

export function OrderTags({ o }: { o: RectificationOrder }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={statusColor[o.status]}>{t(`facility_findings.statuses.${o.status}`)}</Tag>
      <Tag color={severityColor(o.severity)}>{t(`facility_findings.severities.${Math.min(Math.max(o.severity, 1), 3)}`)}</Tag>
      {o.overdue && (
        <Tag color="red" data-testid="overdue-tag">
          {t('facility_findings.overdue')}
        </Tag>
      )}
    </Space>
  );
}

// A failed yes/no item is recorded as "✗"; a reading as "31.5 °C (18–27)".
export const readingText = (reading: string, t: (key: string) => string) => (reading === '✗' ? t('facility_findings.failedCheck') : reading);

const FILTERS = ['open', 'overdue', 'closed', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const PAGE_SIZE = 20;

export default function Findings() {
  const { t } = useTranslation();
  // ?overdue=true (the home card's link) opens on the overdue ones.
  const [params, setParams] = useSearchParams();
  const filter: Filter = params.get('overdue') === 'true' ? 'overdue' : FILTERS.find((f) => f === params.get('filter')) ?? 'open';
  const [current, setCurrent] = useState(1);
  const [page, setPage] = useState<Page<RectificationOrder>>();
  useEffect(() => {
    // Filtered and paged by the server: the list stays whole however many orders there are.
    const q = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String((current - 1) * PAGE_SIZE) });
    if (filter === 'overdue') q.set('overdue', 'true');
    if (filter === 'open') q.set('closed', 'false');
    if (filter === 'closed') q.set('closed', 'true');
    // Those to be worked by deadline, earliest first; the closed and the whole history newest first.
    if (filter === 'closed') q.set('sort', '-closed_at');
    if (filter === 'all') q.set('sort', '-created_at');
    setPage(undefined);
    let live = true;
    api.get<Page<RectificationOrder>>(`/api/v1/facility/findings?${q}`).then((p) => {
      if (live) setPage(p);
    });
    return () => {
      live = false;
    };
  }, [filter, current]);
  const choose = (f: Filter) => {
    setCurrent(1);
    setParams(f === 'open' ? {} : { filter: f }, { replace: true });
  };
  return (
    <PageContainer title={t('facility_findings.title')} testId="findings-page">
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Segmented
          block
          value={filter}
          onChange={(v) => choose(v as Filter)}
          options={FILTERS.map((f) => ({ value: f, label: t(`facility_findings.filters.${f}`) }))}
          data-testid="findings-filter"
        />
        <List
          loading={!page}
          dataSource={page?.results ?? []}
          locale={{ emptyText: t('facility_findings.none') }}
          data-testid="findings-list"
          pagination={
            page && page.count > PAGE_SIZE ? { current, pageSize: PAGE_SIZE, total: page.count, onChange: setCurrent, showSizeChanger: false, size: 'small' } : false
          }
          renderItem={(o) => (
            <List.Item style={{ padding: '4px 0' }}>
              <Card size="small" style={{ width: '100%' }} styles={{ body: { padding: 10 } }} data-testid={`finding-${o.id}`}>
                <Space direction="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
                  <Link to={`/facility/findings/${o.id}`} style={{ fontWeight: 600, wordBreak: 'break-word' }}>
                    {o.checkpoint_name} · {o.item_label}
                  </Link>
                  <Typography.Text type="secondary" style={{ wordBreak: 'break-word' }}>
                    {readingText(o.reading, t)} · {o.template_name}
                  </Typography.Text>
                  <OrderTags o={o} />
                  <Typography.Text type={o.overdue ? 'danger' : 'secondary'}>
                    {t('facility_findings.deadlineAt', { at: fmtInstant(o.deadline_at) })}
                    {o.assignee ? ` · ${t('facility_findings.assignedTo', { name: o.assignee })}` : ''}
                  </Typography.Text>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      </Space>
    </PageContainer>
  );
}
