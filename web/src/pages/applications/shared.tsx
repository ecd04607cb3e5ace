// Pieces shared by the application pages: vocabularies and the placement table of a feasibility
// proposal. The workflow timeline and the action modal are in components/, used by contracts too.
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FeasibilityItem } from '../../api/types';
import { fmtPower } from '../../lib/format';

// The values come from the API document (api/types).
export { APPLICATION_STATUSES, EXTRA_SERVICES } from '../../api/types';

/** "U20–U21" for a placed item: its bottom unit label and height. */
export function unitsRange(item: Pick<FeasibilityItem, 'position' | 'u_height'>): string {
  if (!item.position) return '—';
  const bottom = Number(String(item.position).replace(/^U/, ''));
  if (!Number.isFinite(bottom) || item.u_height <= 1) return item.position;
  const top = bottom + item.u_height - 1;
  return `${item.position}–U${Number.isInteger(top) ? top : top.toFixed(1)}`;
}

/** One row per device (and the spare block): placed or not with the reason, rack, units, face, feed. */
export function PlacementTable({ items, staff, testId }: { items: FeasibilityItem[]; staff: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Table<FeasibilityItem>
      rowKey={(r) => `${r.line}-${r.copy}`}
      size="small"
      pagination={false}
      dataSource={items}
      data-testid={testId}
      scroll={{ x: 'max-content' }}
      rowClassName={(r) => (r.placed ? '' : 'row-unplaced')}
      columns={[
        {
          title: t('applications.item'),
          render: (_, r) => (
            <span>
              {r.spare ? <Tag bordered={false}>{t(r.label === 'spare units' ? 'applications.spareUnits' : 'applications.powerAllowance')}</Tag> : r.label}
              {!r.spare && <span className="muted"> #{r.copy}</span>}
            </span>
          ),
        },
        { title: t('applications.uHeight'), dataIndex: 'u_height', render: (u: number) => `${u} U` },
        ...(staff ? [{ title: t('devices.power'), dataIndex: 'power_w', render: (w: number | undefined) => fmtPower(w) }] : []),
        {
          title: t('applications.placed'),
          dataIndex: 'placed',
          render: (p: boolean, r) =>
            p ? (
              <Tag color="green" bordered={false}>
                {t('applications.placedYes')}
              </Tag>
            ) : (
              <span>
                <Tag color="red" bordered={false}>
                  {t('applications.placedNo')}
                </Tag>
                {r.reason && <span className="unplaced-reason">{r.reason.message}</span>}
              </span>
            ),
        },
        {
          title: t('racks.rack'),
          render: (_, r) =>
            r.rack ? (
              <span className="nowrap">
                {staff ? <Link to={`/dcim/racks/${r.rack.id}`}>{r.rack.name}</Link> : r.rack.name}
                {r.rack.room && <span className="muted"> · {r.rack.room.name}</span>}
              </span>
            ) : (
              '—'
            ),
        },
        { title: t('applications.units'), render: (_, r) => <span className="nowrap">{r.placed ? unitsRange(r) : '—'}</span> },
        { title: t('devices.face'), dataIndex: 'face', render: (f?: string) => (f ? t(`rack.face.${f}`, { defaultValue: f }) : '—') },
        ...(staff ? [{ title: t('devices.feed'), dataIndex: 'feed', render: (f?: string) => f ?? '—' }] : []),
      ]}
    />
  );
}
